import { useCallback, useEffect, useState } from 'react';
import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { isFetchError, useFetchClient, useForm, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { textDirection } from '../../../../server/src/text/direction';
import { useMessage } from '../../hooks/useMessage';
import type { MessageKey } from '../../translations';
import { actorName, type DeskStage, type DeskState } from '../../utils/desk';
import { MoveDialog } from './MoveDialog';
import { PublishedChanges } from './PublishedChanges';

interface DeskPanelProps {
  documentId: string;
  locale: string;
  /** The draft's `updatedAt` and publication: a save or a publish in the edit view asks for the stage again. */
  version: string;
  mayUpdate: boolean;
  mayPublish: boolean;
}

const STAGE_COLOURS: Record<DeskStage, { textColor: string; backgroundColor: string }> = {
  writing: { textColor: 'secondary700', backgroundColor: 'secondary100' },
  desk: { textColor: 'warning700', backgroundColor: 'warning100' },
  published: { textColor: 'success700', backgroundColor: 'success100' },
};

const MOVE_LABELS: Record<DeskStage, MessageKey> = {
  desk: 'desk.filedBy',
  writing: 'desk.returnedBy',
  published: 'desk.publishedBy',
};

const reasonOf = (error: unknown): string =>
  isFetchError(error) ? (error.response?.data?.error?.message ?? `HTTP ${error.status}`) : String(error);

/**
 * The piece's way to the desk in the edit view: its stage; for whoever may write it, "File to the desk" and,
 * without the right to publish, why Publish is not theirs; for the desk (who may publish), who filed it,
 * when and why, and the return with a note; for a published piece changed since, what changed.
 */
export const DeskPanel = ({ documentId, locale, version, mayUpdate, mayPublish }: DeskPanelProps) => {
  // The desk reads what is saved: a piece filed with unsaved changes would reach it without them.
  const unsaved = useForm('NewsroomDeskPanel', (form) => form.modified);
  const { message } = useMessage();
  const { formatDate } = useIntl();
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [state, setState] = useState<DeskState | 'failed'>();
  const [busy, setBusy] = useState(false);
  const base = `/newsroom/articles/${documentId}/desk/${encodeURIComponent(locale)}`;

  useEffect(() => {
    let active = true;
    get<{ data: DeskState }>(base)
      .then(({ data }) => active && setState(data.data))
      .catch(() => active && setState('failed'));
    return () => {
      active = false;
    };
  }, [get, base, version]);

  const act = useCallback(
    async (move: 'file' | 'return', note: string): Promise<boolean> => {
      setBusy(true);
      try {
        const { data } = await post<{ data: DeskState }>(`${base}/${move}`, { note: note.trim() === '' ? null : note });
        setState(data.data);
        toggleNotification({ type: 'success', message: message(move === 'file' ? 'desk.filed' : 'desk.returned') });
        return true;
      } catch (error) {
        toggleNotification({ type: 'danger', message: message('desk.failed', { reason: reasonOf(error) }) });
        return false;
      } finally {
        setBusy(false);
      }
    },
    [post, base, toggleNotification, message],
  );

  if (!state) return null;
  if (state === 'failed') {
    return (
      <Typography variant="pi" textColor="danger600" data-testid="newsroom-desk">
        {message('desk.error')}
      </Typography>
    );
  }
  const move = state.lastMove;
  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="newsroom-desk" data-stage={state.stage}>
      <Flex gap={2} wrap="wrap">
        <Typography variant="sigma" textColor="neutral600">
          {message('desk.title')}
        </Typography>
        <Badge {...STAGE_COLOURS[state.stage]} data-testid="newsroom-desk-stage">
          {message(`desk.stage.${state.stage}`)}
        </Badge>
        {state.stage === 'writing' && state.modified ? (
          <Typography variant="pi" textColor="neutral600">
            {message('desk.modified')}
          </Typography>
        ) : null}
      </Flex>
      {move ? (
        <Box data-testid={move.stage === 'desk' ? 'newsroom-desk-filed-by' : 'newsroom-desk-last-move'}>
          <Typography variant="pi" textColor="neutral700">
            {message(MOVE_LABELS[move.stage], {
              name: actorName(move.by),
              date: formatDate(move.at, { dateStyle: 'medium', timeStyle: 'short' }),
            })}
          </Typography>
          {move.note ? (
            <Box
              padding={2}
              marginTop={1}
              background="neutral100"
              hasRadius
              data-testid={move.stage === 'desk' ? 'newsroom-desk-filed-note' : 'newsroom-desk-returned-note'}
            >
              <Typography tag="p" dir={textDirection(locale)} lang={locale}>
                {move.note}
              </Typography>
            </Box>
          ) : null}
        </Box>
      ) : null}
      {mayUpdate && state.stage === 'writing' ? (
        <>
          <MoveDialog move="file" locale={locale} noteRequired={false} busy={busy} disabled={unsaved} onConfirm={(note) => act('file', note)} />
          {unsaved ? (
            <Typography variant="pi" textColor="neutral600" data-testid="newsroom-desk-save-first">
              {message('desk.file.saveFirst')}
            </Typography>
          ) : null}
        </>
      ) : null}
      {mayPublish && state.stage === 'desk' ? (
        <MoveDialog move="return" locale={locale} noteRequired busy={busy} onConfirm={(note) => act('return', note)} />
      ) : null}
      {mayUpdate && !mayPublish ? (
        <Typography variant="pi" textColor="neutral600" data-testid="newsroom-desk-publish-reason">
          {message('desk.publishReason')}
        </Typography>
      ) : null}
      {state.published && state.modified ? <PublishedChanges documentId={documentId} locale={locale} version={version} /> : null}
    </Flex>
  );
};

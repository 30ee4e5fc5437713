import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Box, Button, Flex, Main, Typography } from '@strapi/design-system';
import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { styled } from 'styled-components';
import { textDirection } from '../../../server/src/text/direction';
import { ChangesPanel } from '../components/translate/ChangesPanel';
import { ConfirmDialog } from '../components/translate/ConfirmDialog';
import { MissingEntities } from '../components/translate/MissingEntities';
import { Columns, SegmentRow } from '../components/translate/SegmentRow';
import { StateBadges } from '../components/translate/StateBadges';
import { UnsavedGuard } from '../components/translate/UnsavedGuard';
import { useLocaleName } from '../hooks/useLocaleName';
import { useMessage } from '../hooks/useMessage';
import { isRequestFailure, useWorkspace, type RequestFailure } from '../hooks/useWorkspace';
import { ARTICLE_UID, PLUGIN_ID } from '../pluginId';
import type { MessageKey } from '../translations';
import { editViewPath } from '../utils/links';
import { placeChanges } from '../workspace/changes';
import { editedSegments, isSaveShortcut, shownText, tooLongSegments, unsavedAfterSave, type Drafts } from '../workspace/edits';
import { itemLabel, segmentLabel } from '../workspace/labels';
import { segmentSections } from '../workspace/sections';
import type { MissingEntityInPlace } from '../workspace/types';

// The column titles stay in sight while the translator scrolls through a long article.
const StickyColumns = styled(Columns)`
  position: sticky;
  top: 0;
  z-index: 1;
  padding: ${({ theme }) => `${theme.spaces[2]} 0`};
  background: ${({ theme }) => theme.colors.neutral100};
  border-bottom: 1px solid ${({ theme }) => theme.colors.neutral200};
`;

type Confirming = 'inLine' | 'structure' | null;

// What each confirmation asks before the page acts.
const CONFIRMATIONS: Record<Exclude<Confirming, null>, { title: MessageKey; body: MessageKey }> = {
  inLine: { title: 'translate.inLine.title', body: 'translate.inLine.body' },
  structure: { title: 'translate.copyStructure.title', body: 'translate.copyStructure.body' },
};

type Problem = { kind: 'stale' | 'save' | 'action'; failure: RequestFailure } | null;

const asFailure = (error: unknown): RequestFailure =>
  isRequestFailure(error) ? error : { status: null, message: error instanceof Error ? error.message : String(error) };

/**
 * The translators' page (issue 20): the source beside the translation, segment by segment, in their own
 * directions and languages; saves through the plugin's workspace route, which writes the draft with the
 * Document Service (so every document middleware and permission applies) and never touches a segment the
 * translator did not change.
 */
export const TranslatePage = () => {
  const { documentId = '', locale = '' } = useParams<{ documentId: string; locale: string }>();
  const { message, label } = useMessage();
  const { formatTime, locale: adminLanguage } = useIntl();
  const localeName = useLocaleName();
  const { toggleNotification } = useNotification();
  const api = useWorkspace(documentId, locale);
  const { workspace } = api;
  const [drafts, setDrafts] = useState<Drafts>({});
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<Date>();
  const [problem, setProblem] = useState<Problem>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setDrafts({});
    setSavedAt(undefined);
    setProblem(null);
  }, [documentId, locale]);

  const segments = useMemo(() => workspace?.segments ?? [], [workspace]);
  const edited = useMemo(() => editedSegments(segments, drafts), [segments, drafts]);
  const tooLong = useMemo(() => tooLongSegments(segments, drafts), [segments, drafts]);
  const sections = useMemo(() => segmentSections(segments), [segments]);
  const placed = useMemo(() => placeChanges(workspace?.changes ?? null), [workspace]);
  const editable = Boolean(workspace?.writable && workspace.exists);
  const canSave = editable && edited.length > 0 && tooLong.length === 0 && !saving;

  const save = useCallback(async () => {
    if (!workspace || !canSave) return;
    const sent = edited;
    setSaving(true);
    try {
      const saved = await api.save(workspace.updatedAt, sent);
      setDrafts((current) => unsavedAfterSave(current, sent, saved.segments));
      setSavedAt(new Date());
      setProblem(null);
    } catch (error) {
      const failure = asFailure(error);
      setProblem({ kind: failure.status === 409 ? 'stale' : 'save', failure });
    } finally {
      setSaving(false);
    }
  }, [api, canSave, edited, workspace]);

  // The latest save, for the keyboard shortcut registered once.
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!isSaveShortcut(event)) return;
      event.preventDefault();
      void saveRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const run = async (action: () => Promise<void>, done?: string): Promise<boolean> => {
    setBusy(true);
    try {
      await action();
      setProblem(null);
      if (done) toggleNotification({ type: 'success', message: done });
      return true;
    } catch (error) {
      setProblem({ kind: 'action', failure: asFailure(error) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    const action = confirming;
    setConfirming(null);
    if (action === 'inLine') await run(api.markInLine, message('translate.inLine.done'));
    if (action === 'structure' && workspace) {
      await run(() => api.copyStructure(workspace.updatedAt), message('translate.copyStructure.done'));
    }
  };

  const nameEntity = (entity: MissingEntityInPlace, name: string) =>
    run(() => api.nameEntity({ kind: entity.kind, documentId: entity.documentId, name }), message('translate.entities.added', { name }));

  if (api.loadFailure && !workspace) {
    const { status, message: reason } = api.loadFailure;
    if (status === 403) return <Page.NoPermissions content={message('translate.forbidden', { reason })} />;
    return <Page.Error content={message(status === 404 ? 'translate.notFound' : 'translate.error')} />;
  }
  if (!workspace) return <Page.Loading />;

  const sourceName = localeName(workspace.sourceLocale);
  const targetName = localeName(workspace.locale);
  const title = segments.find((segment) => segment.key === 'title');

  return (
    <Layouts.Root>
      {/* Strapi keeps its own chrome left to right in Arabic (#15919); the page itself follows the admin's
          language, so its Arabic sentences read right to left and the source column comes first from the right. */}
      <Main data-testid="newsroom-translate" dir={textDirection(adminLanguage)}>
        <Page.Title>{message('translate.title', { locale: targetName })}</Page.Title>
        <UnsavedGuard unsaved={edited.length > 0} />
        <Layouts.Header
          title={message('translate.title', { locale: targetName })}
          subtitle={
            <Typography variant="epsilon" textColor="neutral600" dir={textDirection(workspace.sourceLocale)} lang={workspace.sourceLocale}>
              {title?.source || message('translate.subtitle', { source: sourceName })}
            </Typography>
          }
          navigationAction={
            <RouterLink to={`/plugins/${PLUGIN_ID}/translations?locale=${encodeURIComponent(locale)}`}>
              <Typography textColor="primary600">{message('translations.title')}</Typography>
            </RouterLink>
          }
          primaryAction={
            workspace.exists ? (
              <Flex gap={3}>
                {edited.length > 0 ? (
                  <Typography variant="pi" textColor="warning700" data-testid="newsroom-translate-unsaved">
                    {message('translate.unsaved', { count: edited.length })}
                  </Typography>
                ) : savedAt ? (
                  <Typography variant="pi" textColor="success700" data-testid="newsroom-translate-saved">
                    {message('translate.saved', { time: formatTime(savedAt) })}
                  </Typography>
                ) : null}
                <Button onClick={save} disabled={!canSave} loading={saving} title={message('translate.shortcut')} data-testid="newsroom-translate-save">
                  {message(saving ? 'translate.saving' : 'translate.save')}
                </Button>
              </Flex>
            ) : undefined
          }
        />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Flex
              gap={3}
              wrap="wrap"
              justifyContent="space-between"
              data-testid="newsroom-translate-status"
              data-status={workspace.status}
              data-published={String(workspace.published)}
            >
              <Flex gap={3} wrap="wrap">
                <StateBadges status={workspace.status} published={workspace.published} modified={workspace.modified} />
                {workspace.outdated && editable ? (
                  <Button variant="secondary" size="S" disabled={busy} onClick={() => setConfirming('inLine')} data-testid="newsroom-mark-in-line">
                    {message('translate.inLine')}
                  </Button>
                ) : null}
                {workspace.undoInLine && editable ? (
                  <Button
                    variant="tertiary"
                    size="S"
                    disabled={busy}
                    onClick={() => run(api.undoInLine, message('translate.inLine.undone'))}
                    data-testid="newsroom-undo-in-line"
                  >
                    {message('translate.inLine.undo')}
                  </Button>
                ) : null}
                {editable ? (
                  <Button
                    variant="tertiary"
                    size="S"
                    disabled={busy || edited.length > 0}
                    title={edited.length > 0 ? message('translate.copyStructure.saveFirst') : undefined}
                    onClick={() => setConfirming('structure')}
                    data-testid="newsroom-copy-structure"
                  >
                    {message('translate.copyStructure')}
                  </Button>
                ) : null}
              </Flex>
              <Flex gap={3} wrap="wrap">
                <RouterLink to={editViewPath(ARTICLE_UID, documentId, workspace.sourceLocale)} data-testid="newsroom-translate-open-source">
                  <Typography variant="pi" textColor="primary600">{message('translate.openSource')}</Typography>
                </RouterLink>
                {workspace.exists ? (
                  <RouterLink to={editViewPath(ARTICLE_UID, documentId, locale)} data-testid="newsroom-translate-open-translation">
                    <Typography variant="pi" textColor="primary600">{message('translate.openTranslation')}</Typography>
                  </RouterLink>
                ) : null}
              </Flex>
            </Flex>

            {!workspace.exists ? (
              <Flex gap={4} padding={4} background="primary100" hasRadius wrap="wrap" justifyContent="space-between">
                <Typography>{message('translate.missing', { locale: targetName })}</Typography>
                {workspace.writable ? (
                  <Button disabled={busy} onClick={() => run(api.start)} data-testid="newsroom-translate-start">
                    {message('translate.start')}
                  </Button>
                ) : null}
              </Flex>
            ) : null}
            {!workspace.writable ? (
              <Typography textColor="neutral700" data-testid="newsroom-translate-read-only">
                {message('translate.readOnly', { locale: targetName })}
              </Typography>
            ) : null}
            {problem ? (
              <Alert
                variant="danger"
                title=""
                closeLabel={message('translate.cancel')}
                onClose={() => setProblem(null)}
                action={
                  problem.kind === 'stale' ? (
                    <Button variant="secondary" onClick={() => api.reload().then(() => setProblem(null))}>
                      {message('translate.loadTheirs')}
                    </Button>
                  ) : undefined
                }
                data-testid="newsroom-translate-problem"
              >
                {problem.kind === 'stale'
                  ? message('translate.stale', { reason: problem.failure.message })
                  : message(problem.kind === 'save' ? 'translate.saveFailed' : 'translate.actionFailed', { reason: problem.failure.message })}
              </Alert>
            ) : null}
            {tooLong.length > 0 ? <Typography textColor="danger600">{message('translate.tooLongToSave')}</Typography> : null}

            {workspace.changes ? <ChangesPanel changes={workspace.changes} sourceLocale={workspace.sourceLocale} /> : null}

            {workspace.exists && workspace.missingEntities.length > 0 ? (
              <MissingEntities
                entities={workspace.missingEntities}
                sourceLocale={workspace.sourceLocale}
                locale={locale}
                localeName={targetName}
                editable={editable && !busy}
                onName={nameEntity}
              />
            ) : null}

            <Box background="neutral0" padding={4} shadow="tableShadow" hasRadius>
              <StickyColumns>
                <Typography variant="sigma" textColor="neutral700">{message('translate.sourceColumn', { locale: sourceName })}</Typography>
                <Typography variant="sigma" textColor="neutral700">{message('translate.translationColumn', { locale: targetName })}</Typography>
              </StickyColumns>
              {sections.map((section) => (
                <Box key={section.group} tag="section" paddingTop={4} data-group={section.group}>
                  <Box paddingBottom={2}>
                    <Typography variant="delta" tag="h2">{message(`translate.group.${section.group}`)}</Typography>
                  </Box>
                  {section.items.map((item) => {
                    const heading = itemLabel(section.group, item);
                    return (
                      <Box key={item.id} data-item={item.id}>
                        {heading ? (
                          <Box paddingBottom={1}>
                            <Typography variant="omega" fontWeight="bold" tag="h3">{label(heading)}</Typography>
                          </Box>
                        ) : null}
                        {item.segments.map((segment) => {
                          const part = segmentLabel(segment);
                          const shown = part ? label(part) : '';
                          return (
                            <SegmentRow
                              key={segment.key}
                              segment={segment}
                              label={shown}
                              name={shown || (heading ? label(heading) : message(`translate.group.${section.group}`))}
                              value={shownText(segment, drafts)}
                              editable={editable}
                              sourceLocale={workspace.sourceLocale}
                              locale={locale}
                              change={placed.byKey.get(segment.key)}
                              onChange={(key, text) => setDrafts((current) => ({ ...current, [key]: text }))}
                            />
                          );
                        })}
                      </Box>
                    );
                  })}
                </Box>
              ))}
            </Box>
          </Flex>
        </Layouts.Content>
      </Main>
      <ConfirmDialog
        open={confirming !== null}
        title={confirming ? message(CONFIRMATIONS[confirming].title) : ''}
        body={confirming ? message(CONFIRMATIONS[confirming].body) : ''}
        onConfirm={confirm}
        onCancel={() => setConfirming(null)}
      />
    </Layouts.Root>
  );
};

export default TranslatePage;

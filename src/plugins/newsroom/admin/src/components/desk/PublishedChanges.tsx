import { useEffect, useState } from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { textDirection } from '../../../../server/src/text/direction';
import { useMessage } from '../../hooks/useMessage';
import { changePlace, type PublishedChanges as Changes } from '../../utils/desk';
import { DiffText } from '../translate/DiffText';

const KIND_LABELS = { added: 'desk.changes.added', removed: 'desk.changes.removed', changed: 'desk.changes.changed' } as const;

/**
 * What changed in the draft since the published version (headline, standfirst, body, quotes), word by word,
 * for the editor about to publish it again. `version` is the draft's `updatedAt`: a save asks again.
 */
export const PublishedChanges = ({ documentId, locale, version }: { documentId: string; locale: string; version: string }) => {
  const { message, label } = useMessage();
  const { get } = useFetchClient();
  const [changes, setChanges] = useState<Changes | 'failed'>();

  useEffect(() => {
    let active = true;
    get<{ data: Changes }>(`/newsroom/articles/${documentId}/desk/${encodeURIComponent(locale)}/changes`)
      .then(({ data }) => active && setChanges(data.data))
      .catch(() => active && setChanges('failed'));
    return () => {
      active = false;
    };
  }, [get, documentId, locale, version]);

  if (!changes) return null;
  return (
    <Flex tag="section" direction="column" alignItems="stretch" gap={2} aria-labelledby="newsroom-desk-changes-title" data-testid="newsroom-desk-changes">
      <Typography id="newsroom-desk-changes-title" variant="sigma" textColor="neutral600" tag="h3">
        {message('desk.changes.title')}
      </Typography>
      {changes === 'failed' ? (
        <Typography variant="pi" textColor="danger600">{message('desk.error')}</Typography>
      ) : changes.entries.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">{message('desk.changes.none')}</Typography>
      ) : (
        <Box tag="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {changes.entries.map((entry, index) => {
            const place = changePlace(entry.key);
            return (
              <Box tag="li" key={`${entry.key ?? 'removed'}-${index}`} paddingBottom={2} data-change={entry.kind} data-change-key={entry.key ?? undefined}>
                <Typography variant="pi" fontWeight="bold" textColor="neutral700">
                  {place ? `${message(KIND_LABELS[entry.kind])} · ${label(place)}` : message(KIND_LABELS[entry.kind])}
                </Typography>
                <Typography variant="omega">
                  <DiffText parts={entry.parts} dir={textDirection(locale)} lang={locale} />
                </Typography>
              </Box>
            );
          })}
        </Box>
      )}
    </Flex>
  );
};

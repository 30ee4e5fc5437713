import { Box, Flex, TextButton, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { textDirection } from '../../../../server/src/text/direction';
import { useMessage } from '../../hooks/useMessage';
import type { Changes } from '../../workspace/types';
import { DiffText } from './DiffText';

const KIND_LABELS = {
  added: 'translate.changes.added',
  removed: 'translate.changes.removed',
  changed: 'translate.changes.changed',
} as const;

/** An id for a segment's row, so a change in the panel can lead to it. */
export const segmentAnchor = (key: string): string => `newsroom-segment-${key.replace(/\./g, '-')}`;

// Scrolls to the row and puts the cursor in its translation (a hash link would be a navigation for the router).
const goToSegment = (key: string) => {
  const row = document.getElementById(segmentAnchor(key));
  row?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  row?.querySelector<HTMLElement>('[data-role=translation]')?.focus({ preventScroll: true });
};

/**
 * What changed in the source since the translation was last in line, block by block with the words added
 * and removed, each leading to the row where it is translated. When the source's text at that time was
 * not recorded, says so: the translator must then read the whole source.
 */
export const ChangesPanel = ({ changes, sourceLocale }: { changes: Changes; sourceLocale: string }) => {
  const { message } = useMessage();
  const { formatDate } = useIntl();
  const dir = textDirection(sourceLocale);
  return (
    <Box
      tag="section"
      aria-labelledby="newsroom-translate-changes-title"
      padding={4}
      background="warning100"
      borderColor="warning200"
      hasRadius
      data-testid="newsroom-translate-changes"
    >
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography id="newsroom-translate-changes-title" variant="delta" tag="h2">
            {message('translate.changes.title')}
          </Typography>
          {changes.since ? (
            <Typography variant="pi" textColor="neutral700">
              {message('translate.changes.since', { date: formatDate(changes.since, { dateStyle: 'medium', timeStyle: 'short' }) })}
            </Typography>
          ) : null}
        </Flex>
        {!changes.recorded ? (
          <Typography data-testid="newsroom-translate-changes-unrecorded">{message('translate.changes.unrecorded')}</Typography>
        ) : changes.entries.length === 0 ? (
          <Typography>{message('translate.changes.none')}</Typography>
        ) : (
          <Box tag="ol" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {changes.entries.map((entry, index) => (
              <Box tag="li" key={`${entry.key ?? 'removed'}-${index}`} paddingBottom={2} data-change={entry.kind} data-change-key={entry.key ?? undefined}>
                <Flex direction="column" alignItems="stretch" gap={1}>
                  <Flex gap={2}>
                    <Typography variant="sigma" textColor="neutral700">
                      {message(KIND_LABELS[entry.kind])}
                    </Typography>
                    {entry.key ? (
                      <TextButton onClick={() => goToSegment(entry.key ?? '')}>{message('translate.changes.goTo')}</TextButton>
                    ) : null}
                  </Flex>
                  <Typography>
                    <DiffText parts={entry.parts} dir={dir} lang={sourceLocale} />
                  </Typography>
                </Flex>
              </Box>
            ))}
          </Box>
        )}
      </Flex>
    </Box>
  );
};

import { Box, Flex, Typography } from '@strapi/design-system';
import type { KeyboardEvent } from 'react';
import { styled } from 'styled-components';
import { textDirection } from '../../../../server/src/text/direction';
import { useMessage } from '../../hooks/useMessage';
import { isTooLong } from '../../workspace/edits';
import type { ChangeEntry, Segment } from '../../workspace/types';
import { segmentAnchor } from './ChangesPanel';
import { DiffText } from './DiffText';
import { GrowingTextarea } from './GrowingTextarea';

/** The page's two columns: the source, then the field it becomes; each as wide as the other. */
export const Columns = styled.div`
  display: grid;
  grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
  gap: ${({ theme }) => theme.spaces[4]};
  align-items: start;
`;

const SourceText = styled.div`
  padding: ${({ theme }) => `${theme.spaces[2]} ${theme.spaces[3]}`};
  border-inline-start: 3px solid ${({ theme }) => theme.colors.neutral300};
  background: ${({ theme }) => theme.colors.neutral100};
  color: ${({ theme }) => theme.colors.neutral800};
  font-size: 1.4rem;
  line-height: 1.6;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

interface SegmentRowProps {
  segment: Segment;
  /** What the row is, shown above it; empty when the section or item heading already says it. */
  label: string;
  /** The field's accessible name: the label, else the heading above it. */
  name: string;
  value: string;
  editable: boolean;
  sourceLocale: string;
  locale: string;
  change?: ChangeEntry;
  onChange: (key: string, text: string) => void;
}

/**
 * One segment: the source's text read-only in its direction and language, beside the translation's field
 * in its own, with what changed in that block of the source when the translation is outdated.
 */
export const SegmentRow = ({ segment, label, name, value, editable, sourceLocale, locale, change, onChange }: SegmentRowProps) => {
  const { message } = useMessage();
  const sourceId = `${segmentAnchor(segment.key)}-source`;
  const tooLong = isTooLong(segment, value);
  const headingStyle = segment.kind === 'heading' ? { fontWeight: 600 } : undefined;
  // A headline or a unit is one line: Enter would put a line break no reader should see.
  const oneLine = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (segment.kind === 'line' && event.key === 'Enter') event.preventDefault();
  };

  return (
    <Box id={segmentAnchor(segment.key)} paddingBottom={3} data-segment={segment.key} data-kind={segment.kind}>
      {label ? (
        <Box paddingBottom={1}>
          <Typography variant="pi" fontWeight="bold" textColor="neutral600">
            {label}
          </Typography>
        </Box>
      ) : null}
      <Columns>
        <Flex direction="column" alignItems="stretch" gap={1}>
          <SourceText id={sourceId} dir={textDirection(sourceLocale)} lang={sourceLocale} data-role="source" aria-readonly="true" style={headingStyle}>
            {segment.source || (
              <Typography variant="pi" textColor="neutral500" style={{ fontStyle: 'italic' }}>
                {message('translate.emptySource')}
              </Typography>
            )}
          </SourceText>
          {change && change.kind !== 'removed' ? (
            <Box padding={2} background="warning100" hasRadius data-segment-change={change.kind}>
              <Typography variant="pi" textColor="neutral700" fontWeight="bold">
                {message(change.kind === 'added' ? 'translate.changes.added' : 'translate.changes.changed')}
              </Typography>
              <Typography variant="omega" tag="p">
                <DiffText parts={change.parts} dir={textDirection(sourceLocale)} lang={sourceLocale} />
              </Typography>
            </Box>
          ) : null}
        </Flex>
        <Flex direction="column" alignItems="stretch" gap={1}>
          <GrowingTextarea
            value={value}
            onChange={(event) => onChange(segment.key, event.target.value)}
            onKeyDown={oneLine}
            disabled={!editable}
            dir={textDirection(locale)}
            lang={locale}
            aria-label={`${name} (${locale})`}
            aria-describedby={sourceId}
            aria-invalid={tooLong}
            data-role="translation"
            style={headingStyle}
          />
          {segment.maxLength !== undefined ? (
            <Typography variant="pi" textColor={tooLong ? 'danger600' : 'neutral500'} data-length={tooLong ? 'over' : 'within'}>
              {message('translate.length', { length: value.length, max: segment.maxLength })}
            </Typography>
          ) : null}
          {segment.rich ? (
            <Typography variant="pi" textColor="warning700" data-rich="true">
              {message('translate.rich')}
            </Typography>
          ) : null}
        </Flex>
      </Columns>
    </Box>
  );
};

import type { MessageKey } from '../translations';
import type { SegmentItem } from './sections';
import type { Segment } from './types';

/** A message to show, by key, with its values: the page formats it in the admin's language. */
export interface Label {
  key: MessageKey;
  values?: Record<string, string | number>;
}

const ITEM_LABELS: Partial<Record<Segment['group'], MessageKey>> = {
  body: 'translate.item.block',
  quotes: 'translate.item.quote',
  keyFigures: 'translate.item.figure',
  sources: 'translate.item.source',
};

/** An item's heading, counted from one: "Block 3", "Quote 2 · <expert>", "Figure 1 · 45". */
export const itemLabel = (group: Segment['group'], item: SegmentItem): Label | null => {
  const key = ITEM_LABELS[group];
  if (!key || item.index === null) return null;
  return { key, values: { n: item.index + 1, context: item.context ?? '' } };
};

const PART_LABELS: Record<string, MessageKey> = {
  unit: 'translate.part.unit',
  label: 'translate.part.label',
  period: 'translate.part.period',
  name: 'translate.part.name',
  leadImageCaption: 'translate.part.caption',
  leadImageAlt: 'translate.part.alt',
};

/** What one segment of an item is: a heading of level 2, a list item, a key figure's unit... */
export const segmentLabel = (segment: Segment): Label | null => {
  const part = PART_LABELS[segment.key.split('.').pop() ?? ''];
  if (part) return { key: part };
  if (segment.group !== 'body') return null;
  if (segment.kind === 'heading') return { key: 'translate.kind.heading', values: { level: segment.level ?? 2 } };
  if (segment.kind === 'list-item') return { key: 'translate.kind.listItem', values: { n: Number(segment.key.split('.')[2] ?? 0) + 1 } };
  if (segment.kind === 'quote') return { key: 'translate.kind.quote' };
  if (segment.kind === 'code') return { key: 'translate.kind.code' };
  return { key: 'translate.kind.paragraph' };
};

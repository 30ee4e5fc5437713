import type { Segment, SegmentGroup } from './types';

/** The order a translator reads an article in: what cards show first, then the text, then its apparatus. */
export const GROUP_ORDER: readonly SegmentGroup[] = [
  'title',
  'standfirst',
  'byline',
  'leadImage',
  'body',
  'quotes',
  'keyFigures',
  'sources',
];

/** One block, quote, key figure or source: the segments that stand for it, side by side with the source. */
export interface SegmentItem {
  id: string;
  /** Its position in its field (0-based), null for single fields such as the title. */
  index: number | null;
  /** What the server gives to place it: the quote's expert, the key figure's value. */
  context?: string;
  segments: Segment[];
}

export interface SegmentSection {
  group: SegmentGroup;
  items: SegmentItem[];
}

// 'body.3.1' and 'quotes.2.text' belong to item 'body.3' and 'quotes.2'; 'title' is its own item.
const itemOf = (key: string): { id: string; index: number | null } => {
  const [field, position] = key.split('.');
  return position !== undefined && /^\d+$/.test(position)
    ? { id: `${field}.${position}`, index: Number(position) }
    : { id: key, index: null };
};

/**
 * The workspace's segments as the page lays them out: one section per group in reading order, each
 * holding its items in the source's order (the server's order within a group is kept).
 */
export const segmentSections = (segments: readonly Segment[]): SegmentSection[] =>
  GROUP_ORDER.map((group) => {
    const items: SegmentItem[] = [];
    for (const segment of segments) {
      if (segment.group !== group) continue;
      const { id, index } = itemOf(segment.key);
      const item = items.find((known) => known.id === id);
      if (item) {
        item.segments.push(segment);
        item.context ??= segment.context;
      } else {
        items.push({ id, index, context: segment.context, segments: [segment] });
      }
    }
    return { group, items };
  }).filter((section) => section.items.length > 0);

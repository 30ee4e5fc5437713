import { diffArrays, diffWords } from 'diff';
import type { SegmentText } from './translation-segments';

/**
 * What changed in a source between two of its versions, segment by segment, and which segment of the old
 * version each of today's stands for. Segments are aligned by group and text (a longest common subsequence),
 * so a paragraph inserted in the middle is one addition, not a change of every block after it. Pure.
 */

export interface WordPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface ChangeEntry {
  kind: 'added' | 'removed' | 'changed';
  /** The segment's key in today's source (null for a removed one). */
  key: string | null;
  before: string;
  after: string;
  parts: WordPart[];
}

type Aligned = { before: SegmentText | null; after: SegmentText | null };

interface WordSegmenterConstructor {
  new (locale: string | undefined, options: { granularity: 'word' }): object;
}

// Intl.Segmenter splits Arabic and Persian into words (jsdiff's own tokenizer knows Latin letters only);
// the project's TypeScript lib predates its types.
const { Segmenter } = Intl as unknown as { Segmenter: WordSegmenterConstructor };

/** A word diff of two texts, in jsdiff's shape. */
export const wordParts = (before: string, after: string, locale?: string): WordPart[] =>
  diffWords(before, after, { intlSegmenter: new Segmenter(locale, { granularity: 'word' }) }).map((part) => ({
    value: part.value,
    ...(part.added ? { added: true } : {}),
    ...(part.removed ? { removed: true } : {}),
  }));

/**
 * The two versions' segments side by side: equal ones together, and within a stretch where the old ones
 * were replaced by new ones, each old segment with the next new one of its group (a change), the rest alone.
 */
const align = (before: readonly SegmentText[], after: readonly SegmentText[]): Aligned[] => {
  const parts = diffArrays([...before], [...after], {
    comparator: (left, right) => left.group === right.group && left.text === right.text,
  });
  const aligned: Aligned[] = [];
  let removed: SegmentText[] = [];
  let added: SegmentText[] = [];
  const flush = () => {
    for (const old of removed) {
      const index = added.findIndex((segment) => segment.group === old.group);
      if (index === -1) {
        aligned.push({ before: old, after: null });
        continue;
      }
      // New segments of other groups, or of this group before its counterpart, come first.
      for (const segment of added.slice(0, index)) aligned.push({ before: null, after: segment });
      aligned.push({ before: old, after: added[index] });
      added = added.slice(index + 1);
    }
    for (const segment of added) aligned.push({ before: null, after: segment });
    removed = [];
    added = [];
  };
  let afterIndex = 0;
  let beforeIndex = 0;
  for (const part of parts) {
    if (part.removed) {
      removed.push(...before.slice(beforeIndex, beforeIndex + part.count));
      beforeIndex += part.count;
    } else if (part.added) {
      added.push(...after.slice(afterIndex, afterIndex + part.count));
      afterIndex += part.count;
    } else {
      flush();
      for (let offset = 0; offset < part.count; offset += 1) {
        aligned.push({ before: before[beforeIndex + offset], after: after[afterIndex + offset] });
      }
      beforeIndex += part.count;
      afterIndex += part.count;
    }
  }
  flush();
  return aligned;
};

/** The changes from `before` to `after`, in today's order (removed segments where they were). */
export const sourceChanges = (
  before: readonly SegmentText[],
  after: readonly SegmentText[],
  locale?: string,
): ChangeEntry[] =>
  align(before, after).flatMap(({ before: old, after: now }): ChangeEntry[] => {
    if (old && now && old.text === now.text) return [];
    const previous = old?.text ?? '';
    const current = now?.text ?? '';
    return [
      {
        kind: old && now ? 'changed' : now ? 'added' : 'removed',
        key: now?.key ?? null,
        before: previous,
        after: current,
        parts: wordParts(previous, current, locale),
      },
    ];
  });

/** For each of today's segments that has a counterpart in the old version, the old one's key. */
export const counterparts = (before: readonly SegmentText[], after: readonly SegmentText[]): Map<string, string> =>
  new Map(
    align(before, after).flatMap(({ before: old, after: now }) => (old && now ? [[now.key, old.key] as const] : [])),
  );

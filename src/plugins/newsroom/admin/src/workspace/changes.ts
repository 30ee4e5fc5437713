import type { ChangeEntry, Changes, DiffPart } from './types';

/** The source's changes placed where the translator works: beside a segment, or listed when it is gone. */
export interface PlacedChanges {
  byKey: ReadonlyMap<string, ChangeEntry>;
  removed: ChangeEntry[];
}

export const placeChanges = (changes: Changes | null): PlacedChanges => {
  const byKey = new Map<string, ChangeEntry>();
  const removed: ChangeEntry[] = [];
  for (const entry of changes?.entries ?? []) {
    if (entry.key === null) removed.push(entry);
    else byKey.set(entry.key, entry);
  }
  return { byKey, removed };
};

export type RunKind = 'added' | 'removed' | 'same';

/** A word diff as runs to render: `<ins>`/`<del>` carry the meaning, colour only repeats it. */
export const diffRuns = (parts: readonly DiffPart[]): { kind: RunKind; text: string }[] =>
  parts
    .filter((part) => part.value !== '')
    .map((part) => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));

import type { Segment, SegmentText } from './types';

/** What the translator typed and has not saved yet, by segment key. */
export type Drafts = Readonly<Record<string, string>>;

/** The text a segment's input shows: what was typed, else what is stored. */
export const shownText = (segment: Segment, drafts: Drafts): string => drafts[segment.key] ?? segment.translation;

/** The segments to save: those whose typed text differs from the stored one, in the workspace's order. */
export const editedSegments = (segments: readonly Segment[], drafts: Drafts): SegmentText[] =>
  segments
    .filter((segment) => segment.key in drafts && drafts[segment.key] !== segment.translation)
    .map((segment) => ({ key: segment.key, text: drafts[segment.key] }));

/** A text over its field's limit: the server would refuse the whole save. */
export const isTooLong = (segment: Segment, text: string): boolean =>
  segment.maxLength !== undefined && text.length > segment.maxLength;

/** The keys of the edited segments that are too long to save. */
export const tooLongSegments = (segments: readonly Segment[], drafts: Drafts): string[] =>
  segments.filter((segment) => isTooLong(segment, shownText(segment, drafts))).map((segment) => segment.key);

/**
 * What is still unsaved once a save answered: a text saved as it was sent is done, and so is one that now
 * matches what is stored; a text typed while the save was under way stays, so nothing typed is lost.
 */
export const unsavedAfterSave = (drafts: Drafts, sent: readonly SegmentText[], saved: readonly Segment[]): Drafts => {
  const sentText = new Map(sent.map((segment) => [segment.key, segment.text]));
  const stored = new Map(saved.map((segment) => [segment.key, segment.translation]));
  const unsaved: Record<string, string> = {};
  for (const [key, text] of Object.entries(drafts)) {
    if (sentText.get(key) === text || !stored.has(key) || stored.get(key) === text) continue;
    unsaved[key] = text;
  }
  return unsaved;
};

/** Ctrl+S (Cmd+S on a Mac) and nothing else held: the browser's "save page" becomes ours. */
export const isSaveShortcut = (event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}): boolean => event.key.toLowerCase() === 's' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;

import type { ChangeEntry } from './source-changes';

/** The desk as the plugin's admin API answers it: types only, shared with the admin panel. */

export type DeskStage = 'writing' | 'desk' | 'published';

/** Where one locale of an article stands between its writer and the desk. */
export interface DeskState {
  /**
   * `desk` from filing until it is published or returned; otherwise `published` while the live version is
   * the draft, and `writing` for a piece never published or whose draft changed since it was (Strapi's "modified").
   */
  stage: DeskStage;
  published: boolean;
  modified: boolean;
  /** The last move through the desk: who filed, returned or published it, when, with what note (null: none yet). */
  lastMove: { stage: DeskStage; by: string | null; at: string; note: string | null } | null;
}

/** What changed in a locale's draft since its published version. */
export interface PublishedChanges {
  published: boolean;
  entries: ChangeEntry[];
}

/** A piece waiting for the desk, as the dashboard lists it. */
export interface WaitingPiece {
  documentId: string;
  locale: string;
  title: string;
  filedBy: string | null;
  filedAt: string;
  note: string | null;
}

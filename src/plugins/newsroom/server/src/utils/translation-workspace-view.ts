import type { ChangeEntry } from './source-changes';
import type { Segment } from './translation-segments';

/**
 * The translators' workspace as the plugin's admin API answers it. Pure types, so that the admin page reads
 * the same declarations the server writes (the service module would pull the whole server into the admin's
 * type check).
 */

export type WorkspaceStatus = 'missing' | 'draft' | 'published' | 'outdated';

/** What changed in the source since the translation was last in line with it. */
export interface Changes {
  /** False when the source's text at that revision was not recorded: nothing to compare with. */
  recorded: boolean;
  since: string | null;
  entries: ChangeEntry[];
}

/** A tag or expert of the source with no version in the translation's locale. */
export interface MissingEntityInPlace {
  kind: 'tag' | 'expert';
  documentId: string;
  /** The source locale's name. */
  name: string;
  /** The tag's type or the expert's kind, for context. */
  type?: string;
  /** The indexes of the source's quotes attributed to this expert (none for a tag). */
  quotes: number[];
}

export interface Workspace {
  documentId: string;
  locale: string;
  sourceLocale: string;
  exists: boolean;
  status: WorkspaceStatus;
  published: boolean;
  modified: boolean;
  outdated: boolean;
  sourceRevision: string;
  inLineRevision: string | null;
  inLineAt: string | null;
  undoInLine: { revision: string | null; inLineAt: string | null } | null;
  updatedAt: string | null;
  writable: boolean;
  segments: Segment[];
  changes: Changes | null;
  missingEntities: MissingEntityInPlace[];
}

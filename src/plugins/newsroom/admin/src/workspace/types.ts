import type { ChangeEntry } from '../../../server/src/utils/source-changes';
import type { Segment } from '../../../server/src/utils/translation-segments';

// The translation workspace as the plugin's admin API answers it (issue 20's contract, section 1). Segments
// and changes are the server's own pure types; the workspace itself is declared again here because its
// server module (services/translation-workspace) pulls the whole server, and Strapi's generated types, into
// the admin's type check. Keep the two in step.
export type { ChangeEntry, WordPart as DiffPart } from '../../../server/src/utils/source-changes';
export type { Segment, SegmentGroup, SegmentKind } from '../../../server/src/utils/translation-segments';

export type WorkspaceStatus = 'missing' | 'draft' | 'published' | 'outdated';

export interface Changes {
  recorded: boolean;
  since: string | null;
  entries: ChangeEntry[];
}

export interface MissingEntityInPlace {
  kind: 'tag' | 'expert';
  documentId: string;
  name: string;
  type?: string;
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

/** What a save sends: the segments whose text the translator changed. */
export interface SegmentText {
  key: string;
  text: string;
}

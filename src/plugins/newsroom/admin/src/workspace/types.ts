// The translation workspace as the plugin's admin API answers it (issue 20's contract, section 1).

export type WorkspaceStatus = 'missing' | 'draft' | 'published' | 'outdated';

export type SegmentGroup = 'title' | 'standfirst' | 'byline' | 'leadImage' | 'body' | 'quotes' | 'keyFigures' | 'sources';

export type SegmentKind = 'line' | 'text' | 'heading' | 'paragraph' | 'list-item' | 'quote' | 'code';

export interface Segment {
  key: string;
  group: SegmentGroup;
  kind: SegmentKind;
  level?: number;
  source: string;
  translation: string;
  rich: boolean;
  context?: string;
  maxLength?: number;
}

export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export interface ChangeEntry {
  kind: 'added' | 'removed' | 'changed';
  key: string | null;
  before: string;
  after: string;
  parts: DiffPart[];
}

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

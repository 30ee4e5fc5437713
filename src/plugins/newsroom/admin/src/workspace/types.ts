// The translation workspace as the plugin's admin API answers it: the server's own pure types.
export type { ChangeEntry, WordPart as DiffPart } from '../../../server/src/utils/source-changes';
export type { Segment, SegmentGroup, SegmentKind } from '../../../server/src/utils/translation-segments';
export type {
  Changes,
  MissingEntityInPlace,
  Workspace,
  WorkspaceStatus,
} from '../../../server/src/utils/translation-workspace-view';

/** What a save sends: the segments whose text the translator changed. */
export interface SegmentText {
  key: string;
  text: string;
}

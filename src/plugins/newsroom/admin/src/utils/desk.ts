import type { MessageKey } from '../translations';
import type { Label } from '../workspace/labels';

/** A locale's stage on its way to the desk, as the plugin's admin API answers it. */
export type { DeskState, DeskStage, PublishedChanges, WaitingPiece } from '../../../server/src/utils/desk-view';

/** The name the log keeps for an administrator ("First Last <email>"), without the address. */
export const actorName = (actor: string | null): string => (actor ?? '').replace(/\s*<[^>]*>$/, '') || (actor ?? '');

const GROUPS: Record<string, MessageKey> = {
  title: 'translate.group.title',
  standfirst: 'translate.group.standfirst',
};

/** Where a change sits in the piece: the headline, the standfirst, block n of the body, quote n. */
export const changePlace = (key: string | null): Label | null => {
  if (!key) return null;
  const [group, index] = key.split('.');
  if (GROUPS[group]) return { key: GROUPS[group] };
  const n = Number(index) + 1;
  if (group === 'body') return { key: 'desk.changes.block', values: { n } };
  if (group === 'quotes') return { key: 'desk.changes.quote', values: { n } };
  return null;
};

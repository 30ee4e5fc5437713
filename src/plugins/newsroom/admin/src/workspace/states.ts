/** A translation's status in a locale, as the translations list and the workspace give it. */
export type TranslationStatus = 'source' | 'missing' | 'draft' | 'published' | 'outdated';

/** One badge: the status words a translator reads, `modified` for a published text with unpublished edits. */
export type StateBadge = TranslationStatus | 'modified';

/**
 * The badges for one translation. Outdated says nothing of the reader's side, so it always comes with
 * whether the translation is live (published) or not (draft).
 */
export const stateBadges = ({
  status,
  published,
  modified = false,
}: {
  status: TranslationStatus;
  published: boolean;
  modified?: boolean;
}): StateBadge[] => {
  if (status === 'source' || status === 'missing') return [status];
  const badges: StateBadge[] = status === 'outdated' ? ['outdated'] : [];
  badges.push(published ? 'published' : 'draft');
  if (published && modified) badges.push('modified');
  return badges;
};

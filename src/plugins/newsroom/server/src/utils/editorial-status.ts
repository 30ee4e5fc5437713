/** The content manager's three states of a localized article: never published, live, or live with edits. */
export type EditorialStatus = 'draft' | 'published' | 'modified';

// Strapi writes the draft and the published row within the same second on publish: a draft is only
// "modified" when it was saved after that.
const MODIFIED_AFTER_MS = 1000;

/** The state of one locale from its draft's `updatedAt` and its published version's (null: never published). */
export const editorialStatus = (updatedAt: string | Date, publishedUpdatedAt: string | Date | null): EditorialStatus => {
  if (publishedUpdatedAt === null) return 'draft';
  return new Date(updatedAt).getTime() - new Date(publishedUpdatedAt).getTime() > MODIFIED_AFTER_MS ? 'modified' : 'published';
};

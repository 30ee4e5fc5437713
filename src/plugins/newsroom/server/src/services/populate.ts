/** What the plugin's answers show of each type: one place, so cards look the same everywhere. */

export const ARTICLE_CARD_FIELDS = [
  'title',
  'slug',
  'standfirst',
  'byline',
  'wordCount',
  'readingTimeMinutes',
  'locale',
  'firstPublishedAt',
  'publishedAt',
  'updatedAt',
  'genre',
  'leadImageCaption',
  'leadImageAlt',
  'leadImageCredit',
  'leadImageCopyrightHolder',
] as const;

export const MEDIA_TOPIC_FIELDS = ['code', 'names'] as const;

/** What the outputs read of an uploaded image: the original and Strapi's responsive formats. */
export const IMAGE_FIELDS = ['url', 'width', 'height', 'mime', 'size', 'formats', 'name'] as const;

export const EXPERT_CARD_FIELDS = ['name', 'slug', 'jobTitle', 'affiliation', 'kind', 'wikidataId', 'locale'] as const;

export const ENTITY_TAG_CARD_FIELDS = ['name', 'slug', 'type', 'wikidataId', 'locale'] as const;

/** One relation or component as an answer shows it: the fields of each entry, and its own relations. */
export interface RelationShape {
  fields: readonly string[];
  nested?: Record<string, RelationShape>;
}

/** A card's relations: the tags with their types and the experts, enough for a list item. */
export const ARTICLE_CARD_RELATIONS: Record<string, RelationShape> = {
  tags: { fields: ENTITY_TAG_CARD_FIELDS },
  experts: { fields: EXPERT_CARD_FIELDS },
  subjects: { fields: MEDIA_TOPIC_FIELDS },
  leadImage: { fields: IMAGE_FIELDS },
};

/**
 * An article page: key figures and sources whole ('all'), experts, tags, subjects, lead image, then quotes with
 * who said them. The order is the keys' order in the answer, as the Document Service gave them.
 */
export const ARTICLE_PAGE_RELATIONS: Record<string, RelationShape | 'all'> = {
  keyFigures: 'all',
  sources: 'all',
  experts: { fields: EXPERT_CARD_FIELDS },
  tags: { fields: ENTITY_TAG_CARD_FIELDS },
  subjects: { fields: MEDIA_TOPIC_FIELDS },
  leadImage: { fields: IMAGE_FIELDS },
  quotes: { fields: ['text', 'kind'], nested: { expert: { fields: EXPERT_CARD_FIELDS } } },
};

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

/** An article page: body, quotes with who said them, key figures, sources, experts and tags. */
export const ARTICLE_PAGE_POPULATE = {
  quotes: { populate: { expert: { fields: [...EXPERT_CARD_FIELDS] } } },
  keyFigures: true,
  sources: true,
  experts: { fields: [...EXPERT_CARD_FIELDS] },
  tags: { fields: [...ENTITY_TAG_CARD_FIELDS] },
  subjects: { fields: [...MEDIA_TOPIC_FIELDS] },
  leadImage: { fields: [...IMAGE_FIELDS] },
};

/** A card's relations: the tags with their types and the experts, enough for a list item. */
export const ARTICLE_CARD_POPULATE = {
  tags: { fields: [...ENTITY_TAG_CARD_FIELDS] },
  experts: { fields: [...EXPERT_CARD_FIELDS] },
  subjects: { fields: [...MEDIA_TOPIC_FIELDS] },
  leadImage: { fields: [...IMAGE_FIELDS] },
};

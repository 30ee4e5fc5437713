export const PLUGIN_ID = 'newsroom';

export const ARTICLE_UID = 'plugin::newsroom.article';
export const EXPERT_UID = 'plugin::newsroom.expert';
export const ENTITY_TAG_UID = 'plugin::newsroom.entity-tag';
export const SLUG_REDIRECT_UID = 'plugin::newsroom.slug-redirect';
export const TRANSLATION_STATE_UID = 'plugin::newsroom.translation-state';
export const SOURCE_REVISION_UID = 'plugin::newsroom.source-revision';
export const CORRECTION_UID = 'plugin::newsroom.correction';
export const MEDIA_TOPIC_UID = 'plugin::newsroom.media-topic';
export const PUBLICATION_EVENT_UID = 'plugin::newsroom.publication-event';
export const DESK_STATE_UID = 'plugin::newsroom.desk-state';

export type NewsroomContentTypeUid = typeof ARTICLE_UID | typeof EXPERT_UID | typeof ENTITY_TAG_UID;

/** The field each content type derives its slug from. */
export const SLUG_SOURCE_FIELD: Readonly<Record<NewsroomContentTypeUid, 'title' | 'name'>> = {
  [ARTICLE_UID]: 'title',
  [EXPERT_UID]: 'name',
  [ENTITY_TAG_UID]: 'name',
};

export const isNewsroomContentType = (uid: string): uid is NewsroomContentTypeUid => uid in SLUG_SOURCE_FIELD;

/** The kinds of entity a tag names: the tag schema's `type` enum (a unit test keeps the two equal). */
export const TAG_TYPES = ['person', 'organisation', 'country', 'place', 'event', 'group', 'topic'] as const;

export type TagType = (typeof TAG_TYPES)[number];

/**
 * Bounds of `suggest-entities`: the longest text it reads (a long feature is about 40,000 characters), and the
 * most it answers: spans listed per entity or candidate (`mentionCount` still counts them all), entities and
 * candidate names listed (the rest are cut, flagged `truncated`).
 */
export const SUGGESTION_TEXT_MAX = 100_000;
export const SUGGESTION_SPANS_MAX = 20;
export const SUGGESTION_ENTITIES_MAX = 200;
export const SUGGESTION_CANDIDATES_MAX = 100;

export const PLUGIN_ID = 'newsroom';

export const ARTICLE_UID = 'plugin::newsroom.article';
export const EXPERT_UID = 'plugin::newsroom.expert';
export const ENTITY_TAG_UID = 'plugin::newsroom.entity-tag';

export const NEWSROOM_MODELS: readonly string[] = [ARTICLE_UID, EXPERT_UID, ENTITY_TAG_UID];

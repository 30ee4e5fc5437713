import { ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID, MEDIA_TOPIC_UID } from '../constants';
import type { ResponseCacheRouteConfig } from '../middlewares/response-cache';
import type { ValidQueryRouteConfig } from '../middlewares/valid-query';

/**
 * The content API, served under /api/newsroom. Reads are granted to the public role at first start
 * (published entries only, see the drafts-require-token policy), come from the response cache when they can
 * and carry ETag and Cache-Control (http-cache wraps response-cache, so cached answers get them too); writes
 * need an API token. `cache` says what a read lists and which slug it takes, for writes to purge it.
 */
const read = ({ scope, cache = {} }: { scope?: string; cache?: ResponseCacheRouteConfig } = {}) => ({
  policies: ['plugin::newsroom.drafts-require-token'],
  middlewares: ['plugin::newsroom.http-cache', { name: 'plugin::newsroom.response-cache', config: cache }],
  ...(scope ? { auth: { scope: [scope] } } : {}),
});

// Strapi's own reads take filters, sort, fields, populate and pagination: checked against `uid`'s schema first.
const coreRead = (uid: string, options: Parameters<typeof read>[0] = {}) => {
  const config = read(options);
  const validQuery: ValidQueryRouteConfig = { uid };
  return { ...config, middlewares: [{ name: 'plugin::newsroom.valid-query', config: validQuery }, ...config.middlewares] };
};

const write = { policies: [] };

// The translators' routes: API tokens only, whatever the roles allow. Reads are find/findOne, which
// read-only tokens hold.
const translators = (action: string) => ({
  policies: ['plugin::newsroom.token-only'],
  auth: { scope: [`plugin::newsroom.translation.${action}`] },
});

// Reading one entry by slug, in any of its formats, is reading one entry: the findOne permission governs
// it, which is also what read-only API tokens are allowed.
const findOne = (controller: string, cache: ResponseCacheRouteConfig) =>
  read({ scope: `plugin::newsroom.${controller}.findOne`, cache });

/** What the article page and the article list depend on (also answered by middlewares/public-reads.ts). */
export const ARTICLE_PAGE_CACHE: ResponseCacheRouteConfig = { slug: ARTICLE_UID };
export const ARTICLE_LIST_CACHE: ResponseCacheRouteConfig = { lists: [ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID] };

const articleBySlug = findOne('article', ARTICLE_PAGE_CACHE);

// Article lists filter by tag and expert slugs; tag and expert pages list their articles.
const collection = (path: string, controller: string, uid: string) => [
  {
    method: 'GET',
    path: `/${path}`,
    handler: `${controller}.find`,
    config:
      uid === ARTICLE_UID
        ? read({ cache: ARTICLE_LIST_CACHE })
        : coreRead(uid, { cache: { lists: [uid] } }),
  },
  {
    method: 'GET',
    path: `/${path}/slug/:slug`,
    handler: `${controller}.findBySlug`,
    config: uid === ARTICLE_UID ? articleBySlug : findOne(controller, { slug: uid, lists: [ARTICLE_UID] }),
  },
  { method: 'GET', path: `/${path}/:id`, handler: `${controller}.findOne`, config: coreRead(uid) },
  { method: 'POST', path: `/${path}`, handler: `${controller}.create`, config: write },
  { method: 'PUT', path: `/${path}/:id`, handler: `${controller}.update`, config: write },
  { method: 'DELETE', path: `/${path}/:id`, handler: `${controller}.delete`, config: write },
];

// The feeds list articles: the article find permission governs them.
const feeds = ['rss', 'atom'].map((format) => ({
  method: 'GET',
  path: `/feeds/${format}`,
  handler: `feed.${format}`,
  config: read({ scope: 'plugin::newsroom.article.find', cache: { lists: [ARTICLE_UID, ENTITY_TAG_UID] } }),
}));

const sitemap = read({ scope: 'plugin::newsroom.article.find', cache: { lists: [ARTICLE_UID] } });

export default {
  type: 'content-api' as const,
  routes: [
    { method: 'GET', path: '/articles/slug/:slug/jsonld', handler: 'article.jsonLd', config: articleBySlug },
    { method: 'GET', path: '/articles/slug/:slug/ninjs', handler: 'article.ninjs', config: articleBySlug },
    // Help for writing, not reading: API tokens (full access, or custom with this action) only.
    { method: 'POST', path: '/articles/suggest-entities', handler: 'article.suggestEntities', config: write },
    { method: 'GET', path: '/translations', handler: 'translation.find', config: translators('find') },
    { method: 'GET', path: '/translations/entities', handler: 'translation.entities', config: translators('find') },
    {
      method: 'GET',
      path: '/articles/:documentId/translations',
      handler: 'translation.findOne',
      config: translators('findOne'),
    },
    {
      method: 'POST',
      path: '/articles/:documentId/translations',
      handler: 'translation.start',
      config: translators('start'),
    },
    {
      method: 'POST',
      path: '/articles/:documentId/translations/:locale/in-line',
      handler: 'translation.markInLine',
      config: translators('markInLine'),
    },
    { method: 'POST', path: '/articles/:documentId/corrections', handler: 'correction.create', config: write },
    { method: 'PUT', path: '/corrections/:documentId', handler: 'correction.update', config: write },
    { method: 'POST', path: '/articles/:documentId/unpublish', handler: 'article.unpublish', config: write },
    {
      method: 'GET',
      path: '/articles/:documentId/publication-log',
      handler: 'article.publicationLog',
      config: { policies: ['plugin::newsroom.token-only'] },
    },
    ...collection('articles', 'article', ARTICLE_UID),
    ...collection('experts', 'expert', EXPERT_UID),
    ...collection('tags', 'entity-tag', ENTITY_TAG_UID),
    ...feeds,
    // The subject vocabulary: read only (its entries come from IPTC; editors rename them in the admin).
    {
      method: 'GET',
      path: '/media-topics',
      handler: 'media-topic.find',
      config: coreRead(MEDIA_TOPIC_UID, { cache: { lists: [MEDIA_TOPIC_UID] } }),
    },
    { method: 'GET', path: '/media-topics/:id', handler: 'media-topic.findOne', config: coreRead(MEDIA_TOPIC_UID) },
    // Sitemaps list published articles: the article find permission governs them.
    { method: 'GET', path: '/sitemaps/articles.xml', handler: 'sitemap.articles', config: sitemap },
    { method: 'GET', path: '/sitemaps/news.xml', handler: 'sitemap.news', config: sitemap },
    // Searching reads published articles, experts and tags: the article find permission governs it.
    {
      method: 'GET',
      path: '/search',
      handler: 'search.find',
      config: read({
        scope: 'plugin::newsroom.article.find',
        cache: { lists: [ARTICLE_UID, EXPERT_UID, ENTITY_TAG_UID] },
      }),
    },
  ],
};

/**
 * The content API, served under /api/newsroom. Reads are granted to the public role at first start
 * (published entries only, see the drafts-require-token policy) and carry ETag and Cache-Control;
 * writes need an API token.
 */
const read = (scope?: string) => ({
  policies: ['plugin::newsroom.drafts-require-token'],
  middlewares: ['plugin::newsroom.http-cache'],
  ...(scope ? { auth: { scope: [scope] } } : {}),
});

const write = { policies: [] };

// The translators' routes: API tokens only, whatever the roles allow. Reads are find/findOne, which
// read-only tokens hold.
const translators = (action: string) => ({
  policies: ['plugin::newsroom.token-only'],
  auth: { scope: [`plugin::newsroom.translation.${action}`] },
});

// Reading one entry by slug, in any of its formats, is reading one entry: the findOne permission governs
// it, which is also what read-only API tokens are allowed.
const findOne = (controller: string) => read(`plugin::newsroom.${controller}.findOne`);

const collection = (path: string, controller: string) => [
  { method: 'GET', path: `/${path}`, handler: `${controller}.find`, config: read() },
  { method: 'GET', path: `/${path}/slug/:slug`, handler: `${controller}.findBySlug`, config: findOne(controller) },
  { method: 'GET', path: `/${path}/:id`, handler: `${controller}.findOne`, config: read() },
  { method: 'POST', path: `/${path}`, handler: `${controller}.create`, config: write },
  { method: 'PUT', path: `/${path}/:id`, handler: `${controller}.update`, config: write },
  { method: 'DELETE', path: `/${path}/:id`, handler: `${controller}.delete`, config: write },
];

// The feeds list articles: the article find permission governs them.
const feeds = ['rss', 'atom'].map((format) => ({
  method: 'GET',
  path: `/feeds/${format}`,
  handler: `feed.${format}`,
  config: read('plugin::newsroom.article.find'),
}));

export default {
  type: 'content-api' as const,
  routes: [
    { method: 'GET', path: '/articles/slug/:slug/jsonld', handler: 'article.jsonLd', config: findOne('article') },
    { method: 'GET', path: '/articles/slug/:slug/ninjs', handler: 'article.ninjs', config: findOne('article') },
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
    ...collection('articles', 'article'),
    ...collection('experts', 'expert'),
    ...collection('tags', 'entity-tag'),
    ...feeds,
    // The subject vocabulary: read only (its entries come from IPTC; editors rename them in the admin).
    { method: 'GET', path: '/media-topics', handler: 'media-topic.find', config: read() },
    { method: 'GET', path: '/media-topics/:id', handler: 'media-topic.findOne', config: read() },
    // Sitemaps list published articles: the article find permission governs them.
    { method: 'GET', path: '/sitemaps/articles.xml', handler: 'sitemap.articles', config: read('plugin::newsroom.article.find') },
    { method: 'GET', path: '/sitemaps/news.xml', handler: 'sitemap.news', config: read('plugin::newsroom.article.find') },
    // Searching reads published articles, experts and tags: the article find permission governs it.
    { method: 'GET', path: '/search', handler: 'search.find', config: read('plugin::newsroom.article.find') },
  ],
};

import { runWithStrapi } from './with-strapi';

/**
 * `npm run search:reindex`: rebuilds the search index from the content (after a restore, or a change to the
 * search rules). The index is otherwise kept up to date on every write.
 */
runWithStrapi(async (strapi) => {
  const documents = await strapi.plugin('newsroom').service('searchIndexer').rebuild();
  return `Search index rebuilt: ${documents} documents.`;
});

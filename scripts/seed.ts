import { runWithStrapi } from './with-strapi';

/** `npm run seed`: seeds the reference article (idempotent: what exists is left as it is). */
runWithStrapi(async (strapi) => {
  const report = await strapi.plugin('newsroom').service('referenceSeed').run({ restoreDeleted: true });
  const { articles, experts, tags, localizations } = report.created;
  return articles + experts + tags + localizations === 0
    ? `Reference article already present (document ${report.articleDocumentId}): nothing to do.`
    : `Seeded: ${articles} article, ${experts} experts, ${tags} tags, ${localizations} localizations (article document ${report.articleDocumentId}).`;
});

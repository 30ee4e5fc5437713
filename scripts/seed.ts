import path from 'node:path';
import { createStrapi } from '@strapi/strapi';

/**
 * `npm run seed`: boots the app without serving it and seeds the reference article (idempotent: what exists
 * is left as it is). Runs compiled, from dist/scripts.
 */
const main = async (): Promise<void> => {
  const appDir = path.resolve(__dirname, '..', '..');
  // The bootstrap would seed too; turn that off so the report below is this run's.
  process.env.NEWSROOM_SEED_REFERENCE = 'false';
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false }).load();
  try {
    const report = await strapi.plugin('newsroom').service('referenceSeed').run({ restoreDeleted: true });
    const { articles, experts, tags, localizations } = report.created;
    const total = articles + experts + tags + localizations;
    console.log(
      total === 0
        ? `Reference article already present (document ${report.articleDocumentId}): nothing to do.`
        : `Seeded: ${articles} article, ${experts} experts, ${tags} tags, ${localizations} localizations (article document ${report.articleDocumentId}).`
    );
  } finally {
    await strapi.destroy();
  }
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  }
);

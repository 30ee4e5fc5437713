import type { Core } from '@strapi/strapi';
import { assertExactTextComparison } from './repositories/text-collation';
import { createTransactionLocks } from './repositories/transaction-lock';
import { pluginConfig } from './utils/plugin-config';
import { newsroomService } from './utils/services';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  await assertExactTextComparison(strapi);
  await createTransactionLocks(strapi).ensureSchema();
  const createdLocales = await newsroomService(strapi, 'locales').ensureConfiguredLocales();
  if (createdLocales.length > 0) strapi.log.info(`[newsroom] created locales: ${createdLocales.join(', ')}`);

  const granted = await newsroomService(strapi, 'publicAccess').grantPublicReadOnce();
  if (granted.length > 0) strapi.log.info(`[newsroom] public role may now read: ${granted.join(', ')}`);

  await newsroomService(strapi, 'adminLayout').configureOnce();

  const search = newsroomService(strapi, 'searchIndexer');
  await search.ensureSchema();
  // A database from before the search index, or one whose index was dropped: build it once.
  if (await search.isEmpty()) {
    const documents = await search.rebuild();
    if (documents > 0) strapi.log.info(`[newsroom] built the search index: ${documents} documents`);
  }

  const tracked = await newsroomService(strapi, 'translations').backfill();
  if (tracked > 0) strapi.log.info(`[newsroom] started tracking the translations of ${tracked} articles`);

  const topics = await newsroomService(strapi, 'mediaTopics').ensureVocabulary();
  if (topics > 0) strapi.log.info(`[newsroom] seeded ${topics} IPTC Media Topics`);

  if (pluginConfig(strapi).seed.reference) {
    const report = await newsroomService(strapi, 'referenceSeed').run();
    const { articles, experts, tags, localizations } = report.created;
    if (articles + experts + tags + localizations > 0) {
      strapi.log.info(
        `[newsroom] seeded the reference article: ${articles} article, ${experts} experts, ${tags} tags, ${localizations} localizations`
      );
    }
  }
};

export default bootstrap;

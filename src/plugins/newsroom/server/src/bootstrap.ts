import type { Core } from '@strapi/strapi';
import { pluginConfig } from './utils/plugin-config';
import { newsroomService } from './utils/services';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  const createdLocales = await newsroomService(strapi, 'locales').ensureConfiguredLocales();
  if (createdLocales.length > 0) strapi.log.info(`[newsroom] created locales: ${createdLocales.join(', ')}`);

  const granted = await newsroomService(strapi, 'publicAccess').grantPublicReadOnce();
  if (granted.length > 0) strapi.log.info(`[newsroom] public role may now read: ${granted.join(', ')}`);

  await newsroomService(strapi, 'adminLayout').configureOnce();

  const search = newsroomService(strapi, 'searchIndexer');
  await search.ensureSchema();
  const repaired = await search.repair();
  if (repaired > 0)
    strapi.log.info(`[newsroom] brought the search index in line with the content: ${repaired} documents`);

  const tracked = await newsroomService(strapi, 'translations').backfill();
  if (tracked > 0) strapi.log.info(`[newsroom] started tracking the translations of ${tracked} articles`);

  const topics = await newsroomService(strapi, 'mediaTopics').ensureVocabulary();
  if (topics > 0) strapi.log.info(`[newsroom] seeded ${topics} IPTC Media Topics`);

  if (pluginConfig(strapi).seed.reference) {
    const report = await newsroomService(strapi, 'referenceSeed').run();
    const { articles, experts, tags, localizations } = report.created;
    if (articles + experts + tags + localizations > 0) {
      strapi.log.info(
        `[newsroom] seeded the reference article: ${articles} article, ${experts} experts, ${tags} tags, ${localizations} localizations`,
      );
    }
  }
};

export default bootstrap;

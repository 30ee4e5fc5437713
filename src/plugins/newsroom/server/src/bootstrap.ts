import type { Core } from '@strapi/strapi';
import { endSessionsOnPasswordChange } from './accounts/password-ends-sessions';
import { closePublicRegistrationOnce } from './accounts/public-registration';
import { ensureUniqueSlugs } from './database/unique-slugs';
import { assertExactTextComparison } from './repositories/text-collation';
import { createTransactionLocks } from './repositories/transaction-lock';
import { pluginConfig } from './utils/plugin-config';
import { newsroomService } from './utils/services';

const setUp = async (strapi: Core.Strapi): Promise<void> => {
  await assertExactTextComparison(strapi);
  await createTransactionLocks(strapi).ensureSchema();
  const slugIndexes = await ensureUniqueSlugs(strapi.db.connection, strapi.db.dialect.client);
  if (slugIndexes.created.length > 0) {
    strapi.log.info(
      `[newsroom] unique slug indexes: ${slugIndexes.created.join(', ')} (${slugIndexes.renumbered} duplicates numbered)`,
    );
  }

  const createdLocales = await newsroomService(strapi, 'locales').ensureConfiguredLocales();
  if (createdLocales.length > 0) strapi.log.info(`[newsroom] created locales: ${createdLocales.join(', ')}`);

  newsroomService(strapi, 'publicAccess').watch();
  newsroomService(strapi, 'locales').watch();
  const granted = await newsroomService(strapi, 'publicAccess').grantPublicReadOnce();
  if (granted.length > 0) strapi.log.info(`[newsroom] public role may now read: ${granted.join(', ')}`);

  await newsroomService(strapi, 'adminLayout').configureOnce();
  endSessionsOnPasswordChange(strapi);
  if (await closePublicRegistrationOnce(strapi)) {
    strapi.log.info('[newsroom] closed public self-registration (Users & Permissions > Advanced settings re-opens it)');
  }

  const search = newsroomService(strapi, 'searchIndexer');
  await search.ensureSchema();
  const repaired = await search.repair();
  if (repaired > 0)
    strapi.log.info(`[newsroom] brought the search index in line with the content: ${repaired} documents`);

  const tracked = await newsroomService(strapi, 'translations').backfill();
  if (tracked > 0) strapi.log.info(`[newsroom] started tracking the translations of ${tracked} articles`);

  const topics = await newsroomService(strapi, 'mediaTopics').ensureVocabulary();
  if (topics > 0) strapi.log.info(`[newsroom] seeded ${topics} IPTC Media Topics`);
  const labelled = await newsroomService(strapi, 'mediaTopics').backfillLabels();
  if (labelled > 0) strapi.log.info(`[newsroom] gave ${labelled} Media Topics the label the admin shows and searches`);

  const embargoRule = pluginConfig(strapi).embargo.cron;
  if (embargoRule) {
    strapi.cron.add({
      newsroomEmbargoes: {
        task: async () => {
          const published = await newsroomService(strapi, 'embargoes').publishDue();
          for (const { documentId, locale } of published) {
            strapi.log.info(`[newsroom] published embargoed article ${documentId} (${locale})`);
          }
        },
        options: { rule: embargoRule },
      },
    });
  }

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

/**
 * The start-up lock, taken in register's beforeSync hook, is held on past the plugin's bootstrap: Strapi's admin
 * (roles, permissions, API tokens) and the app's own start-up work come after, and the app releases it at the
 * end of its bootstrap (src/index.ts). Released here only if the start fails.
 */
const bootstrap = async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  try {
    await setUp(strapi);
  } catch (error) {
    await newsroomService(strapi, 'bootLock').release();
    throw error;
  }
};

export default bootstrap;

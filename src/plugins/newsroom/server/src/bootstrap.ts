import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './constants';
import { pluginConfig } from './utils/plugin-config';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  const plugin = strapi.plugin(PLUGIN_ID);
  const createdLocales: string[] = await plugin.service('locales').ensureConfiguredLocales();
  if (createdLocales.length > 0) strapi.log.info(`[newsroom] created locales: ${createdLocales.join(', ')}`);

  const granted: string[] = await plugin.service('publicAccess').grantPublicReadOnce();
  if (granted.length > 0) strapi.log.info(`[newsroom] public role may now read: ${granted.join(', ')}`);

  if (pluginConfig(strapi).seed.reference) {
    const report = await plugin.service('referenceSeed').run();
    const { articles, experts, tags, localizations } = report.created;
    if (articles + experts + tags + localizations > 0) {
      strapi.log.info(
        `[newsroom] seeded the reference article: ${articles} article, ${experts} experts, ${tags} tags, ${localizations} localizations`
      );
    }
  }
};

export default bootstrap;

import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../constants';
import { PATHS, WRITE_SCHEMAS } from './paths';
import { RESPONSE_SCHEMAS } from './schemas';

interface OverrideService {
  registerOverride(override: object, options: { pluginOrigin: string; excludeFromGeneration: string[] }): void;
}

/**
 * Documents the plugin's routes in @strapi/plugin-documentation's OpenAPI, when it is installed. The
 * generated entries are replaced, not patched: generation only knows Strapi's stock routes (it types
 * `{slug}` as a number and misses the tag and feed routes).
 */
export const registerApiDocumentation = (strapi: Core.Strapi): void => {
  if (!strapi.plugin('documentation')) return;
  (strapi.plugin('documentation').service('override') as OverrideService).registerOverride(
    {
      tags: [
        { name: 'Newsroom articles', description: 'Analysis articles: cards, pages, JSON-LD, ninjs' },
        { name: 'Newsroom experts', description: 'The voices articles quote' },
        { name: 'Newsroom tags', description: 'People, organisations, countries, places, events articles are about' },
        { name: 'Newsroom feeds', description: 'RSS and Atom' },
        { name: 'Newsroom search', description: 'Arabic-aware search' },
      ],
      paths: PATHS,
      components: { schemas: { ...RESPONSE_SCHEMAS, ...WRITE_SCHEMAS } },
    },
    { pluginOrigin: PLUGIN_ID, excludeFromGeneration: [PLUGIN_ID] }
  );
};

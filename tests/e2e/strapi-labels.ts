import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ar as appArabic } from '../../src/admin/translations/ar';
import { APP_DIR } from '../helpers/strapi';

const requireFromTests = createRequire(__filename);

/** Strapi's admin packages whose strings the tests click, with the prefix the admin gives their message ids. */
const PACKAGES: [dir: string, prefix: string][] = [
  ['@strapi/admin/dist/admin/admin/src/translations', ''],
  ['@strapi/content-manager/dist/admin/translations', 'content-manager.'],
  ['@strapi/i18n/dist/admin/translations', 'i18n.'],
  ['@strapi/upload/dist/admin/translations', 'upload.'],
];

/** Strapi's own messages in one language, as the admin merges them (a package without the language adds none). */
export const strapiMessages = (language: string): Record<string, string> =>
  Object.assign(
    {},
    ...PACKAGES.map(([dir, prefix]) => {
      const file = path.join(APP_DIR, 'node_modules', dir, `${language}.json.js`);
      if (!existsSync(file)) return {};
      // Some packages compile their JSON as `exports.default`, others as `module.exports`.
      const compiled = requireFromTests(file) as Record<string, string> & { default?: Record<string, string> };
      const messages = compiled.default ?? compiled;
      return Object.fromEntries(Object.entries(messages).map(([id, text]) => [`${prefix}${id}`, text]));
    }),
  );

const STRAPI_AR = strapiMessages('ar');
const STRAPI_EN = strapiMessages('en');

/**
 * What the Arabic admin shows for one of Strapi's message ids: the app's own wording (src/admin/translations/ar.ts),
 * else Strapi's Arabic, else its English (the admin's fallback). The tests click what a user reads, and follow
 * the app's wording when it changes.
 */
export const strapiLabel = (id: string): string => {
  const label = appArabic[id] ?? STRAPI_AR[id] ?? STRAPI_EN[id];
  if (label === undefined) throw new Error(`Strapi has no message "${id}"`);
  return label;
};

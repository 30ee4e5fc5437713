import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../utils/plugin-config';
import { afterEveryWrite } from '../utils/after-every-write';
import { shortLived } from '../utils/short-lived';

interface I18nLocalesService {
  findByCode(code: string): Promise<{ code: string } | null>;
  create(locale: { code: string; name: string }): Promise<unknown>;
  setDefaultLocale(locale: { code: string }): Promise<void>;
  getDefaultLocale(): Promise<string>;
  find(): Promise<{ code: string; name: string }[]>;
}

export interface LocaleInfo {
  code: string;
  name: string;
  isDefault: boolean;
}

const i18nLocales = (strapi: Core.Strapi): I18nLocalesService =>
  strapi.plugin('i18n').service('locales') as I18nLocalesService;

const LOCALE_UID = 'plugin::i18n.locale';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const codes = shortLived(
    async () => new Set((await i18nLocales(strapi).find()).map(({ code }) => code)),
    // Locales are added or removed a few times in a site's life; every request with ?locale= asks whether one exists.
    () => pluginConfig(strapi).rereadMilliseconds,
  );

  return {
    /**
     * Creates the configured locales that are missing. The first configured locale (ar) becomes the default
     * only when this call creates it, so an administrator's later choice of default is never overridden.
     */
    async ensureConfiguredLocales(): Promise<string[]> {
      const locales = i18nLocales(strapi);
      const configured = pluginConfig(strapi).locales;
      const created: string[] = [];
      for (const { code, name } of configured) {
        if (!(await locales.findByCode(code))) {
          await locales.create({ code, name });
          created.push(code);
        }
      }
      if (created.includes(configured[0].code)) {
        await locales.setDefaultLocale({ code: configured[0].code });
      }
      return created;
    },

    async defaultLocale(): Promise<string> {
      return i18nLocales(strapi).getDefaultLocale();
    },

    /** Every locale of the site, the default first. */
    async list(): Promise<LocaleInfo[]> {
      const locales = i18nLocales(strapi);
      const defaultCode = await locales.getDefaultLocale();
      return (await locales.find())
        .map(({ code, name }) => ({ code, name, isDefault: code === defaultCode }))
        .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.code.localeCompare(b.code));
    },

    /** Whether the site has locale `code`: seen at once for this instance's changes, within NEWSROOM_REREAD_MS for others'. */
    async exists(code: string): Promise<boolean> {
      return (await codes.get()).has(code);
    },

    watch(): void {
      afterEveryWrite(strapi, [LOCALE_UID], () => codes.forget());
    },
  };
};

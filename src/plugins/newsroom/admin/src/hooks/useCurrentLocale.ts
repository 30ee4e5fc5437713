import { useEffect, useState } from 'react';
import { useFetchClient, useQueryParams } from '@strapi/strapi/admin';

interface LocaleQuery {
  plugins?: { i18n?: { locale?: string } };
}

/** The locale the content manager is editing: the one in the URL, else the site's default locale. */
export const useCurrentLocale = (): string | undefined => {
  const [{ query }] = useQueryParams<LocaleQuery>();
  const fromUrl = query.plugins?.i18n?.locale;
  const { get } = useFetchClient();
  const [defaultLocale, setDefaultLocale] = useState<string>();

  useEffect(() => {
    if (fromUrl) return undefined;
    let active = true;
    get<{ code: string; isDefault: boolean }[]>('/i18n/locales')
      .then(({ data }) => {
        if (active) setDefaultLocale(data.find((locale) => locale.isDefault)?.code);
      })
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, [fromUrl, get]);

  return fromUrl ?? defaultLocale;
};

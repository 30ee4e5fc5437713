import { useCallback } from 'react';
import { useIntl } from 'react-intl';

/** A locale's name in the admin's language ("Persian", "الفارسية"), its code where the browser has none. */
export const useLocaleName = (): ((code: string) => string) => {
  const { locale } = useIntl();
  return useCallback(
    (code: string) => {
      try {
        return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
      } catch {
        return code;
      }
    },
    [locale]
  );
};

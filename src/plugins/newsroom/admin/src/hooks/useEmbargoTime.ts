import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { browserTimeZone, formatEmbargoTime, formattingLocale } from '../utils/embargo-time';

/**
 * Formats embargo times in the admin's language (the browser's regional variant of it) and, unless told
 * otherwise, in the browser's time zone: the one Strapi's date and time picker uses.
 */
export const useEmbargoTime = (): ((until: string, timeZone?: string) => string) => {
  const { locale } = useIntl();
  return useCallback(
    (until: string, timeZone = browserTimeZone()) =>
      formatEmbargoTime(until, { locale: formattingLocale(locale, navigator.languages ?? []), timeZone }),
    [locale]
  );
};

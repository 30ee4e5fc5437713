/**
 * Embargo times as an editor reads them: weekday, day, month and time in the admin's language, in a named
 * time zone ("Thursday 3 December, 09:00 Asia/Riyadh"). Pure, so the formatting is unit-tested.
 */

/**
 * The locale to format in: the browser's own regional variant of the admin language when it has one (an
 * English admin in a British browser reads "3 December", not "December 3"), else the admin language.
 */
export const formattingLocale = (adminLocale: string, browserLocales: readonly string[]): string => {
  const language = adminLocale.split('-')[0].toLowerCase();
  return browserLocales.find((candidate) => candidate.split('-')[0].toLowerCase() === language) ?? adminLocale;
};

/** The zone name kept left to right inside a right-to-left sentence (Unicode isolates). */
const isolated = (timeZone: string): string => `\u2066${timeZone}\u2069`;

export const formatEmbargoTime = (
  until: string | Date,
  { locale, timeZone, now = new Date() }: { locale: string; timeZone: string; now?: Date }
): string => {
  const date = new Date(until);
  const yearOf = (value: Date) => new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(value);
  const text = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    // The year only when it is not this one: an embargo is rarely far off.
    ...(yearOf(date) === yearOf(now) ? {} : { year: 'numeric' as const }),
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(date);
  return `${text} ${isolated(timeZone)}`;
};

/** The browser's time zone: the one Strapi's date and time picker shows and reads times in. */
export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Whether `until` is an embargo still to come. */
export const isFutureEmbargo = (until: unknown, now = Date.now()): until is string =>
  typeof until === 'string' && until !== '' && Date.parse(until) > now;

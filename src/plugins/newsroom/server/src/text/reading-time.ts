/**
 * Silent reading speed of adult native readers, in words per minute, from the International Reading
 * Speed Texts: Trauzettel-Klosinski S, Dietz K, "Standardized assessment of reading performance: the new
 * International Reading Speed Texts IReST", Invest Ophthalmol Vis Sci 2012;53(9):5452-5461,
 * doi:10.1167/iovs.11-8284. Arabic (138) is read markedly slower than English (228) per word, largely
 * because an Arabic word carries clitics that English writes as separate words.
 * IReST has no Persian text; Persian is written in the same script with the same clitic habits, so it
 * takes the Arabic figure until a measured one is available.
 */
export const IREST_WORDS_PER_MINUTE: Readonly<Record<string, number>> = {
  ar: 138,
  en: 228,
  ru: 184,
  fa: 138,
};

/** Used for a locale IReST did not measure: the mean over its 17 languages, rounded. */
export const FALLBACK_WORDS_PER_MINUTE = 184;

export const wordsPerMinuteFor = (
  locale: string,
  overrides: Readonly<Record<string, number>> = {}
): number => {
  const language = locale.split('-')[0].toLowerCase();
  return overrides[locale] ?? overrides[language] ?? IREST_WORDS_PER_MINUTE[language] ?? FALLBACK_WORDS_PER_MINUTE;
};

/** Whole minutes, rounded up: a 3.2-minute read is announced as 4, and any text at all as at least 1. */
export const readingTimeMinutes = (wordCount: number, wordsPerMinute: number): number => {
  if (wordCount <= 0) return 0;
  return Math.ceil(wordCount / wordsPerMinute);
};

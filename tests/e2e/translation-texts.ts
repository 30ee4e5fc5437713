/** What the translators of the end-to-end tests type: the reference article in English and in Persian. */
import { REFERENCE_TRANSLATIONS } from '../helpers/reference-translations';

/** The editor's change to the Arabic source's standfirst. */
export const SOURCE_EDIT = { before: 'منذ أكثر من عقدين', after: 'منذ عام 2003' };

export const ENGLISH = {
  title: REFERENCE_TRANSLATIONS.en.title,
  /** The standfirst brought in line with the editor's change. */
  standfirstInLine: REFERENCE_TRANSLATIONS.en.standfirst.replace('more than two decades ago', 'in 2003'),
};

export const PERSIAN = { title: REFERENCE_TRANSLATIONS.fa.title };

// The key figures' units and periods, which the shared translations leave out (in the source's order).
const KEY_FIGURE_PARTS = {
  en: { unit: ['people', 'dollars', 'year', 'decades'], period: ['March 2024', 'first eight months of 2024', 'in 1979'] },
  fa: { unit: ['نفر', 'دلار', 'سال', 'دهه'], period: ['مارس ۲۰۲۴', 'هشت ماه نخست ۲۰۲۴', 'سال ۱۹۷۹'] },
};

/**
 * What a translator types for each segment of the reference article, by the workspace's segment key
 * (`title`, `body.3`, `quotes.1.text`, `keyFigures.0.unit`...).
 */
export const translationsOf = (locale: 'en' | 'fa'): Map<string, string> => {
  const translation = REFERENCE_TRANSLATIONS[locale];
  const parts = KEY_FIGURE_PARTS[locale];
  const keyed = (texts: string[], key: (index: number) => string) => texts.map((text, index): [string, string] => [key(index), text]);
  return new Map([
    ['title', translation.title],
    ['standfirst', translation.standfirst],
    ...keyed(translation.body, (index) => `body.${index}`),
    ...keyed(translation.quotes, (index) => `quotes.${index}.text`),
    ...keyed(translation.sources, (index) => `sources.${index}.name`),
    ...keyed(translation.keyFigureLabels, (index) => `keyFigures.${index}.label`),
    ...keyed(parts.unit, (index) => `keyFigures.${index}.unit`),
    ...keyed(parts.period, (index) => `keyFigures.${index}.period`),
  ]);
};

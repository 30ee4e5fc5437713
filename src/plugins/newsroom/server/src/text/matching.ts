import { normaliseArabic, toLatinDigits } from './arabic';

/**
 * The form two texts are compared in: no diacritics or tatweel, one alef, ى as ي, ة as ه, Persian ک/ی as
 * Arabic ك/ي, Latin digits, lower case. For matching only; stored text keeps its spelling.
 */
export const foldForMatching = (text: string): string =>
  toLatinDigits(normaliseArabic(text))
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ک/g, 'ك')
    .toLocaleLowerCase('en');

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a text names `name` at the start of a word, allowing the Arabic clitics that attach to it
 * (و ف ب ل ك, and ال): "وطالبان" mentions "طالبان", "بالكرملين" mentions "الكرملين" and "كرملين".
 */
export const mentionsName = (text: string, name: string): boolean => {
  const folded = foldForMatching(name).trim();
  if (folded === '') return false;
  const bare = folded.startsWith('ال') ? folded.slice(2) : folded;
  const pattern = new RegExp(
    `(?:^|[^\\p{L}\\p{N}])[وفبلك]{0,2}(?:ال)?(?:${escapeRegExp(folded)}|${escapeRegExp(bare)})`,
    'u'
  );
  return pattern.test(foldForMatching(text));
};

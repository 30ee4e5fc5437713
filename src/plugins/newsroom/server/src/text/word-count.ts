import { normaliseArabic } from './arabic';

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Words are whitespace-separated tokens that hold at least one letter or digit, so a lone dash,
 * a quotation mark or a stray diacritic is not a word, and "داعش-خراسان" or "2024" is one.
 */
export const countWords = (text: string): number =>
  normaliseArabic(text)
    .split(/\s+/u)
    .filter((token) => HAS_LETTER_OR_DIGIT.test(token)).length;

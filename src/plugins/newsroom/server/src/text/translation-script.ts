/**
 * Whether a translated text is written in its locale's script, or still in its source's. Pure: the editorial
 * check runs it on every segment of a translation at every pause in typing.
 *
 * Thresholds, tuned on the reference article and its en, fa and ru translations:
 * - Source-script words in a translation written in another script (Arabic words in en or ru): three or more,
 *   or half the words or more. One or two may stand in a sentence on purpose (a slogan quoted as said,
 *   «الحليف», or a name glossed in the original); a field that is nothing but them (an outlet's name,
 *   بلومبرغ, مركز أوراسيا) or a phrase of three was left untranslated.
 * - Latin in a text expected in the Arabic script (fa, ar): a Latin-only text, or Latin words making half the
 *   text, or a run of eight: names in Latin (John Herbst, Atlantic Council, ISIS-K) are common inside Persian
 *   text and may be a few words long; a sentence is not a name.
 * - Persian and Arabic share a script: an fa text that is the Arabic source's, once normalised, was not
 *   translated; an fa text with a letter only Arabic uses (ي ك ة, which Persian writes ی ک ت/ه) and none only
 *   Persian uses (پ چ ژ گ ک ی) is Arabic. Lacking Persian letters alone says nothing: داعش, and the real
 *   «وزارت امور خارجه افغانستان», are Persian without one.
 * - Any locale: three words or more, none in the locale's script (an English paragraph left in ru).
 * - A text equal to its source is untranslated, unless it is a name of one or two words in a locale of the
 *   source's own script (Bloomberg in en and fr).
 */
import { normaliseArabic } from './arabic';
import { wordScripts } from './scripts';

export type LocaleScript = 'Latin' | 'Cyrillic' | 'Arabic' | 'Persian';

/** What a translated segment still shows of its source, if anything. */
export type ScriptFinding =
  /** The text is the source's own, unchanged. */
  | 'untranslated'
  /** Words in the source's script that a translation in this locale would not have. */
  | 'source-script'
  /** The text is not written in the locale's script (Latin-only where Persian is expected, Arabic in fa). */
  | 'missing-script';

const LOCALE_SCRIPTS: Record<string, LocaleScript> = {
  ar: 'Arabic',
  fa: 'Persian',
  ru: 'Cyrillic',
  uk: 'Cyrillic',
  bg: 'Cyrillic',
  be: 'Cyrillic',
  kk: 'Cyrillic',
  mk: 'Cyrillic',
  en: 'Latin',
  fr: 'Latin',
  es: 'Latin',
  de: 'Latin',
  it: 'Latin',
  pt: 'Latin',
  nl: 'Latin',
  tr: 'Latin',
  id: 'Latin',
  pl: 'Latin',
};

/** The script text in `locale` is written in, by its language (the part before any region); undefined when not known. */
export const localeScript = (locale: string): LocaleScript | undefined => LOCALE_SCRIPTS[locale.split('-')[0].toLowerCase()];

// The Unicode script a locale's letters belong to: Persian is written in the Arabic script.
const unicodeScript = (script: LocaleScript): string => (script === 'Persian' ? 'Arabic' : script);

const PERSIAN_ONLY_LETTER = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC]/u;
const ARABIC_ONLY_LETTER = /[\u064A\u0643\u0629]/u;
const WORD = /[\p{L}\p{M}]+/gu;
const LETTER = /\p{L}/u;

const SOURCE_WORDS_ALLOWED = 2;
const UNTRANSLATED_WORDS = 3;
const FOREIGN_WORDS = 3;
const LATIN_RUN_IN_ARABIC_SCRIPT = 8;

/** The script of each word (its first letter's), in order; words of shared characters only are left out. */
const wordsByScript = (text: string): string[] =>
  [...text.matchAll(WORD)].flatMap(([word]) => wordScripts(word).slice(0, 1));

const longestRun = (scripts: string[], script: string): number => {
  let longest = 0;
  let current = 0;
  for (const each of scripts) {
    current = each === script ? current + 1 : 0;
    longest = Math.max(longest, current);
  }
  return longest;
};

/** The form two texts are compared in: Arabic marks and invisible controls dropped, spaces collapsed, case folded. */
export const comparableText = (text: string): string => normaliseArabic(text).replace(/\s+/gu, ' ').trim().toLocaleLowerCase();

/**
 * What `text`, a translation into `locale` of `source` (written in `sourceLocale`), still shows of the
 * source, or undefined when nothing: an empty text is left to the checks for empty blocks.
 */
export const translationScriptFinding = (
  text: string,
  { locale, sourceLocale, source = '' }: { locale: string; sourceLocale: string; source?: string },
): ScriptFinding | undefined => {
  if (!LETTER.test(text)) return undefined;
  const target = localeScript(locale);
  const from = localeScript(sourceLocale);
  const words = wordsByScript(text);
  // A short name is written alike in two languages of one script (Bloomberg in en and fr): not a sign.
  const sameInBoth = words.length >= UNTRANSLATED_WORDS || !target || target !== from;
  if (source !== '' && sameInBoth && comparableText(text) === comparableText(source)) return 'untranslated';
  if (!target) return undefined;
  const expected = unicodeScript(target);

  if (from && unicodeScript(from) !== expected) {
    const sourceWords = words.filter((script) => script === unicodeScript(from)).length;
    if (sourceWords > SOURCE_WORDS_ALLOWED || sourceWords * 2 >= words.length) return 'source-script';
  }
  const inScript = words.filter((script) => script === expected).length;
  if (expected === 'Arabic') {
    const latin = words.filter((script) => script === 'Latin').length;
    if (inScript === 0 && latin > 0) return 'missing-script';
    if (latin * 2 >= words.length || longestRun(words, 'Latin') >= LATIN_RUN_IN_ARABIC_SCRIPT) return 'missing-script';
  }
  if (inScript === 0 && words.length >= FOREIGN_WORDS) return 'missing-script';
  if (target === 'Persian' && ARABIC_ONLY_LETTER.test(text) && !PERSIAN_ONLY_LETTER.test(text)) {
    return 'missing-script';
  }
  return undefined;
};

/**
 * Scripts within one word. A slug or a name that mixes scripts inside a word ("Мoscow" with a Cyrillic М, an
 * Arabic name with a Latin letter in it) reads as another one it is not: a lookalike. Digits, hyphens and
 * other shared characters (Common), and marks (Inherited: Arabic diacritics) belong to no script here.
 */

const WORD = /[\p{L}\p{M}]+/gu;
const SHARED = /[\p{Script=Common}\p{Script=Inherited}]/u;
const SCRIPTS = [
  'Latin', 'Greek', 'Cyrillic', 'Armenian', 'Hebrew', 'Arabic', 'Syriac', 'Thaana', 'Devanagari', 'Bengali',
  'Gurmukhi', 'Gujarati', 'Tamil', 'Telugu', 'Kannada', 'Malayalam', 'Sinhala', 'Thai', 'Lao', 'Tibetan',
  'Myanmar', 'Georgian', 'Hangul', 'Ethiopic', 'Khmer', 'Mongolian', 'Hiragana', 'Katakana', 'Bopomofo', 'Han',
].map((name) => ({ name, pattern: new RegExp(`\\p{Script=${name}}`, 'u') }));
// Writing systems made of several scripts: Japanese writes Han with kana, Korean Han with Hangul, Chinese
// may annotate Han with Bopomofo.
const WRITING_SYSTEMS = [
  new Set(['Han', 'Hiragana', 'Katakana']),
  new Set(['Han', 'Hangul']),
  new Set(['Han', 'Bopomofo']),
];

const scriptOf = (character: string): string | undefined => {
  if (SHARED.test(character)) return undefined;
  return SCRIPTS.find(({ pattern }) => pattern.test(character))?.name ?? 'Other';
};

/** The scripts of one word's letters, in the order they first appear. */
export const wordScripts = (word: string): string[] => {
  const scripts = new Set<string>();
  for (const character of word) {
    const script = scriptOf(character);
    if (script) scripts.add(script);
  }
  return [...scripts];
};

/** The first word of `value` that mixes scripts, with them; undefined when every word keeps to one. */
export const mixedScriptWord = (value: string): { word: string; scripts: string[] } | undefined => {
  for (const [word] of value.matchAll(WORD)) {
    const scripts = wordScripts(word);
    if (scripts.length > 1 && !WRITING_SYSTEMS.some((system) => scripts.every((script) => system.has(script)))) {
      return { word, scripts };
    }
  }
  return undefined;
};

/** Why `value` cannot be a slug or an entity's name for its scripts, or undefined when it can. */
export const mixedScriptProblem = (value: string): string | undefined => {
  const mixed = mixedScriptWord(value);
  if (!mixed) return undefined;
  return `must not mix scripts within a word: "${mixed.word.slice(0, 40)}" mixes ${mixed.scripts.join(' and ')}`;
};

/**
 * The form slugs and entity names are stored in: NFKC, so that compatibility forms (Arabic presentation forms,
 * full-width Latin, ligatures) are their ordinary letters and combining marks are composed, and two spellings
 * that look alike are one.
 */
export const foldCompatibility = (value: string): string => value.normalize('NFKC');

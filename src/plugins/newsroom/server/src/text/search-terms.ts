import { foldForMatching } from './matching';

const WORD = /[\p{L}\p{N}]+/gu;
const PROCLITIC = /^[وفبلك]/;
// A stem shorter than this is not split further: "وزير" must not yield "زير" and then match other words.
const MIN_STEM = 3;

/** The words of a text in matching form (see foldForMatching), in order. */
export const searchWords = (text: string): string[] => foldForMatching(text).match(WORD) ?? [];

/**
 * The forms one word may be found under: itself and, for Arabic, without its proclitics (و ف ب ل ك, up to
 * two) and without the article ال, so "وطالبان" is also "طالبان" and "الروسيه" is also "روسيه". Light
 * stemming: prefixes only, never the root's own letters below three.
 */
export const wordForms = (word: string): string[] => {
  const forms = new Set([word]);
  let rest = word;
  for (let stripped = 0; stripped < 2 && PROCLITIC.test(rest) && rest.length - 1 >= MIN_STEM; stripped += 1) {
    rest = rest.slice(1);
    forms.add(rest);
  }
  // لل is ل before ال, whose alef is dropped in writing: "للطرفين" is "ل" + "الطرفين".
  if (word.startsWith('لل') && word.length - 2 >= MIN_STEM) forms.add(word.slice(2));
  for (const form of [...forms]) {
    if (form.startsWith('ال') && form.length - 2 >= MIN_STEM) forms.add(form.slice(2));
  }
  return [...forms];
};

/** What a text is indexed under: every form of every word. */
export const indexTerms = (text: string): string => searchWords(text).flatMap(wordForms).join(' ');

const withoutArticle = (word: string): string[] =>
  word.startsWith('ال') && word.length - 2 >= MIN_STEM ? [word, word.slice(2)] : [word];

/**
 * A query as the forms each of its words may take; a document must hold one form of every word. The
 * index holds every form of its words, so a query word keeps its proclitics (a reader who types "وزير"
 * means the minister, not "زير") and drops only the article: "الروسية" also finds "روسية".
 */
export const queryTerms = (query: string): string[][] => searchWords(query).map(withoutArticle);

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * A passage of `text` around its first match, HTML-escaped, the matching words in <mark>. Words match
 * through their forms, so the passage shows the text as written (with its diacritics) while matching as
 * a reader types.
 */
export const highlight = (text: string, terms: string[][], maxWords = 30): string => {
  const wanted = new Set(terms.flat());
  const words = text.split(/(\s+)/u);
  const matches = (word: string) => searchWords(word).some((folded) => wordForms(folded).some((form) => wanted.has(form)));
  const first = words.findIndex((word) => word.trim() !== '' && matches(word));
  const start = Math.max(0, (first < 0 ? 0 : first) - 10);
  const end = Math.min(words.length, start + maxWords * 2);
  const passage = words
    .slice(start, end)
    .map((word) => (word.trim() !== '' && matches(word) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
    .join('');
  return `${start > 0 ? '… ' : ''}${passage}${end < words.length ? ' …' : ''}`;
};

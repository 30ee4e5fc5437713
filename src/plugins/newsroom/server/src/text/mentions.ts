import { foldForMatching } from './matching';
import { searchWords, wordForms } from './search-terms';

/** A word of a text as written, with where it stands. */
interface Token {
  text: string;
  start: number;
  end: number;
  /** The word's matching forms (see search-terms). */
  forms: Set<string>;
  folded: string;
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

const TOKEN = /[\p{L}\p{M}\p{N}\u0640]+/gu;

const tokenize = (text: string): Token[] =>
  [...text.matchAll(TOKEN)].map((match) => {
    const folded = searchWords(match[0]).join('');
    return {
      text: match[0],
      start: match.index ?? 0,
      end: (match.index ?? 0) + match[0].length,
      folded,
      forms: new Set(wordForms(folded)),
    };
  });

/**
 * Where a text names `name`: runs of words whose first word is the name's first word, possibly behind
 * Arabic proclitics or the article, and whose following words are the name's following words.
 */
export const findMentions = (text: string, name: string): Span[] => {
  const wanted = searchWords(name);
  if (wanted.length === 0) return [];
  const tokens = tokenize(text);
  const [first, ...rest] = wanted;
  const firstForms = new Set([first, ...(first.startsWith('ال') && first.length > 4 ? [first.slice(2)] : [])]);
  const spans: Span[] = [];
  for (let i = 0; i + rest.length < tokens.length; i += 1) {
    if (![...firstForms].some((form) => tokens[i].forms.has(form))) continue;
    if (!rest.every((word, offset) => tokens[i + 1 + offset].folded === word)) continue;
    const last = tokens[i + rest.length];
    spans.push({ start: tokens[i].start, end: last.end, text: text.slice(tokens[i].start, last.end) });
  }
  return spans;
};

// Words that introduce a person by office in Arabic news writing ("الرئيس فلاديمير بوتين").
const TITLE_CUES = new Set(
  ['الرئيس', 'رئيس', 'وزير', 'وزيره', 'المحلل', 'الخبير', 'المتحدث', 'سكرتير', 'السفير', 'الجنرال', 'زعيم', 'قائد', 'مدير', 'الامين', 'نائب'].map(
    foldForMatching
  )
);
// Between an office and the name come its qualifiers: words with the article, and a few nouns of office.
const QUALIFIER_NOUNS = new Set(['مجلس', 'العام', 'باسم'].map(foldForMatching));
const NAME_WORDS = 2;

/**
 * Names a journalist may want to make an entity of, in text the existing entities do not cover: in
 * Latin script, runs of two or more capitalised words; in Arabic, two words following an office and its
 * qualifiers ("وزير الخارجية الروسي سيرغي لافروف"). Suggestions only: they are never created by this.
 */
export const candidateNames = (text: string): Span[] => {
  const spans: Span[] = [];
  for (const match of text.matchAll(/\b[A-Z][\p{L}'-]+(?:\s+(?:of|the|al|bin|de|van|von)?\s*[A-Z][\p{L}'-]+)+/gu)) {
    spans.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length, text: match[0] });
  }
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i += 1) {
    const cue = [...tokens[i].forms].some((form) => TITLE_CUES.has(form));
    if (!cue) continue;
    let j = i + 1;
    while (j < tokens.length && (tokens[j].folded.startsWith('ال') || QUALIFIER_NOUNS.has(tokens[j].folded))) j += 1;
    const name = tokens.slice(j, j + NAME_WORDS);
    // A name is written without the article, and sits in one clause: no punctuation between its words.
    if (name.length < NAME_WORDS) continue;
    const clause = text.slice(tokens[i].end, name[NAME_WORDS - 1].start);
    if (/^[\s\p{L}\p{M}\p{N}\u0640]+$/u.test(clause) && !/\p{Script=Latin}/u.test(name[0].text)) {
      spans.push({ start: name[0].start, end: name[1].end, text: text.slice(name[0].start, name[1].end) });
    }
  }
  return spans;
};

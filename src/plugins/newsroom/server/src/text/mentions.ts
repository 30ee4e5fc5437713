import { eventLoopTurns } from '../utils/event-loop-turns';
import { foldForMatching } from './matching';
import { searchWords, wordForms } from './search-terms';

/** A word of a text as written, with where it stands. */
export interface Token {
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

const toToken = (match: RegExpMatchArray): Token => {
  const folded = searchWords(match[0]).join('');
  const start = match.index ?? 0;
  return { text: match[0], start, end: start + match[0].length, folded, forms: new Set(wordForms(folded)) };
};

const tokenize = (text: string): Token[] => [...text.matchAll(TOKEN)].map(toToken);

/** The words of a text, as `tokenize`, giving the event loop turns while a long text is read. */
export const tokenizeYielding = async (text: string): Promise<Token[]> => {
  const tokens: Token[] = [];
  const turn = eventLoopTurns();
  for (const match of text.matchAll(TOKEN)) {
    tokens.push(toToken(match));
    const due = turn();
    if (due) await due;
  }
  return tokens;
};

/** The forms a name's first word is found under: itself and, for a long enough `ال` word, without the article. */
const firstWordForms = (first: string): string[] =>
  first.startsWith('ال') && first.length > 4 ? [first, first.slice(2)] : [first];

/** A node of the names' word trie: the names that end here, and the words that may follow. */
interface NameNode {
  ends: number[];
  next: Map<string, NameNode>;
}

const newNode = (): NameNode => ({ ends: [], next: new Map() });

/**
 * Names indexed by their words, so that a text is read once whatever the number of names: each word of the text
 * is looked up among the names' first words, then followed word by word along the names that start with it.
 */
export interface NameIndex {
  roots: Map<string, NameNode>;
}

/** Indexes `names` by their words; a match reports a name by its position in `names`. */
export const indexNames = (names: readonly string[]): NameIndex => {
  const roots = new Map<string, NameNode>();
  names.forEach((name, position) => {
    const [first, ...rest] = searchWords(name);
    if (first === undefined) return;
    for (const form of firstWordForms(first)) {
      let node = roots.get(form) ?? newNode();
      roots.set(form, node);
      for (const word of rest) {
        const child = node.next.get(word) ?? newNode();
        node.next.set(word, child);
        node = child;
      }
      if (!node.ends.includes(position)) node.ends.push(position);
    }
  });
  return { roots };
};

/** One run of words of a text that names some of the indexed names (by their positions in the indexed list). */
export interface NameMatch {
  names: readonly number[];
  start: number;
  end: number;
}

/**
 * Every place the words of a text name an indexed name: a run of words whose first word is the name's first
 * word, possibly behind Arabic proclitics or the article, and whose following words are the name's following
 * words. In text order; at one word, in no set order. Linear in the text for a given set of names.
 */
export function* matchNames(tokens: readonly Token[], index: NameIndex): Generator<NameMatch> {
  for (let i = 0; i < tokens.length; i += 1) {
    const starts = new Set<NameNode>();
    for (const form of tokens[i].forms) {
      const root = index.roots.get(form);
      if (root) starts.add(root);
    }
    for (let node of starts) {
      for (let j = i; ; ) {
        if (node.ends.length > 0) yield { names: node.ends, start: tokens[i].start, end: tokens[j].end };
        const following = tokens[j + 1];
        const child = following && node.next.get(following.folded);
        if (!child) break;
        node = child;
        j += 1;
      }
    }
  }
}

/**
 * Every match of matchNames, handed to `onMatch`, giving the event loop turns (see eventLoopTurns): the matches,
 * not only the words, make the work (many entities may share a name).
 */
export const forEachNameMatch = async (
  tokens: readonly Token[],
  index: NameIndex,
  onMatch: (match: NameMatch) => void,
): Promise<void> => {
  const turn = eventLoopTurns();
  for (const match of matchNames(tokens, index)) {
    onMatch(match);
    const due = turn();
    if (due) await due;
  }
};

/** Where a text names `name` (see matchNames). */
export const findMentions = (text: string, name: string): Span[] =>
  [...matchNames(tokenize(text), indexNames([name]))].map(({ start, end }) => ({ start, end, text: text.slice(start, end) }));

// Words that introduce a person by office in Arabic news writing ("الرئيس فلاديمير بوتين").
const TITLE_CUES = new Set(
  ['الرئيس', 'رئيس', 'وزير', 'وزيره', 'المحلل', 'الخبير', 'المتحدث', 'سكرتير', 'السفير', 'الجنرال', 'زعيم', 'قائد', 'مدير', 'الامين', 'نائب'].map(
    foldForMatching
  )
);
// Between an office and the name come its qualifiers: words with the article, and a few nouns of office.
const QUALIFIER_NOUNS = new Set(['مجلس', 'العام', 'باسم'].map(foldForMatching));
// More qualifiers than an office ever takes ("وزير الخارجية الروسي" has two): past them, no name is looked for,
// so a text of nothing but `ال` words is not read again from every office word in it.
const MAX_QUALIFIERS = 4;
const NAME_WORDS = 2;

const isQualifier = (token: Token | undefined): boolean =>
  token !== undefined && (token.folded.startsWith('ال') || QUALIFIER_NOUNS.has(token.folded));

// A capitalised Latin word, and what may stand between two words of one name: spaces, perhaps a particle.
const CAPITALISED = /\b[A-Z][\p{L}'-]+/gu;
const NAME_GAP = /^\s+(?:(?:of|the|al|bin|de|van|von)\s*)?$/u;
// Longer than any name; a longer run of capitalised words (a title in title case, a list) is not one name.
export const MAX_CANDIDATE_LENGTH = 120;

/** Runs of two or more capitalised Latin words, read once through the text. */
const latinCandidates = (text: string): Span[] => {
  const spans: Span[] = [];
  let run: { start: number; end: number; words: number } | undefined;
  const close = () => {
    if (run && run.words >= 2 && run.end - run.start <= MAX_CANDIDATE_LENGTH) {
      spans.push({ start: run.start, end: run.end, text: text.slice(run.start, run.end) });
    }
  };
  for (const match of text.matchAll(CAPITALISED)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    // A gap longer than a particle and its spaces cannot join two words of one name: not read.
    const joins = run !== undefined && start - run.end <= 12 && NAME_GAP.test(text.slice(run.end, start));
    if (run && joins) {
      run.end = end;
      run.words += 1;
    } else {
      close();
      run = { start, end, words: 1 };
    }
  }
  close();
  return spans;
};

/** Two words following an Arabic office and its qualifiers ("وزير الخارجية الروسي سيرغي لافروف"). */
const arabicCandidates = (text: string, tokens: readonly Token[]): Span[] => {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const cue = [...tokens[i].forms].some((form) => TITLE_CUES.has(form));
    if (!cue) continue;
    let j = i + 1;
    while (j - i - 1 < MAX_QUALIFIERS && isQualifier(tokens[j])) j += 1;
    if (isQualifier(tokens[j])) continue;
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

/**
 * Names a journalist may want to make an entity of: in Latin script, runs of two or more capitalised words; in
 * Arabic, two words following an office and its qualifiers. Suggestions only: they are never created by this.
 * `tokens` are the text's words, when the caller has them already.
 */
export const candidateNames = (text: string, tokens: readonly Token[] = tokenize(text)): Span[] => [
  ...latinCandidates(text),
  ...arabicCandidates(text, tokens),
];

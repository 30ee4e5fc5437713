/** Arabic-script character classes shared by slugs, word counts and (later) search normalisation. */

// Harakat, tanwin, shadda, sukun, the extended marks up to U+065F, and the superscript alef.
const TASHKEEL = /[\u064B-\u065F\u0670]/g;
const TATWEEL = /\u0640/g;
// Zero-width characters and bidi controls (LRM, RLM, embeddings, overrides, isolates, BOM): invisible,
// and in a URL an override can make a slug read differently from what it is.
const INVISIBLE_CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const ARABIC_INDIC_DIGIT = /[\u0660-\u0669]/g;
const PERSIAN_DIGIT = /[\u06F0-\u06F9]/g;

export const stripTashkeel = (text: string): string => text.replace(TASHKEEL, '');

export const stripTatweel = (text: string): string => text.replace(TATWEEL, '');

export const stripInvisibleControls = (text: string): string => text.replace(INVISIBLE_CONTROLS, '');

// Without the g flag: test() on a global expression would carry lastIndex from one call to the next.
const INVISIBLE_CONTROL = new RegExp(INVISIBLE_CONTROLS.source);

export const hasInvisibleControls = (text: string): boolean => INVISIBLE_CONTROL.test(text);

export const toLatinDigits = (text: string): string =>
  text
    .replace(ARABIC_INDIC_DIGIT, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(PERSIAN_DIGIT, (d) => String(d.charCodeAt(0) - 0x06f0));

/**
 * The form used to compare and derive text: NFC, no invisible controls, no tashkeel, no tatweel.
 * Stored text is never passed through this: journalists' diacritics are kept as written.
 */
export const normaliseArabic = (text: string): string =>
  stripTatweel(stripTashkeel(stripInvisibleControls(text.normalize('NFC'))));

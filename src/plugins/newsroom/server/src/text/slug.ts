import slugify from 'slugify';
import { normaliseArabic, toLatinDigits } from './arabic';
import { foldCompatibility } from './scripts';

export type SlugScript = 'native' | 'latin';

export const SLUG_MAX_LENGTH = 80;

// Anything that is not a letter, a combining mark or a digit separates words in a slug: this drops
// Arabic punctuation (، ؛ ؟ « ») as well as Latin punctuation and quotation marks.
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;
// Quotation marks and apostrophes are dropped without a separator: بـ"الحليف" is one word, بالحليف.
const QUOTES = /["'`´«»‹›“”„‟‘’‚‛]/g;

export const cutAtWordBoundary = (slug: string, maxLength: number): string => {
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
};

/**
 * A URL slug for a title. `native` keeps the title's script (Arabic stays Arabic, as aljazeera.net and
 * Wikipedia do); `latin` transliterates with slugify's character map. Either way: NFKC, no tashkeel, no
 * tatweel, no invisible or bidi-override characters, Latin digits, at most `maxLength` characters cut
 * at a word boundary. Returns '' when the title has nothing to make a slug of.
 */
export const makeSlug = (
  title: string,
  script: SlugScript = 'native',
  maxLength: number = SLUG_MAX_LENGTH
): string => {
  const clean = toLatinDigits(normaliseArabic(foldCompatibility(title)));
  const slug =
    script === 'latin'
      ? slugify(clean.replace(QUOTES, ''), { lower: true, strict: true, trim: true })
      : clean.toLowerCase().replace(QUOTES, '').replace(SEPARATORS, '-').replace(/^-+|-+$/g, '');
  return cutAtWordBoundary(slug, maxLength);
};

/** The slug that follows `base` when it is taken: `base-2`, `base-3`, ... kept within `maxLength`. */
export const withCollisionSuffix = (base: string, n: number, maxLength: number = SLUG_MAX_LENGTH): string => {
  if (n < 2) return base;
  const suffix = `-${n}`;
  return `${cutAtWordBoundary(base, maxLength - suffix.length)}${suffix}`;
};

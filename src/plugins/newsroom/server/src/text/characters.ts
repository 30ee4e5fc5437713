/**
 * What a short single-line field (a title, a name, a label, a slug) may not hold. Such a value is shown on its
 * own (a headline, a tag chip, a link's text): a control character, a noncharacter or a value with nothing to
 * see in it would show as nothing, or as something other than what is stored.
 */

// C0 and C1 controls and DEL; tab and line breaks included, as these fields are one line.
const CONTROL = /\p{Cc}/u;
// U+FDD0-U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE ...): never text.
const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;
// A character that shows: not a space, not a control or format character (zero-width spaces, ZWJ, bidi marks,
// BOM, soft hyphen), not another default-ignorable one (variation selectors, Hangul fillers), not a lone mark.
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{M}]/u;

/** Why `value` cannot be a short single-line field, or undefined when it can. An empty value is left to `required`. */
export const shortTextProblem = (value: string): string | undefined => {
  if (CONTROL.test(value)) return 'must not contain control characters (U+0000-U+001F, U+007F-U+009F), line breaks and tabs included';
  if (NONCHARACTER.test(value)) return 'must not contain noncharacters (U+FDD0-U+FDEF, U+FFFE, U+FFFF and the like)';
  if (value !== '' && !VISIBLE.test(value)) {
    return 'must contain a visible character (not only spaces, zero-width or bidi characters)';
  }
  return undefined;
};

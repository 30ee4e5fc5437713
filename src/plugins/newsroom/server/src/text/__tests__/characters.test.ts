import { shortTextProblem } from '../characters';

describe('shortTextProblem', () => {
  it.each([
    ['a headline', 'موسكو تستضيف محادثات'],
    ['Persian with a zero-width non-joiner', 'می‌خواهم'],
    ['Arabic with diacritics and tatweel', 'مُحَمَّـد'],
    ['an emoji with a joiner', '👩‍💻 news'],
    ['nothing (left to "required")', ''],
  ])('accepts %s', (_label, value) => {
    expect(shortTextProblem(value)).toBeUndefined();
  });

  it.each([
    ['a C0 control', 'title\u0007'],
    ['a line break', 'one\ntwo'],
    ['a tab', 'one\ttwo'],
    ['a C1 control', 'title\u0085'],
    ['DEL', 'title\u007F'],
  ])('refuses %s', (_label, value) => {
    expect(shortTextProblem(value)).toMatch(/control characters/);
  });

  it.each([['U+FFFE', '\uFFFE'], ['U+FFFF', 'a\uFFFF'], ['U+FDD0', 'a\uFDD0'], ['U+1FFFF', 'a\u{1FFFF}']])(
    'refuses the noncharacter %s',
    (_label, value) => {
      expect(shortTextProblem(value)).toMatch(/noncharacters/);
    },
  );

  it.each([
    ['zero-width spaces', '\u200B\u200B\u200B'],
    ['spaces', '   '],
    ['bidi marks and ZWJ', '\u200F\u200E\u200D\u2067\u2069'],
    ['a BOM and a no-break space', '\uFEFF\u00A0'],
    ['a lone combining mark', '\u0301'],
    ['a Hangul filler', '\u3164'],
  ])('refuses a value of only %s', (_label, value) => {
    expect(shortTextProblem(value)).toMatch(/visible character/);
  });
});

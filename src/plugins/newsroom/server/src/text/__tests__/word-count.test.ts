import { countWords } from '../word-count';

describe('countWords', () => {
  it('counts Arabic words, with clitics attached, as one word each', () => {
    expect(countWords('روسيا وطالبان.. تقاطع المصالح')).toBe(4);
  });

  it('counts digits as words and skips punctuation-only tokens', () => {
    expect(countWords('بلغ نحو 227 مليون دولار – إلا أن')).toBe(7);
    expect(countWords('« » ، ؛ ؟ . – —')).toBe(0);
  });

  it('does not let diacritics or tatweel split or add words', () => {
    expect(countWords('تُمثل تحولاً')).toBe(2);
    expect(countWords('بـ"الحليف"')).toBe(1);
    expect(countWords('ـــ ً')).toBe(0);
  });

  it('counts hyphenated names once and mixed scripts alike', () => {
    expect(countWords('تنظيم "داعش-خراسان" ISIS-K in Moscow')).toBe(5);
  });

  it('treats any whitespace, including newlines, as a separator', () => {
    expect(countWords('one\ntwo\tthree  four')).toBe(4);
    expect(countWords('')).toBe(0);
  });
});

import { normaliseArabic, stripTashkeel, toLatinDigits } from '../arabic';

describe('Arabic normalisation', () => {
  it('removes every tashkeel mark and the superscript alef, keeping the letters', () => {
    expect(stripTashkeel('تُمثل تحولاً متنامٍ مُوجهة')).toBe('تمثل تحولا متنام موجهة');
    expect(stripTashkeel('رَحْمٰن')).toBe('رحمن');
  });

  it('removes tatweel, zero-width and bidi-override characters, and composes to NFC', () => {
    expect(normaliseArabic('بـ"الحليف"')).toBe('ب"الحليف"');
    expect(normaliseArabic('abc\u202Eevil\u200F')).toBe('abcevil');
    expect(normaliseArabic('e\u0301')).toBe('\u00e9');
  });

  it('maps Arabic-Indic and Persian digits to Latin digits', () => {
    expect(toLatinDigits('٢٠٢٤ و۱۳۷')).toBe('2024 و137');
  });
});

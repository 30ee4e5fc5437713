import { isRightToLeft, textDirection } from '../direction';

describe('text direction of a locale', () => {
  it.each(['ar', 'fa', 'ar-EG', 'he', 'ur'])('%s is right to left', (locale) => {
    expect(isRightToLeft(locale)).toBe(true);
    expect(textDirection(locale)).toBe('rtl');
  });

  it.each(['en', 'ru', 'en-GB', 'tr'])('%s is left to right', (locale) => {
    expect(textDirection(locale)).toBe('ltr');
  });
});

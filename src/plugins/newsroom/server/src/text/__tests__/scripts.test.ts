import { foldCompatibility, mixedScriptProblem, mixedScriptWord } from '../scripts';

describe('mixedScriptWord', () => {
  it.each([
    ['Latin', 'vladimir-putin'],
    ['Arabic with digits and hyphens', 'روسيا-2024'],
    ['Arabic with diacritics and tatweel', 'مُحَمَّـد'],
    ['Persian letters (Arabic script)', 'پوتین-گفت'],
    ['Cyrillic', 'Москва'],
    ['Greek', 'Αθήνα'],
    ['words in different scripts', 'Moscow Москва موسكو'],
    ['Japanese (Han with kana)', '東京タワー'],
    ['Korean (Hangul with Han)', '大韓민국'],
  ])('accepts %s', (_label, value) => {
    expect(mixedScriptWord(value)).toBeUndefined();
  });

  it.each([
    ['Latin with a Cyrillic letter', 'Mоscow', ['Latin', 'Cyrillic']],
    ['Latin with a Greek letter', 'Αthens', ['Greek', 'Latin']],
    ['Latin, Cyrillic and Greek', 'pаνel', ['Latin', 'Cyrillic', 'Greek']],
    ['Arabic with a Latin letter', 'روسaيا', ['Arabic', 'Latin']],
  ])('refuses %s', (_label, value, scripts) => {
    expect(mixedScriptWord(value)?.scripts).toEqual(scripts);
    expect(mixedScriptProblem(value)).toMatch(/must not mix scripts within a word/);
  });
});

describe('foldCompatibility', () => {
  it('folds Arabic presentation forms to the letters', () => {
    expect(foldCompatibility('ﺭﻭﺳﻴﺎ')).toBe('روسيا');
  });

  it('composes combining marks and folds full-width Latin', () => {
    expect(foldCompatibility('Pe\u0301rez')).toBe('Pérez');
    expect(foldCompatibility('Ｍｏｓｃｏｗ')).toBe('Moscow');
  });
});

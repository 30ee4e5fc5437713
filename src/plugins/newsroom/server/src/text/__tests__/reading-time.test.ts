import { FALLBACK_WORDS_PER_MINUTE, readingTimeMinutes, wordsPerMinuteFor } from '../reading-time';

describe('reading time', () => {
  it('uses the IReST speeds: Arabic markedly slower than English', () => {
    expect(wordsPerMinuteFor('ar')).toBe(138);
    expect(wordsPerMinuteFor('en')).toBe(228);
    expect(wordsPerMinuteFor('ru')).toBe(184);
    expect(wordsPerMinuteFor('fa')).toBe(138);
    expect(wordsPerMinuteFor('ar')).toBeLessThan(wordsPerMinuteFor('en'));
  });

  it('falls back by language, then to the IReST mean, and honours configured overrides', () => {
    expect(wordsPerMinuteFor('en-GB')).toBe(228);
    expect(wordsPerMinuteFor('sw')).toBe(FALLBACK_WORDS_PER_MINUTE);
    expect(wordsPerMinuteFor('ar', { ar: 120 })).toBe(120);
    expect(wordsPerMinuteFor('ar-EG', { ar: 120 })).toBe(120);
  });

  it('rounds up to whole minutes, and is zero only for no words', () => {
    expect(readingTimeMinutes(443, 138)).toBe(4);
    expect(readingTimeMinutes(443, 228)).toBe(2);
    expect(readingTimeMinutes(1, 138)).toBe(1);
    expect(readingTimeMinutes(276, 138)).toBe(2);
    expect(readingTimeMinutes(0, 138)).toBe(0);
  });
});

import { sourceLocaleOf } from '../source-locale';

describe('sourceLocaleOf', () => {
  it('is the locale written first, whichever is being edited', () => {
    expect(
      sourceLocaleOf([
        { locale: 'en', createdAt: '2026-11-02T10:00:00.000Z' },
        { locale: 'fa', createdAt: '2026-11-03T10:00:00.000Z' },
        { locale: 'ar', createdAt: '2026-11-01T09:00:00.000Z' },
      ])
    ).toBe('ar');
  });

  it('is unknown for a document not stored yet', () => {
    expect(sourceLocaleOf([{ locale: 'ar', createdAt: null }, {}])).toBeUndefined();
  });
});

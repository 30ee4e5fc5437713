import { formatEmbargoTime, formattingLocale, isFutureEmbargo } from '../embargo-time';

const UNTIL = '2026-12-03T06:00:00.000Z';
const NOW = new Date('2026-12-01T12:00:00.000Z');
const plain = (text: string) => text.replace(/[\u2066-\u2069]/g, '');

describe('embargo times as an editor reads them', () => {
  it('says weekday, day, month and time in the time zone it names', () => {
    expect(plain(formatEmbargoTime(UNTIL, { locale: 'en-GB', timeZone: 'Asia/Riyadh', now: NOW }))).toBe(
      'Thursday 3 December at 09:00 Asia/Riyadh'
    );
    expect(plain(formatEmbargoTime(UNTIL, { locale: 'en-GB', timeZone: 'Europe/London', now: NOW }))).toMatch(/^Thursday 3 December at 06:00 Europe\/London$/);
  });

  it('writes Arabic and Persian in their own words, digits and order, the zone kept left to right', () => {
    const arabic = formatEmbargoTime(UNTIL, { locale: 'ar', timeZone: 'Asia/Riyadh', now: NOW });
    expect(arabic).toContain('الخميس');
    expect(arabic).toContain('ديسمبر');
    expect(arabic).toContain('\u2066Asia/Riyadh\u2069');
    expect(arabic.indexOf('الخميس')).toBeLessThan(arabic.indexOf('ديسمبر'));
    const persian = formatEmbargoTime(UNTIL, { locale: 'fa', timeZone: 'Asia/Tehran', now: NOW });
    expect(persian).toContain('پنجشنبه');
    expect(persian).toMatch(/۰۹:۳۰/);
  });

  it('adds the year only when it is not the current one', () => {
    expect(formatEmbargoTime('2027-01-05T08:00:00Z', { locale: 'en-GB', timeZone: 'UTC', now: NOW })).toContain('2027');
    expect(formatEmbargoTime(UNTIL, { locale: 'en-GB', timeZone: 'UTC', now: NOW })).not.toContain('2026');
  });

  it("formats in the browser's regional variant of the admin language, else the admin language", () => {
    expect(formattingLocale('en', ['en-GB', 'ar'])).toBe('en-GB');
    expect(formattingLocale('ar', ['en-GB', 'ar-SA'])).toBe('ar-SA');
    expect(formattingLocale('fa', ['en-GB'])).toBe('fa');
  });

  it('knows an embargo still to come from one past or unset', () => {
    expect(isFutureEmbargo(UNTIL, NOW.getTime())).toBe(true);
    expect(isFutureEmbargo('2026-11-30T00:00:00Z', NOW.getTime())).toBe(false);
    expect(isFutureEmbargo(null, NOW.getTime())).toBe(false);
    expect(isFutureEmbargo('', NOW.getTime())).toBe(false);
  });
});

import { embargoRefusal } from '../embargo-refusal';

const UNTIL = new Date('2026-12-03T06:00:00.000Z');

describe('the embargo refusal in the administrator’s language', () => {
  it('says it in Arabic and Persian, in the newsroom’s time, its zone named and kept left to right', () => {
    const arabic = embargoRefusal('ar', UNTIL, 'Asia/Riyadh');
    expect(arabic).toMatch(/^لم يُنشر: هذه النسخة محظورة النشر حتى الخميس/);
    expect(arabic).toContain('\u2066Asia/Riyadh\u2069');
    expect(arabic).toMatch(/3 ديسمبر 2026 في 09:00|٣ ديسمبر ٢٠٢٦ في ٠٩:٠٠/);
    // Persian in its own calendar: 12 Azar 1405, Thursday.
    const persian = embargoRefusal('fa', UNTIL, 'Asia/Tehran');
    expect(persian).toMatch(/^منتشر نشد: این نسخه تا .*آذر.*پنجشنبه.*۰۹:۳۰/);
  });

  it('falls back to English, day before month, for a language it has no words in', () => {
    expect(embargoRefusal('en', UNTIL, 'Asia/Riyadh')).toBe(
      'Not published: this version is embargoed until Thursday, 3 December 2026 at 09:00 \u2066Asia/Riyadh\u2069. The embargo job publishes it then; to publish now, clear the embargo time and save.',
    );
    expect(embargoRefusal('ru', UNTIL, 'UTC')).toMatch(/^Not published: .*Thursday, 3 December 2026 at 06:00 \u2066UTC\u2069/);
  });
});

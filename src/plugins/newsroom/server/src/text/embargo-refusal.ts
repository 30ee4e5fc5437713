/**
 * The embargo refusal as an administrator reads it, in the admin language of their profile: the admin shows a
 * refused publication's message as the server wrote it (Strapi's document actions toast the error's message),
 * so this is the one place it can be said in Arabic or Persian. The time is the newsroom's, its zone named;
 * the admin's own Publish explains with the browser's zone before it ever gets here.
 */

const SENTENCES: Record<string, (time: string) => string> = {
  en: (time) =>
    `Not published: this version is embargoed until ${time}. The embargo job publishes it then; to publish now, clear the embargo time and save.`,
  ar: (time) => `لم يُنشر: هذه النسخة محظورة النشر حتى ${time}. تنشرها مهمة الحظر في ذلك الموعد؛ لنشرها الآن امسح موعد الحظر واحفظ.`,
  fa: (time) =>
    `منتشر نشد: این نسخه تا ${time} ممنوع‌الانتشار است. کار زمان‌بندی‌شده آن را در همان زمان منتشر می‌کند؛ برای انتشار فوری، زمان ممنوعیت را پاک و ذخیره کنید.`,
};

/** The sentence in `language` (English for one we have no words in), the time in `timeZone`, named. */
export const embargoRefusal = (language: string, until: Date, timeZone: string): string => {
  const base = language.split('-')[0];
  const sentence = SENTENCES[base] ?? SENTENCES.en;
  // English as the brief and the newsroom write it, day before month; the others in their own order.
  const time = new Intl.DateTimeFormat(SENTENCES[base] && base !== 'en' ? language : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(until);
  // The zone's name stays left to right inside an Arabic or Persian sentence (Unicode isolates).
  return sentence(`${time} \u2066${timeZone}\u2069`);
};

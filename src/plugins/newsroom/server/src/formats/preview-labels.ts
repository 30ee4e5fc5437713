/**
 * The few words of the preview page that are not the article's: in the article's language, as a reader of it
 * would see them (the admin's language is unknown to a signed link). Locales without their own fall back to English.
 */
export interface PreviewLabels {
  draft: string;
  published: string;
  /** `{date}` is replaced by the embargo's end. */
  embargoedUntil: string;
  keyFigures: string;
  quotes: string;
  sources: string;
  corrections: string;
  correction: string;
  clarification: string;
  paraphrase: string;
  /** Between an expert's name, title and affiliation. */
  separator: string;
  /** `{credit}` is replaced by the lead image's credit. */
  photoCredit: string;
  qualifiers: { about: string; more_than: string; less_than: string };
  /** The refusals, in the language the link names (nothing of the article is shown with them). */
  linkInvalid: string;
  linkExpired: string;
  notFound: string;
}

const en: PreviewLabels = {
  draft: 'Draft preview',
  published: 'Published version',
  embargoedUntil: 'Embargoed until {date}',
  keyFigures: 'Key figures',
  quotes: 'Quotes',
  sources: 'Sources',
  corrections: 'Corrections and clarifications',
  correction: 'Correction',
  clarification: 'Clarification',
  paraphrase: 'paraphrase',
  separator: ', ',
  photoCredit: 'Photo: {credit}',
  qualifiers: { about: 'about', more_than: 'more than', less_than: 'less than' },
  linkInvalid: 'This preview link is not valid. Open the preview again from the article’s edit view.',
  linkExpired: 'This preview link has expired. Open the preview again from the article’s edit view.',
  notFound: 'This version of the article does not exist (any more).',
};

const ar: PreviewLabels = {
  draft: 'معاينة المسودة',
  published: 'النسخة المنشورة',
  embargoedUntil: 'محظور النشر حتى {date}',
  keyFigures: 'أرقام رئيسية',
  quotes: 'اقتباسات',
  sources: 'المصادر',
  corrections: 'تصحيحات وتوضيحات',
  correction: 'تصحيح',
  clarification: 'توضيح',
  paraphrase: 'بتصرف',
  separator: '، ',
  photoCredit: 'الصورة: {credit}',
  qualifiers: { about: 'نحو', more_than: 'أكثر من', less_than: 'أقل من' },
  linkInvalid: 'رابط المعاينة هذا غير صالح. افتح المعاينة من جديد من صفحة تحرير المقال.',
  linkExpired: 'انتهت صلاحية رابط المعاينة هذا. افتح المعاينة من جديد من صفحة تحرير المقال.',
  notFound: 'هذه النسخة من المقال غير موجودة (أو لم تعد موجودة).',
};

const fa: PreviewLabels = {
  draft: 'پیش‌نمایش پیش‌نویس',
  published: 'نسخهٔ منتشرشده',
  embargoedUntil: 'ممنوع‌الانتشار تا {date}',
  keyFigures: 'ارقام کلیدی',
  quotes: 'نقل‌قول‌ها',
  sources: 'منابع',
  corrections: 'اصلاحیه‌ها و توضیحات',
  correction: 'اصلاحیه',
  clarification: 'توضیح',
  paraphrase: 'نقل به مضمون',
  separator: '، ',
  photoCredit: 'عکس: {credit}',
  qualifiers: { about: 'حدود', more_than: 'بیش از', less_than: 'کمتر از' },
  linkInvalid: 'این پیوند پیش‌نمایش معتبر نیست. پیش‌نمایش را دوباره از صفحهٔ ویرایش مقاله باز کنید.',
  linkExpired: 'این پیوند پیش‌نمایش منقضی شده است. پیش‌نمایش را دوباره از صفحهٔ ویرایش مقاله باز کنید.',
  notFound: 'این نسخه از مقاله وجود ندارد (یا دیگر وجود ندارد).',
};

const ru: PreviewLabels = {
  draft: 'Предпросмотр черновика',
  published: 'Опубликованная версия',
  embargoedUntil: 'Эмбарго до {date}',
  keyFigures: 'Ключевые цифры',
  quotes: 'Цитаты',
  sources: 'Источники',
  corrections: 'Исправления и уточнения',
  correction: 'Исправление',
  clarification: 'Уточнение',
  paraphrase: 'пересказ',
  separator: ', ',
  photoCredit: 'Фото: {credit}',
  qualifiers: { about: 'около', more_than: 'более', less_than: 'менее' },
  linkInvalid: 'Эта ссылка на предпросмотр недействительна. Откройте предпросмотр заново из редактора статьи.',
  linkExpired: 'Срок действия этой ссылки на предпросмотр истёк. Откройте предпросмотр заново из редактора статьи.',
  notFound: 'Этой версии статьи нет (или больше нет).',
};

const LABELS: Readonly<Record<string, PreviewLabels>> = { en, ar, fa, ru };

/** The labels of `locale`'s language (`ar-EG` takes `ar`'s), English when there are none. */
export const previewLabels = (locale: string): PreviewLabels => LABELS[locale.split('-')[0].toLowerCase()] ?? en;

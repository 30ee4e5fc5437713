/** What the translators of the end-to-end tests type: the reference article in English and in Persian. */

/** The editor's change to the Arabic source's standfirst, and the English that follows it. */
export const SOURCE_EDIT = { before: 'منذ أكثر من عقدين', after: 'منذ عام 2003' };

export const ENGLISH = {
  title: 'Russia and the Taliban: interests converge against ISIS amid signs of a cautious rapprochement',
  standfirst:
    'In a step that marks a strategic shift in Russian policy towards Afghanistan, Moscow has lifted the ban it ' +
    'had imposed on the Taliban for more than two decades, a clear sign of a growing rapprochement driven by a ' +
    'common goal: fighting ISIS, the most dangerous enemy of both.',
  standfirstInLine:
    'In a step that marks a strategic shift in Russian policy towards Afghanistan, Moscow has lifted the ban it ' +
    'had imposed on the Taliban since 2003, a clear sign of a growing rapprochement driven by a common goal: ' +
    'fighting ISIS, the most dangerous enemy of both.',
};

export const PERSIAN = {
  title: 'روسیه و طالبان؛ تلاقی منافع در برابر داعش در میان نشانه‌های نزدیکی محتاطانه',
  standfirst:
    'مسکو در گامی که چرخشی راهبردی در سیاست روسیه در قبال افغانستان است، ممنوعیتی را که از سال ۲۰۰۳ بر ' +
    'طالبان اعمال کرده بود برداشت؛ نشانه‌ای روشن از نزدیکی فزاینده‌ای که هدفی مشترک آن را پیش می‌برد: مبارزه با داعش.',
};

/** The Persian names of the reference article's tags and experts, by their Arabic names. */
export const PERSIAN_NAMES: Record<string, string> = {
  'روسيا': 'روسیه',
  'طالبان': 'طالبان',
  'داعش': 'داعش',
  'داعش-خراسان': 'داعش خراسان',
  'أفغانستان': 'افغانستان',
  'الاتحاد السوفيتي': 'اتحاد جماهیر شوروی',
  'موسكو': 'مسکو',
  'كابول': 'کابل',
  'آسيا الوسطى': 'آسیای میانه',
  'الهجوم على قاعة كروكس سيتي هول': 'حمله به تالار شهر کروکوس',
  'الغزو السوفيتي لأفغانستان': 'تهاجم شوروی به افغانستان',
  'فلاديمير بوتين': 'ولادیمیر پوتین',
  'سيرجي شويغو': 'سرگئی شویگو',
  'سيرجي لافروف': 'سرگئی لاوروف',
  'المجلس الأطلسي': 'شورای آتلانتیک',
  'مركز أوراسيا': 'مرکز اوراسیا',
  'مجلس الأمن الروسي': 'شورای امنیت روسیه',
  'وزارة الخارجية الأفغانية': 'وزارت امور خارجه افغانستان',
  'بلومبرغ': 'بلومبرگ',
  'الإرهاب': 'تروریسم',
  'جون هيربست': 'جان هربست',
  'فيض الله جلال': 'فیض‌الله جلال',
};

const GROUP_EN: Record<string, string> = {
  byline: 'By the analysis desk',
  leadImage: 'Lead image',
  body: 'Paragraph',
  quotes: 'Quotation',
  keyFigures: 'Key figure',
  sources: 'Source',
};

const GROUP_FA: Record<string, string> = {
  byline: 'گروه تحلیل',
  leadImage: 'تصویر اصلی',
  body: 'بند',
  quotes: 'نقل قول',
  keyFigures: 'رقم کلیدی',
  sources: 'منبع',
};

const DETAIL_FA: Record<string, string> = { text: 'متن', unit: 'واحد', label: 'عنوان', period: 'دوره', name: 'نام' };

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const persianNumber = (text: string) => text.replace(/\d/g, (digit) => PERSIAN_DIGITS[Number(digit)]);

/**
 * The text a translator types for a segment (`body.3`, `quotes.1.text`, `keyFigures.0.unit`...): the headline
 * and standfirst in full, the other segments a line in the translation's language that names the segment, so
 * a misplaced text shows in the public answer.
 */
export const translationOf = (locale: 'en' | 'fa', key: string): string => {
  const texts = locale === 'en' ? ENGLISH : PERSIAN;
  if (key === 'title' || key === 'standfirst') return texts[key];
  const [group, ...indexes] = key.split('.');
  const numbers = indexes.filter((part) => /^\d+$/.test(part)).map((part) => String(Number(part) + 1));
  const detail = indexes.filter((part) => !/^\d+$/.test(part));
  if (locale === 'en') return [GROUP_EN[group] ?? group, numbers.join('.'), ...detail].filter(Boolean).join(' ');
  const words = [GROUP_FA[group] ?? group, persianNumber(numbers.join('.')), ...detail.map((part) => DETAIL_FA[part] ?? part)];
  return [...words, 'به فارسی'].filter(Boolean).join(' ');
};

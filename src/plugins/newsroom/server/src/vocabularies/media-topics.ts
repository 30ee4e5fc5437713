import iptc from './iptc-media-topics.json';

/**
 * The newsroom's subject vocabulary: the whole tree of IPTC Media Topics (http://cv.iptc.org/newscodes/mediatopic/),
 * its live concepts as IPTC released them (iptc-media-topics.json: codes, parents, English names and Wikidata
 * ids; © IPTC, CC BY 4.0). The Arabic and Persian names are the newsroom's, for the topics a desk uses most;
 * the others are found by their English name until an editor names them.
 */
export const MEDIA_TOPIC_SCHEME = 'http://cv.iptc.org/newscodes/mediatopic/';

export interface TopicNames {
  en: string;
  ar?: string;
  fa?: string;
}

export interface MediaTopicSeed {
  code: string;
  parent?: string;
  names: TopicNames;
  wikidataId?: string;
}

interface IptcTopic {
  code: string;
  parent?: string;
  en: string;
  wikidata?: string;
}

/** Arabic and Persian names: every top-level topic, and the branches a politics desk files under. */
const NEWSROOM_NAMES: Readonly<Record<string, { ar: string; fa: string }>> = {
  'medtop:01000000': { ar: 'فنون وثقافة وترفيه وإعلام', fa: 'هنر، فرهنگ، سرگرمی و رسانه' },
  'medtop:02000000': { ar: 'جريمة وقانون وعدالة', fa: 'جرم، قانون و عدالت' },
  'medtop:03000000': { ar: 'كوارث وحوادث وطوارئ', fa: 'بلایا، حوادث و رویدادهای اضطراری' },
  'medtop:04000000': { ar: 'اقتصاد وأعمال ومال', fa: 'اقتصاد، کسب‌وکار و امور مالی' },
  'medtop:05000000': { ar: 'تعليم', fa: 'آموزش' },
  'medtop:06000000': { ar: 'بيئة', fa: 'محیط زیست' },
  'medtop:07000000': { ar: 'صحة', fa: 'سلامت' },
  'medtop:08000000': { ar: 'قصص إنسانية', fa: 'داستان‌های انسانی' },
  'medtop:09000000': { ar: 'العمل والعمّال', fa: 'کار و کارگران' },
  'medtop:10000000': { ar: 'نمط الحياة والترفيه', fa: 'سبک زندگی و اوقات فراغت' },
  'medtop:11000000': { ar: 'سياسة', fa: 'سیاست' },
  'medtop:12000000': { ar: 'دين', fa: 'دین' },
  'medtop:13000000': { ar: 'علوم وتكنولوجيا', fa: 'علم و فناوری' },
  'medtop:14000000': { ar: 'مجتمع', fa: 'جامعه' },
  'medtop:15000000': { ar: 'رياضة', fa: 'ورزش' },
  'medtop:16000000': { ar: 'نزاعات وحروب وسلام', fa: 'درگیری، جنگ و صلح' },
  'medtop:17000000': { ar: 'طقس', fa: 'آب‌وهوا' },
  // politics
  'medtop:20000574': { ar: 'انتخابات', fa: 'انتخابات' },
  'medtop:20000592': { ar: 'حقوق الإنسان', fa: 'حقوق بشر' },
  'medtop:20000591': { ar: 'حرية الصحافة', fa: 'آزادی مطبوعات' },
  'medtop:20000593': { ar: 'حكومة', fa: 'دولت' },
  'medtop:20000598': { ar: 'دفاع', fa: 'دفاع' },
  'medtop:20000605': { ar: 'تجسس واستخبارات', fa: 'جاسوسی و اطلاعات' },
  'medtop:20000610': { ar: 'رؤساء الدول', fa: 'سران کشورها' },
  'medtop:20000615': { ar: 'سلطة تشريعية', fa: 'قوه‌ی مقننه' },
  'medtop:20000621': { ar: 'سياسات حكومية', fa: 'سیاست‌های دولت' },
  'medtop:20000634': { ar: 'سياسة الهجرة', fa: 'سیاست مهاجرت' },
  'medtop:20000635': { ar: 'سياسة نووية', fa: 'سیاست هسته‌ای' },
  'medtop:20000638': { ar: 'علاقات دولية', fa: 'روابط بین‌الملل' },
  'medtop:20000639': { ar: 'دبلوماسية', fa: 'دیپلماسی' },
  'medtop:20000642': { ar: 'عقوبات اقتصادية', fa: 'تحریم اقتصادی' },
  'medtop:20000643': { ar: 'مساعدات خارجية', fa: 'کمک خارجی' },
  'medtop:20000644': { ar: 'منظمات دولية', fa: 'سازمان‌های بین‌المللی' },
  'medtop:20000645': { ar: 'لاجئون ونازحون', fa: 'پناهندگان و آوارگان داخلی' },
  'medtop:20001316': { ar: 'نزاعات حدودية', fa: 'اختلافات مرزی' },
  'medtop:20000647': { ar: 'أزمة سياسية', fa: 'بحران سیاسی' },
  'medtop:20000651': { ar: 'أحزاب وحركات سياسية', fa: 'احزاب و جنبش‌های سیاسی' },
  // conflict, war and peace; crime
  'medtop:20000053': { ar: 'عمل إرهابي', fa: 'اقدام تروریستی' },
  'medtop:20000056': { ar: 'نزاع مسلح', fa: 'درگیری مسلحانه' },
  'medtop:20000062': { ar: 'حرب', fa: 'جنگ' },
  'medtop:20000060': { ar: 'احتلال عسكري', fa: 'اشغال نظامی' },
  'medtop:20000065': { ar: 'اضطرابات أهلية', fa: 'ناآرامی‌های مدنی' },
  'medtop:20000066': { ar: 'مظاهرات', fa: 'تظاهرات' },
  'medtop:20000070': { ar: 'انقلاب عسكري', fa: 'کودتا' },
  'medtop:20000073': { ar: 'عملية السلام', fa: 'روند صلح' },
  'medtop:20000076': { ar: 'محادثات السلام', fa: 'مذاکرات صلح' },
  'medtop:20000103': { ar: 'إرهاب', fa: 'تروریسم' },
  'medtop:20000093': { ar: 'فساد', fa: 'فساد' },
  // economy
  'medtop:20000344': { ar: 'اقتصاد', fa: 'اقتصاد' },
};

/** Every live topic, parents before their children. */
export const MEDIA_TOPICS: readonly MediaTopicSeed[] = (iptc.topics as IptcTopic[]).map((topic) => ({
  code: topic.code,
  ...(topic.parent ? { parent: topic.parent } : {}),
  names: { en: topic.en, ...NEWSROOM_NAMES[topic.code] },
  ...(topic.wikidata ? { wikidataId: topic.wikidata } : {}),
}));

/** A Media Topic's URI from its QCode (`medtop:20000639` → `http://cv.iptc.org/newscodes/mediatopic/20000639`). */
export const mediaTopicUri = (code: string): string => `${MEDIA_TOPIC_SCHEME}${code.replace(/^medtop:/, '')}`;

const namesOf = (names: unknown): Record<string, unknown> => (names && typeof names === 'object' ? names : {}) as Record<string, unknown>;

/** A topic's name in a locale, falling back to English and then to the code. */
export const topicName = (names: unknown, locale: string, code: string): string => {
  const map = namesOf(names);
  const pick = map[locale] ?? map[locale.split('-')[0]] ?? map.en;
  return typeof pick === 'string' && pick.trim() !== '' ? pick : code;
};

// The newsroom's languages first, the way a desk reads them; any other locale's name after.
const LABEL_ORDER = ['ar', 'en', 'fa'];
const LABEL_LENGTH = 255;

/**
 * What the admin shows and searches for a topic (the content manager's main field): its names in every
 * language, then its QCode, e.g. `دبلوماسية · diplomacy · دیپلماسی (medtop:20000639)`. One stored string,
 * so the relation picker's search (a `$containsi` on the main field) finds a topic by any of its names.
 */
export const topicLabel = (names: unknown, code: string): string => {
  const map = namesOf(names);
  const locales = [...LABEL_ORDER, ...Object.keys(map).filter((locale) => !LABEL_ORDER.includes(locale)).sort()];
  const distinct = [
    ...new Set(locales.map((locale) => map[locale]).filter((name): name is string => typeof name === 'string').map((name) => name.trim())),
  ].filter((name) => name !== '');
  const suffix = ` (${code})`;
  const text = [...distinct.join(' · ')].slice(0, LABEL_LENGTH - [...suffix].length).join('');
  return text === '' ? code : `${text}${suffix}`;
};

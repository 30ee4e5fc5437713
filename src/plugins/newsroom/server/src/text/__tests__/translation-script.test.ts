import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { comparableText, localeScript, translationScriptFinding } from '../translation-script';

// Sentences of the reference article (/work/shared/seeds/reference-article.ar.txt) and translations of them.
const SHARED = path.join(process.env.NEWSROOM_SHARED_DIR ?? path.resolve(__dirname, '../../../../../../../../shared'), 'seeds', 'reference-article.ar.txt');
const reference = existsSync(SHARED) ? readFileSync(SHARED, 'utf8') : '';

const TITLE = {
  ar: 'روسيا وطالبان.. تقاطع المصالح في وجه داعش وسط ملامح تقارب حذر',
  en: 'Russia and the Taliban: interests meet against ISIS amid signs of a cautious rapprochement',
  fa: 'روسیه و طالبان؛ تلاقی منافع در برابر داعش در میان نشانه‌های نزدیکی محتاطانه',
  ru: 'Россия и «Талибан»: общие интересы против ИГИЛ на фоне осторожного сближения',
};
const HERBST = {
  ar: 'جون هيربست، من مركز أوراسيا التابع للمجلس الأطلسي، اعتبر أن هذه الخطوة الروسية "مُوجهة ضد داعش تحديداً"',
  en: 'John Herbst, of the Atlantic Council’s Eurasia Center, considered the Russian step “aimed specifically at ISIS”.',
  fa: 'جان هربست از مرکز اوراسیای شورای آتلانتیک این گام روسیه را «مشخصاً علیه داعش» دانست.',
  ru: 'Джон Хербст из Евразийского центра Атлантического совета считает, что этот шаг России «направлен именно против ИГИЛ».',
};
const BLOOMBERG = {
  ar: 'هذا "التقارب الحذر"، كما تصفه بلومبرغ، يعكس مصلحة متبادلة.',
  en: 'This “cautious rapprochement”, as Bloomberg calls it, reflects a mutual interest.',
  fa: 'این «نزدیکی محتاطانه»، آن‌طور که بلومبرگ توصیف می‌کند، بازتاب منافع متقابل است.',
  ru: 'Это «осторожное сближение», как называет его Bloomberg, отражает взаимный интерес.',
};
const CROCUS = {
  ar: 'خاصة بعد تبنيه للهجوم الدامي على قاعة "كروكس سيتي هول" في موسكو في مارس 2024',
  en: 'especially after it claimed the deadly attack on Crocus City Hall in Moscow in March 2024',
  // A Latin name inside Persian text, as Persian outlets print it.
  fa: 'به‌ویژه پس از آنکه مسئولیت حمله خونین به تالار Crocus City Hall در مسکو در مارس ۲۰۲۴ را پذیرفت',
  ru: 'особенно после того, как она взяла на себя ответственность за кровавый теракт в «Крокус Сити Холле» в марте 2024 года',
};
type Sentence = Record<'ar' | 'en' | 'fa' | 'ru', string>;
const SENTENCES: Record<string, Sentence> = { TITLE, HERBST, BLOOMBERG, CROCUS };

const finding = (text: string, locale: string, source = '') => translationScriptFinding(text, { locale, sourceLocale: 'ar', source });

describe('localeScript', () => {
  it.each([
    ['en', 'Latin'],
    ['fr', 'Latin'],
    ['es', 'Latin'],
    ['pt-BR', 'Latin'],
    ['ru', 'Cyrillic'],
    ['fa', 'Persian'],
    ['ar', 'Arabic'],
    ['xx', undefined],
  ])('%s is written in %s', (locale, script) => {
    expect(localeScript(locale)).toBe(script);
  });
});

describe('translationScriptFinding on the reference article', () => {
  it('takes its Arabic sentences from the shared reference text', () => {
    const text = comparableText(reference);
    for (const { ar } of Object.values(SENTENCES)) expect(text).toContain(comparableText(ar.replace(/\.$/, '')));
  });

  it.each(
    Object.entries(SENTENCES).flatMap(([name, sentence]) =>
      (['en', 'fa', 'ru'] as const).map((locale): [string, 'en' | 'fa' | 'ru', Sentence] => [name, locale, sentence]),
    ),
  )(
    'finds nothing in a good translation: %s in %s',
    (_name, locale, sentence) => {
      expect(finding(sentence[locale], locale, sentence.ar)).toBeUndefined();
    },
  );

  it('finds nothing in an empty text or one without letters (a figure, a date)', () => {
    expect(finding('', 'en', TITLE.ar)).toBeUndefined();
    expect(finding('۲۰۲۴ – 137', 'fa', '2024 – 137')).toBeUndefined();
  });

  it('says a text left as its source is untranslated, in every locale', () => {
    for (const locale of ['en', 'fa', 'ru']) expect(finding(TITLE.ar, locale, TITLE.ar)).toBe('untranslated');
    // Diacritics, tatweel and spacing do not make it another text.
    expect(finding('روسيـا  وطالبان.. تقاطعُ المصالح في وجه داعش وسط ملامح تقارب حذر', 'fa', TITLE.ar)).toBe('untranslated');
  });

  it('does not call a short name written alike in two Latin-script locales untranslated', () => {
    expect(translationScriptFinding('Bloomberg', { locale: 'fr', sourceLocale: 'en', source: 'Bloomberg' })).toBeUndefined();
    expect(translationScriptFinding(TITLE.en, { locale: 'fr', sourceLocale: 'en', source: TITLE.en })).toBe('untranslated');
  });
});

describe('Arabic script left in an en or ru translation', () => {
  it.each([
    ['an outlet’s name left in Arabic', 'بلومبرغ'],
    ['a centre’s name left in Arabic', 'مركز أوراسيا'],
    ['a phrase of three Arabic words in a sentence', 'This cautious rapprochement, كما تصفه بلومبرغ, reflects a mutual interest.'],
    ['an Arabic sentence', HERBST.ar],
  ])('flags %s', (_label, text) => {
    expect(finding(text, 'en')).toBe('source-script');
    expect(finding(text, 'ru')).toBe('source-script');
  });

  it('lets one Arabic word quoted in a sentence pass: a slogan as it was said', () => {
    expect(finding('Putin called the Taliban an “ally” (الحليف) in the war on terror.', 'en')).toBeUndefined();
    expect(finding('Путин назвал талибов «союзником» (الحليف) в войне с терроризмом.', 'ru')).toBeUndefined();
  });

  it('lets names in Latin script pass in en and in ru', () => {
    expect(finding('Bloomberg', 'en')).toBeUndefined();
    expect(finding('Bloomberg', 'ru')).toBeUndefined();
  });

  it('flags an English sentence left in a Russian translation', () => {
    expect(finding(TITLE.en, 'ru', TITLE.ar)).toBe('missing-script');
  });
});

describe('Persian expected (fa)', () => {
  it('flags Latin-only text', () => {
    expect(finding('Bloomberg', 'fa', 'بلومبرغ')).toBe('missing-script');
    expect(finding(TITLE.en, 'fa', TITLE.ar)).toBe('missing-script');
  });

  it('flags a whole Latin sentence inside Persian text, not a Latin name', () => {
    expect(finding(CROCUS.fa, 'fa', CROCUS.ar)).toBeUndefined();
    expect(finding(`${BLOOMBERG.fa} ${HERBST.en}`, 'fa', BLOOMBERG.ar)).toBe('missing-script');
  });

  it('flags Arabic that is not the source segment by its letters: ي ك ة and no پ چ ژ گ ک ی', () => {
    // The source's next sentence pasted into the wrong segment.
    expect(finding(HERBST.ar, 'fa', BLOOMBERG.ar)).toBe('missing-script');
    expect(finding('مركز أوراسيا', 'fa', 'بلومبرغ')).toBe('missing-script');
    expect(finding(BLOOMBERG.fa, 'fa', BLOOMBERG.ar)).toBeUndefined();
  });

  it('does not take Persian without a Persian-only letter for Arabic', () => {
    expect(finding('داعش', 'fa', 'تنظيم داعش')).toBeUndefined();
    expect(finding('وزارت امور خارجه افغانستان', 'fa', 'وزارة الخارجية الأفغانية')).toBeUndefined();
    expect(finding('مركز أوراسيا', 'fa', 'مركز أوراسيا')).toBe('untranslated');
  });
});

import { makeSlug, SLUG_MAX_LENGTH, withCollisionSuffix } from '../slug';

const REFERENCE_TITLE = 'روسيا وطالبان.. تقاطع المصالح في وجه داعش وسط ملامح تقارب حذر';

describe('makeSlug, native script', () => {
  it('keeps Arabic script and joins words with hyphens', () => {
    expect(makeSlug(REFERENCE_TITLE)).toBe('روسيا-وطالبان-تقاطع-المصالح-في-وجه-داعش-وسط-ملامح-تقارب-حذر');
  });

  it('drops tashkeel, tatweel and Arabic and Latin punctuation', () => {
    expect(makeSlug('«تُمثل» تحولاً، استراتيجياً؛ لماذا؟ بـ"الحليف"')).toBe('تمثل-تحولا-استراتيجيا-لماذا-بالحليف');
    expect(makeSlug("Russia's \"new\" policy: (2024)!")).toBe('russias-new-policy-2024');
  });

  it('writes digits in Latin form', () => {
    expect(makeSlug('هجوم مارس ٢٠٢٤')).toBe('هجوم-مارس-2024');
  });

  it('cannot be steered by bidi-override or zero-width characters', () => {
    expect(makeSlug('\u202Eروسيا\u200F \u2066طالبان\u2069')).toBe('روسيا-طالبان');
  });

  it('keeps Persian and Cyrillic letters in their script', () => {
    expect(makeSlug('گفت‌وگو با طالبان')).toBe('گفتوگو-با-طالبان');
    expect(makeSlug('Россия и талибы')).toBe('россия-и-талибы');
  });

  it('is at most 80 characters, cut at a word boundary', () => {
    const long = `${REFERENCE_TITLE} ${REFERENCE_TITLE}`;
    const whole = makeSlug(long, 'native', 1000);
    const slug = makeSlug(long);
    expect(whole.length).toBeGreaterThan(SLUG_MAX_LENGTH);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(whole.startsWith(slug)).toBe(true);
    expect(whole[slug.length]).toBe('-');
    expect(whole.indexOf('-', slug.length + 1)).toBeGreaterThan(SLUG_MAX_LENGTH);
  });

  it('hard-cuts a single word longer than the limit', () => {
    expect(makeSlug('a'.repeat(120))).toBe('a'.repeat(80));
  });

  it('returns an empty slug when nothing is left', () => {
    expect(makeSlug('« ؟ »')).toBe('');
  });
});

describe('makeSlug, Latin transliteration', () => {
  it('transliterates Arabic with slugify', () => {
    expect(makeSlug(REFERENCE_TITLE, 'latin')).toBe('rwsya-wtalban-tqata-almsalh-fy-wjh-daash-wst-mlamh-tqarb-hthr');
  });

  it('does not let tashkeel leak into the transliteration', () => {
    expect(makeSlug('تُمثل تحولاً', 'latin')).toBe(makeSlug('تمثل تحولا', 'latin'));
  });
});

describe('withCollisionSuffix', () => {
  it('numbers collisions from 2', () => {
    expect(withCollisionSuffix('روسيا', 1)).toBe('روسيا');
    expect(withCollisionSuffix('روسيا', 2)).toBe('روسيا-2');
    expect(withCollisionSuffix('روسيا', 3)).toBe('روسيا-3');
  });

  it('stays within the limit by cutting the base at a word boundary', () => {
    const base = makeSlug(`${REFERENCE_TITLE} ${REFERENCE_TITLE}`);
    const numbered = withCollisionSuffix(base, 12);
    expect(numbered.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(numbered.endsWith('-12')).toBe(true);
    expect(numbered.includes('--')).toBe(false);
  });
});

describe('makeSlug of compatibility forms', () => {
  it('makes the slug of Arabic presentation forms from the ordinary letters', () => {
    expect(makeSlug('ﺭﻭﺳﻴﺎ')).toBe('روسيا');
  });
});

import type { Block } from '../blocks';
import { heading, paragraph } from '../blocks';
import { translationWarnings, type ArticleText } from '../translation-warnings';

const list = (...items: string[]): Block => ({
  type: 'list',
  format: 'unordered',
  children: items.map((text) => ({ type: 'list-item', children: [{ type: 'text', text }] })),
});
const image = { type: 'image', image: { url: '/a.jpg' }, children: [{ type: 'text', text: '' }] } as unknown as Block;

const SOURCE: ArticleText = {
  title: 'روسيا وطالبان.. تقاطع المصالح في وجه داعش وسط ملامح تقارب حذر',
  body: [
    heading('تحول استراتيجي ضد خطر مشترك'),
    paragraph('قرار موسكو، الذي اعتبره محللون غير مفاجئ، يحمل دلالات أمنية بحتة.'),
    image,
    list('الطاقة', 'الزراعة'),
    paragraph('أما طالبان، فتسعى لاستثمار هذه العلاقة لتخفيف عزلتها الدولية.'),
  ],
  quotes: [{ text: 'الحليف' }],
};

const options = { locale: 'en', sourceLocale: 'ar', missingEntities: [] };

describe('translationWarnings', () => {
  it('says nothing of a full translation, an image without text, or a trailing empty paragraph the source lacks', () => {
    const draft: ArticleText = {
      title: 'Russia and the Taliban: interests meet against ISIS',
      body: [
        heading('A strategic shift against a common threat'),
        paragraph('Moscow’s decision, which analysts did not find surprising, is about security alone.'),
        image,
        list('energy', 'agriculture'),
        paragraph('The Taliban seek to use the relationship to ease their international isolation.'),
        paragraph(''),
      ],
      quotes: [{ text: 'ally' }],
    };
    expect(translationWarnings(draft, SOURCE, options)).toEqual([]);
  });

  it('counts the empty blocks and list items in one warning, numbered from one', () => {
    const draft: ArticleText = {
      title: 'Russia and the Taliban',
      body: [heading(''), paragraph('Moscow’s decision is about security alone.'), image, list('energy', ''), paragraph('')],
      quotes: [{ text: 'ally' }],
    };
    expect(translationWarnings(draft, SOURCE, options)).toEqual([
      { code: 'translation-empty-block', field: 'body', message: 'Body blocks 1, 4, 5 left empty: the source has text there.' },
    ]);
  });

  it('says once that the body is the source’s, listing the blocks', () => {
    const draft: ArticleText = { title: 'Russia and the Taliban', body: SOURCE.body, quotes: [{ text: 'ally' }] };
    expect(translationWarnings(draft, SOURCE, options)).toEqual([
      { code: 'translation-source-script', field: 'body', message: 'Body blocks 1, 2, 4, 5: the source’s text, not translated.' },
    ]);
    const mixed = { ...draft, body: [heading('A strategic shift'), paragraph('Moscow’s decision, الذي اعتبره محللون غير مفاجئ.'), ...SOURCE.body!.slice(2)] };
    expect(translationWarnings(mixed, SOURCE, options)).toEqual([
      { code: 'translation-source-script', field: 'body', message: 'Body blocks 2, 4, 5: still in the script of the ar source.' },
    ]);
  });

  it('lists every tag and expert with no name in the locale', () => {
    const missingEntities = [
      { kind: 'tag' as const, documentId: 't1', name: 'بلومبرغ' },
      { kind: 'expert' as const, documentId: 'e1', name: 'جون هيربست' },
    ];
    const [warning] = translationWarnings({ title: 'Russia' }, SOURCE, { ...options, missingEntities });
    expect(warning).toMatchObject({ code: 'entities-missing', field: 'tags' });
    expect(warning.message).toContain('tag "بلومبرغ", expert "جون هيربست"');
  });
});

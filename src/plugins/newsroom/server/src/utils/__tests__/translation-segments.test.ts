import type { Block } from '../blocks';
import { applySegments, pairSegments, segmentTexts, writableKeys, type SegmentContent } from '../translation-segments';

const text = (value: string, marks: Record<string, boolean> = {}) => ({ type: 'text' as const, text: value, ...marks });
const blocks = (list: unknown[]) => list as Block[];

const source: SegmentContent = {
  title: 'روسيا وطالبان',
  standfirst: 'مقدمة',
  byline: '',
  body: blocks([
    { type: 'heading', level: 2, children: [text('تحول')] },
    { type: 'paragraph', children: [text('قال '), { type: 'link', url: 'https://example.org', children: [text('بوتين')] }] },
    {
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [text('أولا')] },
        { type: 'list', format: 'ordered', indentLevel: 1, children: [{ type: 'list-item', children: [text('ثانيا')] }] },
      ],
    },
    { type: 'image', image: { id: 1 }, children: [text('')] },
  ]),
  quotes: [{ text: 'نص الاقتباس', kind: 'direct', expert: { documentId: 'e1', name: 'جون هربست' } }],
  keyFigures: [{ value: 137, qualifier: 'more_than', unit: 'شخص', label: 'ضحايا', period: '' }],
  sources: [{ name: 'بلومبرغ', url: 'https://bloomberg.com' }],
};

const translation: SegmentContent = {
  title: 'Russia and the Taliban',
  body: blocks([
    { type: 'heading', level: 2, children: [text('A shift', { bold: true })] },
    { type: 'paragraph', children: [text('Said '), { type: 'link', url: 'https://example.org', children: [text('Putin')] }] },
    {
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [text('')] },
        { type: 'list', format: 'ordered', indentLevel: 1, children: [{ type: 'list-item', children: [text('Second')] }] },
      ],
    },
    { type: 'image', image: { id: 1 }, children: [text('')] },
    { type: 'paragraph', children: [text('Only in the translation')] },
  ]),
  quotes: [{ text: '', kind: 'direct', expert: { documentId: 'e1' } }],
  keyFigures: [{ value: 137, qualifier: 'more_than', unit: 'people', label: '', period: null }],
  sources: [{ name: 'Bloomberg', url: 'https://bloomberg.com' }],
};

describe('translation segments', () => {
  it('lists every translatable text with its key, kind and limit, skipping images and empty optional lines', () => {
    expect(segmentTexts(source).map((segment) => [segment.key, segment.kind, segment.text])).toEqual([
      ['title', 'line', 'روسيا وطالبان'],
      ['standfirst', 'text', 'مقدمة'],
      ['body.0', 'heading', 'تحول'],
      ['body.1', 'paragraph', 'قال بوتين'],
      ['body.2.0', 'list-item', 'أولا'],
      ['body.2.1', 'list-item', 'ثانيا'],
      ['quotes.0.text', 'quote', 'نص الاقتباس'],
      ['keyFigures.0.unit', 'line', 'شخص'],
      ['keyFigures.0.label', 'line', 'ضحايا'],
      ['sources.0.name', 'line', 'بلومبرغ'],
    ]);
    expect(segmentTexts(source).find((segment) => segment.key === 'body.0')?.level).toBe(2);
  });

  it('pairs each source segment with the translation at its place, with the context a translator needs', () => {
    const pairs = pairSegments(source, translation, { expertNames: new Map([['e1', 'John Herbst']]) });
    const byKey = new Map(pairs.map((segment) => [segment.key, segment]));
    expect(byKey.get('title')).toMatchObject({ source: 'روسيا وطالبان', translation: 'Russia and the Taliban', rich: false, maxLength: 200 });
    expect(byKey.get('standfirst')?.translation).toBe('');
    expect(byKey.get('body.1')).toMatchObject({ source: 'قال بوتين', translation: 'Said Putin', rich: true });
    expect(byKey.get('body.0')).toMatchObject({ rich: false, level: 2 });
    expect(byKey.get('quotes.0.text')).toMatchObject({ context: 'John Herbst', translation: '' });
    expect(byKey.get('keyFigures.0.unit')).toMatchObject({ context: '>137', translation: 'people' });
    // What only the translation has is shown too, with no source.
    expect(pairs[pairs.length - 1]).toMatchObject({ key: 'body.4', source: '', translation: 'Only in the translation' });
  });

  it('answers a missing translation with empty texts, and names the expert in the source locale when it has no other', () => {
    const pairs = pairSegments(source, null);
    expect(pairs.every((segment) => segment.translation === '')).toBe(true);
    expect(pairs.find((segment) => segment.key === 'quotes.0.text')?.context).toBe('جون هربست');
  });

  it('writes text back keeping the structure: marks of a single run, links, list nesting, components', () => {
    const write = applySegments(translation, [
      { key: 'body.0', text: 'A turn' },
      { key: 'body.2.0', text: 'First' },
      { key: 'quotes.0.text', text: 'The quote' },
      { key: 'keyFigures.0.label', text: 'victims' },
      { key: 'sources.0.name', text: 'Bloomberg News' },
      { key: 'standfirst', text: 'Intro' },
    ]);
    expect(write.scalars).toEqual({ standfirst: 'Intro' });
    expect(write.body?.[0]).toEqual({ type: 'heading', level: 2, children: [text('A turn', { bold: true })] });
    expect(write.body?.[2]).toEqual({
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [text('First')] },
        { type: 'list', format: 'ordered', indentLevel: 1, children: [{ type: 'list-item', children: [text('Second')] }] },
      ],
    });
    // Untouched blocks are the very same objects.
    expect(write.body?.[1]).toBe((translation.body as unknown[])[1]);
    expect(write.quotes).toEqual([{ text: 'The quote', kind: 'direct', expert: { documentId: 'e1' } }]);
    expect(write.keyFigures).toEqual([{ value: 137, qualifier: 'more_than', unit: 'people', label: 'victims', period: null }]);
    expect(write.sources).toEqual([{ name: 'Bloomberg News', url: 'https://bloomberg.com' }]);
  });

  it('flattens a block of several runs only when its text changed, and keeps a lone run inside a link', () => {
    expect(applySegments(translation, [{ key: 'body.1', text: 'Said Putin' }])).toEqual({ scalars: {} });
    expect(applySegments(translation, [{ key: 'body.1', text: 'Putin said' }]).body?.[1]).toEqual({
      type: 'paragraph',
      children: [text('Putin said')],
    });
    const linkOnly: SegmentContent = {
      body: blocks([{ type: 'paragraph', children: [text(''), { type: 'link', url: 'https://a.example', children: [text('x')] }, text('')] }]),
    };
    expect(applySegments(linkOnly, [{ key: 'body.0', text: 'y' }]).body?.[0]).toEqual({
      type: 'paragraph',
      children: [{ type: 'link', url: 'https://a.example', children: [text('y')] }],
    });
  });

  it('knows which keys a translation can take, with their limits', () => {
    const keys = writableKeys(translation);
    expect(keys.get('byline')).toBe(200);
    expect(keys.get('body.2.1')).toBe(20000);
    expect(keys.get('keyFigures.0.period')).toBe(100);
    expect(keys.has('body.3')).toBe(false);
    expect(keys.has('quotes.1.text')).toBe(false);
  });
});

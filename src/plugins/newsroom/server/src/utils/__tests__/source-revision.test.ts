import { paragraph, heading } from '../blocks';
import { sourceRevision, type TranslatableContent } from '../source-revision';

const source: TranslatableContent = {
  title: 'روسيا وطالبان',
  standfirst: 'مقدمة',
  byline: 'المحرر',
  body: [heading('خلفية'), paragraph('نص الفقرة')],
  quotes: [{ text: 'قول', kind: 'direct' }],
  keyFigures: [{ value: 137, qualifier: 'more_than', unit: 'قتيلًا', label: 'ضحايا الهجوم', period: '2024' }],
  sources: [{ name: 'رويترز', url: 'https://www.reuters.com/' }],
};

describe('sourceRevision', () => {
  it('is stable, short and hexadecimal', () => {
    expect(sourceRevision(source)).toBe(sourceRevision({ ...source }));
    expect(sourceRevision(source)).toMatch(/^[0-9a-f]{32}$/);
  });

  it.each<[string, TranslatableContent]>([
    ['the title', { ...source, title: 'روسيا وطالبان والصين' }],
    ['the standfirst', { ...source, standfirst: 'مقدمة أخرى' }],
    ['a paragraph', { ...source, body: [heading('خلفية'), paragraph('نص آخر')] }],
    ['a heading', { ...source, body: [heading('سياق'), paragraph('نص الفقرة')] }],
    ['the order of the body', { ...source, body: [paragraph('نص الفقرة'), heading('خلفية')] }],
    ['a quote', { ...source, quotes: [{ text: 'قول آخر', kind: 'direct' }] }],
    ['a quote turned paraphrase', { ...source, quotes: [{ text: 'قول', kind: 'paraphrase' }] }],
    ['a key figure', { ...source, keyFigures: [{ ...source.keyFigures![0], value: 140 }] }],
    ['a source', { ...source, sources: [{ name: 'رويترز', url: 'https://www.reuters.com/world/' }] }],
    ['the byline', { ...source, byline: 'كاتب آخر' }],
    ['a correction', { ...source, corrections: [{ kind: 'correction', text: 'صُحّح الرقم' }] }],
  ])('changes with %s', (_, changed) => {
    expect(sourceRevision(changed)).not.toBe(sourceRevision(source));
  });

  it('ignores what is not carried over: composition (NFC), surrounding spaces and absent lists', () => {
    expect(sourceRevision({ ...source, title: ' روسيا وطالبان ' })).toBe(sourceRevision(source));
    expect(sourceRevision({ ...source, title: 'e\u0301' })).toBe(sourceRevision({ ...source, title: '\u00e9' }));
    expect(sourceRevision({ title: 'x', quotes: null, sources: undefined })).toBe(sourceRevision({ title: 'x', quotes: [], sources: [] }));
    expect(sourceRevision({ ...source, corrections: [] })).toBe(sourceRevision(source));
  });
});

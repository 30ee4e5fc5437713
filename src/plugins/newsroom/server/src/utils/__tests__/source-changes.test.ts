import { counterparts, sourceChanges, wordParts } from '../source-changes';
import { segmentTexts, type SegmentContent } from '../translation-segments';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const article = (body: string[], title = 'العنوان'): SegmentContent => ({
  title,
  body: body.map(paragraph) as SegmentContent['body'],
});

describe('what changed in a source', () => {
  const before = segmentTexts(article(['الفقرة الأولى', 'الفقرة الثانية', 'الفقرة الثالثة']));

  it('sees a paragraph inserted in the middle as one addition, not a change of every later block', () => {
    const after = segmentTexts(article(['الفقرة الأولى', 'فقرة جديدة', 'الفقرة الثانية', 'الفقرة الثالثة']));
    expect(sourceChanges(before, after, 'ar')).toEqual([
      { kind: 'added', key: 'body.1', before: '', after: 'فقرة جديدة', parts: [{ value: 'فقرة جديدة', added: true }] },
    ]);
    expect(counterparts(before, after)).toEqual(
      new Map([
        ['title', 'title'],
        ['body.0', 'body.0'],
        ['body.2', 'body.1'],
        ['body.3', 'body.2'],
      ]),
    );
  });

  it('diffs a changed Arabic paragraph word by word, and names removed ones', () => {
    const after = segmentTexts(article(['الفقرة الأولى المعدلة', 'الفقرة الثالثة'], 'عنوان جديد'));
    const changes = sourceChanges(before, after, 'ar');
    expect(changes.map((entry) => [entry.kind, entry.key])).toEqual([
      ['changed', 'title'],
      ['changed', 'body.0'],
      ['removed', null],
    ]);
    expect(changes[1].parts).toEqual([{ value: 'الفقرة الأولى ' }, { value: 'المعدلة', added: true }]);
    expect(changes[2]).toMatchObject({ before: 'الفقرة الثانية', after: '' });
    expect(counterparts(before, after).get('body.0')).toBe('body.0');
  });

  it('splits Persian into whole words', () => {
    const parts = wordParts('روسیه و طالبان در برابر داعش', 'روسیه و طالبان علیه داعش', 'fa');
    expect(parts.filter((part) => part.removed).map((part) => part.value.trim())).toEqual(['در برابر']);
    expect(parts.filter((part) => part.added).map((part) => part.value.trim())).toEqual(['علیه']);
  });

  it('finds nothing when nothing changed', () => {
    expect(sourceChanges(before, before)).toEqual([]);
  });
});

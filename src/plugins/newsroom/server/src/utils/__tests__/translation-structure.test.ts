import type { Block } from '../blocks';
import { emptyText, rebuildStructure } from '../translation-structure';
import type { SegmentContent } from '../translation-segments';

const text = (value: string, marks: Record<string, boolean> = {}) => ({ type: 'text', text: value, ...marks });
const paragraph = (value: string) => ({ type: 'paragraph', children: [text(value)] });
const blocks = (list: unknown[]) => list as Block[];

describe('rebuilding a translation to its source’s structure', () => {
  const source: SegmentContent = {
    body: blocks([
      paragraph('الأولى'),
      paragraph('جديدة'),
      { type: 'heading', level: 2, children: [text('قسم')] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('بند')] }] },
    ]),
    quotes: [{ text: 'اقتباس', kind: 'paraphrase', expert: { documentId: 'e1' } }],
    keyFigures: [{ value: 3, qualifier: 'about', unit: 'سنة', label: 'مدة', period: '' }],
    sources: [
      { name: 'بلومبرغ', url: 'https://bloomberg.com' },
      { name: 'رويترز', url: null },
    ],
  };
  const translation: SegmentContent = {
    body: blocks([
      { type: 'paragraph', children: [text('The first', { italic: true })] },
      { type: 'heading', level: 2, children: [text('Section')] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('Item')] }] },
    ]),
    quotes: [{ text: 'Quote', kind: 'direct', expert: null }],
    keyFigures: [{ value: 3, qualifier: 'about', unit: 'years', label: 'Length', period: null }],
    sources: [{ name: 'Bloomberg', url: 'https://bloomberg.com' }],
  };
  // The source inserted a paragraph at 1: the translation's body.1 and body.2 now stand for body.2 and body.3.
  const counterparts = new Map([
    ['body.0', 'body.0'],
    ['body.2', 'body.1'],
    ['body.3.0', 'body.2.0'],
    ['quotes.0.text', 'quotes.0.text'],
    ['keyFigures.0.unit', 'keyFigures.0.unit'],
    ['keyFigures.0.label', 'keyFigures.0.label'],
    ['sources.0.name', 'sources.0.name'],
  ]);
  const rebuilt = rebuildStructure(source, translation, (key) => counterparts.get(key));

  it('takes the source’s blocks and keeps each translated block’s own runs where it has a counterpart', () => {
    expect(rebuilt.body).toEqual([
      { type: 'paragraph', children: [text('The first', { italic: true })] },
      { type: 'paragraph', children: [text('')] },
      { type: 'heading', level: 2, children: [text('Section')] },
      { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [text('Item')] }] },
    ]);
  });

  it('takes the components’ structure from the source and their words from the translation', () => {
    expect(rebuilt.quotes).toEqual([{ text: 'Quote', kind: 'paraphrase', expert: { documentId: 'e1' } }]);
    expect(rebuilt.keyFigures).toEqual([{ value: 3, qualifier: 'about', unit: 'years', label: 'Length', period: '' }]);
    expect(rebuilt.sources).toEqual([
      { name: 'Bloomberg', url: 'https://bloomberg.com' },
      { name: 'رويترز', url: null },
    ]);
  });

  it('empties every text of a block tree and keeps its shape', () => {
    expect(
      emptyText({ type: 'paragraph', children: [text('a', { bold: true }), { type: 'link', url: 'u', children: [text('b')] }] }),
    ).toEqual({
      type: 'paragraph',
      children: [text('', { bold: true }), { type: 'link', url: 'u', children: [text('')] }],
    });
  });
});

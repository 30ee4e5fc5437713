import { segmentSections } from '../sections';
import type { Segment } from '../types';

const segment = (key: string, group: Segment['group'], extra: Partial<Segment> = {}): Segment => ({
  key,
  group,
  kind: 'text',
  source: `source ${key}`,
  translation: '',
  rich: false,
  ...extra,
});

describe('segmentSections', () => {
  it('lays the segments out in reading order, one item per block, quote, figure or source', () => {
    const sections = segmentSections([
      segment('sources.0.name', 'sources'),
      segment('body.1.0', 'body', { kind: 'list-item' }),
      segment('quotes.0.text', 'quotes', { kind: 'quote', context: 'سيرغي لافروف' }),
      segment('title', 'title', { kind: 'line' }),
      segment('body.0', 'body', { kind: 'heading', level: 2 }),
      segment('body.1.1', 'body', { kind: 'list-item' }),
      segment('keyFigures.0.unit', 'keyFigures', { context: '45' }),
      segment('keyFigures.0.label', 'keyFigures', { context: '45' }),
      segment('standfirst', 'standfirst'),
    ]);
    expect(sections.map((section) => section.group)).toEqual(['title', 'standfirst', 'body', 'quotes', 'keyFigures', 'sources']);
    const body = sections.find((section) => section.group === 'body');
    expect(body?.items.map((item) => ({ id: item.id, index: item.index, keys: item.segments.map((s) => s.key) }))).toEqual([
      { id: 'body.1', index: 1, keys: ['body.1.0', 'body.1.1'] },
      { id: 'body.0', index: 0, keys: ['body.0'] },
    ]);
    expect(sections[0].items).toEqual([{ id: 'title', index: null, context: undefined, segments: [expect.objectContaining({ key: 'title' })] }]);
    const quotes = sections.find((section) => section.group === 'quotes');
    expect(quotes?.items[0]).toMatchObject({ id: 'quotes.0', index: 0, context: 'سيرغي لافروف' });
    const figures = sections.find((section) => section.group === 'keyFigures');
    expect(figures?.items).toHaveLength(1);
    expect(figures?.items[0]).toMatchObject({ id: 'keyFigures.0', context: '45' });
  });

  it('leaves out the groups that have no segment', () => {
    expect(segmentSections([])).toEqual([]);
    expect(segmentSections([segment('leadImageAlt', 'leadImage')]).map((section) => section.group)).toEqual(['leadImage']);
  });
});

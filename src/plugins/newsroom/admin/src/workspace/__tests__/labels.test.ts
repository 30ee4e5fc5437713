import { itemLabel, segmentLabel } from '../labels';
import type { Segment } from '../types';

const segment = (key: string, extra: Partial<Segment>): Segment => ({
  key,
  group: 'body',
  kind: 'paragraph',
  source: '',
  translation: '',
  rich: false,
  ...extra,
});

describe('labels', () => {
  it('counts items from one and carries their context', () => {
    expect(itemLabel('quotes', { id: 'quotes.1', index: 1, context: 'Lavrov', segments: [] })).toEqual({
      key: 'translate.item.quote',
      values: { n: 2, context: 'Lavrov' },
    });
    expect(itemLabel('title', { id: 'title', index: null, segments: [] })).toBeNull();
  });

  it('names what each segment is', () => {
    expect(segmentLabel(segment('body.0', { kind: 'heading', level: 3 }))).toEqual({ key: 'translate.kind.heading', values: { level: 3 } });
    expect(segmentLabel(segment('body.4.2', { kind: 'list-item' }))).toEqual({ key: 'translate.kind.listItem', values: { n: 3 } });
    expect(segmentLabel(segment('keyFigures.0.unit', { group: 'keyFigures', kind: 'line' }))).toEqual({ key: 'translate.part.unit' });
    expect(segmentLabel(segment('leadImageAlt', { group: 'leadImage', kind: 'line' }))).toEqual({ key: 'translate.part.alt' });
    expect(segmentLabel(segment('title', { group: 'title', kind: 'line' }))).toBeNull();
  });
});

import { diffRuns, placeChanges } from '../changes';
import { stateBadges } from '../states';

describe('placeChanges', () => {
  it('puts each change beside its segment and lists the removed ones apart', () => {
    const changed = { kind: 'changed' as const, key: 'body.2', before: 'a b', after: 'a c', parts: [] };
    const removed = { kind: 'removed' as const, key: null, before: 'gone', after: '', parts: [] };
    const placed = placeChanges({ recorded: true, since: null, entries: [changed, removed] });
    expect(placed.byKey.get('body.2')).toBe(changed);
    expect(placed.removed).toEqual([removed]);
    expect(placeChanges(null)).toEqual({ byKey: new Map(), removed: [] });
  });

  it('turns jsdiff parts into runs marked added, removed or the same', () => {
    expect(diffRuns([{ value: 'قال ' }, { value: 'لافروف', removed: true }, { value: 'بوتين', added: true }, { value: '' }])).toEqual([
      { kind: 'same', text: 'قال ' },
      { kind: 'removed', text: 'لافروف' },
      { kind: 'added', text: 'بوتين' },
    ]);
  });
});

describe('stateBadges', () => {
  it('says whether an outdated translation is live', () => {
    expect(stateBadges({ status: 'outdated', published: true })).toEqual(['outdated', 'published']);
    expect(stateBadges({ status: 'outdated', published: false })).toEqual(['outdated', 'draft']);
  });

  it('gives one badge otherwise, and modified for unpublished edits of a live text', () => {
    expect(stateBadges({ status: 'missing', published: false })).toEqual(['missing']);
    expect(stateBadges({ status: 'source', published: true })).toEqual(['source']);
    expect(stateBadges({ status: 'draft', published: false })).toEqual(['draft']);
    expect(stateBadges({ status: 'published', published: true, modified: true })).toEqual(['published', 'modified']);
  });
});

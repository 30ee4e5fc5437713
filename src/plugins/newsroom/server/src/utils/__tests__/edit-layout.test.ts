import { withFullWidthRow } from '../edit-layout';

describe('withFullWidthRow', () => {
  it('puts the field alone on a full-width row where its row was, the rest of that row after it', () => {
    const edit = [
      [{ name: 'leadImage', size: 6 }],
      [
        { name: 'title', size: 6 },
        { name: 'slug', size: 6 },
      ],
      [{ name: 'body', size: 12 }],
    ];
    expect(withFullWidthRow(edit, 'title')).toEqual([
      [{ name: 'leadImage', size: 6 }],
      [{ name: 'title', size: 12 }],
      [{ name: 'slug', size: 6 }],
      [{ name: 'body', size: 12 }],
    ]);
  });

  it('widens a field alone on its row, and leaves a full-width one and a layout without it as they are', () => {
    expect(withFullWidthRow([[{ name: 'title', size: 8 }]], 'title')).toEqual([[{ name: 'title', size: 12 }]]);
    const full = [[{ name: 'title', size: 12 }], [{ name: 'slug', size: 6 }]];
    expect(withFullWidthRow(full, 'title')).toBe(full);
    const without = [[{ name: 'slug', size: 6 }]];
    expect(withFullWidthRow(without, 'title')).toBe(without);
  });
});

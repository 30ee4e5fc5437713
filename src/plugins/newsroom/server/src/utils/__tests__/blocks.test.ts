import { blocksToPlainText, blockTexts, heading, paragraph, type Block } from '../blocks';

describe('blocks text', () => {
  it('reads paragraphs and headings in order, joining inline nodes and links', () => {
    const blocks: Block[] = [
      heading('تحول استراتيجي'),
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'قال ' },
          {
            type: 'link',
            url: 'https://example.org',
            rel: 'noopener',
            target: '_blank',
            children: [{ type: 'text', text: 'بوتين', bold: true }],
          },
          { type: 'text', text: ' اليوم' },
        ],
      },
    ];
    expect(blockTexts(blocks)).toEqual(['تحول استراتيجي', 'قال بوتين اليوم']);
  });

  it('puts each list item on its own line', () => {
    const list: Block = {
      type: 'list',
      format: 'unordered',
      children: [
        { type: 'list-item', children: [{ type: 'text', text: 'روسيا' }] },
        { type: 'list-item', children: [{ type: 'text', text: 'طالبان' }] },
      ],
    };
    expect(blocksToPlainText([paragraph('أ'), list])).toBe('أ\nروسيا\nطالبان');
  });

  it('builds heading blocks of level 2 by default', () => {
    expect(heading('x')).toEqual({ type: 'heading', level: 2, children: [{ type: 'text', text: 'x' }] });
  });
});

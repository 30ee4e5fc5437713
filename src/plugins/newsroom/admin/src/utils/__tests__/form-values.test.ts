import { draftText, relationChanges, toEditorialCheck } from '../form-values';

describe('toEditorialCheck', () => {
  it('reads the documentIds of relation changes, whether new (apiData) or stored', () => {
    expect(
      relationChanges({
        connect: [{ id: 4, apiData: { id: 4, documentId: 'tag-new', locale: 'ar' } }],
        disconnect: [{ id: 2, documentId: 'tag-old' }, { id: 3 }],
      })
    ).toEqual({ connect: ['tag-new'], disconnect: ['tag-old'] });
    expect(relationChanges(undefined)).toEqual({ connect: [], disconnect: [] });
  });

  it('keeps the stored ids of quotes and leaves out the form’s own keys', () => {
    const check = toEditorialCheck(
      {
        title: 'عنوان',
        slug: '',
        standfirst: null,
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'نص' }] }],
        quotes: [
          { id: 7, __temp_key__: 'a0', text: 'قول', expert: { connect: [], disconnect: [] } },
          { __temp_key__: 'a1', text: 'جديد', expert: { connect: [{ id: 9, apiData: { documentId: 'exp' } }] } },
        ],
        tags: { connect: [], disconnect: [] },
        sources: [{ id: 3, __temp_key__: 'b0', name: 'بلومبرغ', url: 'https://www.bloomberg.com' }],
        keyFigures: [{ id: 5, value: 137, qualifier: 'exact', unit: '', label: 'قتيلاً', period: '' }],
        leadImage: { id: 31, url: '/uploads/crocus.jpg', alternativeText: null },
        leadImageCaption: 'قاعة كروكس',
        leadImageCredit: 'AFP',
        embargoUntil: '2026-12-03T06:00:00.000Z',
        wordCount: 12,
      },
      'doc-1'
    );
    expect(check).toEqual({
      documentId: 'doc-1',
      title: 'عنوان',
      slug: '',
      standfirst: null,
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'نص' }] }],
      quotes: [
        { id: 7, text: 'قول', expert: { connect: [], disconnect: [] } },
        { text: 'جديد', expert: { connect: ['exp'], disconnect: [] } },
      ],
      tags: { connect: [], disconnect: [] },
      leadImage: 31,
      leadImageCaption: 'قاعة كروكس',
      leadImageAlt: null,
      leadImageCredit: 'AFP',
      leadImageCopyrightHolder: null,
      sources: [{ name: 'بلومبرغ' }],
      keyFigures: [{ label: 'قتيلاً' }],
      embargoUntil: '2026-12-03T06:00:00.000Z',
    });
    expect(toEditorialCheck({}, undefined)).toEqual({
      title: '',
      slug: null,
      standfirst: null,
      body: [],
      quotes: [],
      tags: { connect: [], disconnect: [] },
      leadImage: null,
      leadImageCaption: null,
      leadImageAlt: null,
      leadImageCredit: null,
      leadImageCopyrightHolder: null,
      sources: [],
      keyFigures: [],
      embargoUntil: null,
    });
  });
});

describe('draftText', () => {
  it('joins title, standfirst, every block and every quote, one per line', () => {
    expect(
      draftText({
        title: 'روسيا وطالبان',
        standfirst: '',
        body: [
          { type: 'heading', level: 2, children: [{ type: 'text', text: 'خلفية' }] },
          { type: 'paragraph', children: [{ type: 'text', text: 'قال ' }, { type: 'link', url: '#', children: [{ type: 'text', text: 'لافروف' }] }] },
        ],
        quotes: [{ text: 'نص الاقتباس' }, { text: null }],
      })
    ).toBe('روسيا وطالبان\nخلفية\nقال لافروف\nنص الاقتباس');
  });
});

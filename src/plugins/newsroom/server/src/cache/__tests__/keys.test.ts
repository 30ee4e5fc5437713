import { cacheKey, documentIdsIn } from '../keys';

describe('cacheKey', () => {
  it('is the same whatever the order of the parameters', () => {
    expect(cacheKey('/api/newsroom/articles', 'locale=en&tag=russia&page=2')).toBe(
      cacheKey('/api/newsroom/articles', 'page=2&tag=russia&locale=en'),
    );
  });

  it('keeps the order of repeated values, and tells different queries and paths apart', () => {
    expect(cacheKey('/a', 'x=1&x=2')).not.toBe(cacheKey('/a', 'x=2&x=1'));
    expect(cacheKey('/a', 'x=1')).not.toBe(cacheKey('/a', 'x=2'));
    expect(cacheKey('/a', 'x=1')).not.toBe(cacheKey('/b', 'x=1'));
  });

  it('keeps a parameter without a value (null to Strapi) apart from an empty one, and arrays in their order', () => {
    expect(cacheKey('/a', 'filters[x][$eq]')).not.toBe(cacheKey('/a', 'filters[x][$eq]='));
    expect(cacheKey('/a', 'a=1&a[]=2')).not.toBe(cacheKey('/a', 'a[]=2&a=1'));
    expect(cacheKey('/a', 'b=1&a=1&a[]=2')).toBe(cacheKey('/a', 'a=1&b=1&a[]=2'));
  });

  it('spells a parameter one way however it was encoded, and a path without a query as the path', () => {
    expect(cacheKey('/a', 'q=%D9%85%D9%88%D8%B3%D9%83%D9%88')).toBe(cacheKey('/a', 'q=موسكو'));
    expect(cacheKey('/a', '')).toBe('/a');
  });
});

describe('documentIdsIn', () => {
  it('finds every documentId string, however deep', () => {
    const answer = {
      data: [
        { documentId: 'a1', tags: [{ documentId: 't1' }], quotes: [{ expert: { documentId: 'e1' } }] },
        { documentId: 'a2', tags: [], note: 'documentId' },
      ],
      meta: { documentId: 42 },
    };
    expect([...documentIdsIn(answer)].sort()).toEqual(['a1', 'a2', 'e1', 't1']);
  });

  it('finds nothing in strings and empty values', () => {
    expect(documentIdsIn('<rss/>').size).toBe(0);
    expect(documentIdsIn(null).size).toBe(0);
  });
});

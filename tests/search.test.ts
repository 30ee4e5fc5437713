import { createSearchIndexRepository } from '../src/plugins/newsroom/server/src/repositories/search-index';
import { postArticle } from './helpers/articles';
import { paragraphs } from './helpers/blocks';
import { REFERENCE_SLUG, REFERENCE_TITLE } from './helpers/reference';
import { createSecondArticle, SECOND_ARTICLE } from './helpers/second-article';
import { createApiToken, startStrapi, type TestApp } from './helpers/strapi';

interface Result {
  kind: 'article' | 'expert' | 'tag';
  title: string;
  slug: string;
  snippet: string;
  type?: string;
}

describe('search', () => {
  let app: TestApp;
  let token: string;

  const search = async (query: Record<string, string>) => {
    const response = await app.http().get('/api/newsroom/search').query(query);
    expect(response.status).toBe(200);
    return response.body as { data: Result[]; meta: { pagination: { total: number } } };
  };
  const titles = async (query: Record<string, string>) => (await search(query)).data.map((result) => result.title);

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
    await createSecondArticle(app, token);
  });

  afterAll(async () => {
    await app?.stop();
  });

  describe("the reference article's own words", () => {
    it.each([
      ['مُوجهة', 'as printed, with its damma'],
      ['موجهة', 'without diacritics'],
      ['موجهه', 'with ه for ة'],
      ['طالبان', 'inside وطالبان and بطالبان'],
      ['الروسية', 'with the article'],
      ['روسية', 'without the article, finding الروسية'],
      ['اعتراف رسمي', 'two words'],
      ['كروكس سيتي هول', 'a name in three words'],
      ['137', 'a number'],
      ['١٣٧', 'the number in Arabic-Indic digits'],
      ['براجماتية', 'a word of one heading'],
    ])('finds the reference article by %s (%s)', async (q) => {
      expect(await titles({ q, locale: 'ar', types: 'article' })).toContain(REFERENCE_TITLE);
    });

    it('does not find it by a word it does not hold', async () => {
      expect(await titles({ q: 'البرازيل', locale: 'ar' })).toEqual([]);
      expect(await titles({ q: 'طالبان البرازيل', locale: 'ar' })).toEqual([]);
    });

    it('finds words of the quotations', async () => {
      expect(await titles({ q: 'الحليف', locale: 'ar', types: 'article' })).toEqual([REFERENCE_TITLE]);
    });
  });

  it('answers a snippet as written, escaped, with the matching words marked', async () => {
    const [result] = (await search({ q: 'موجهة', locale: 'ar', types: 'article' })).data;
    expect(result.slug).toBe(REFERENCE_SLUG);
    expect(result.snippet).toContain('<mark>&#34;مُوجهة</mark>');
    expect(result.snippet).not.toMatch(/<(?!\/?mark>)/);
  });

  it('finds tags and experts by their names and aliases, with any alef', async () => {
    const results = (await search({ q: 'روسيا', locale: 'ar', types: 'tag' })).data;
    expect(results[0]).toMatchObject({ title: 'روسيا', kind: 'tag', type: 'country' });
    expect(await titles({ q: 'حركة طالبان', locale: 'ar', types: 'tag' })).toEqual(['طالبان']);
    expect(await titles({ q: 'افغانستان', locale: 'ar', types: 'tag' })).toEqual(
      expect.arrayContaining(['أفغانستان'])
    );
    expect(await titles({ q: 'هيربست', locale: 'ar', types: 'expert' })).toEqual(['جون هيربست']);
  });

  it('lets a Latin query find an Arabic entity through its English name', async () => {
    expect(await titles({ q: 'Taliban', locale: 'ar', types: 'tag' })).toEqual(['طالبان']);
    expect(await titles({ q: 'herbst', locale: 'ar', types: 'expert' })).toEqual(['جون هيربست']);
  });

  it('ranks an entry whose title holds the words above one whose text does', async () => {
    const results = await titles({ q: 'موسكو', locale: 'ar' });
    expect(results[0]).toBe('موسكو');
    expect(results).toEqual(expect.arrayContaining([REFERENCE_TITLE, SECOND_ARTICLE.ar.title]));
  });

  it('searches one locale at a time', async () => {
    expect(await titles({ q: 'Kabul', locale: 'en', types: 'article' })).toEqual([SECOND_ARTICLE.en.title]);
    expect(await titles({ q: 'partnership', locale: 'ar', types: 'article' })).toEqual([]);
  });

  it('paginates', async () => {
    const first = await search({ q: 'موسكو', locale: 'ar', pageSize: '1' });
    expect(first.data).toHaveLength(1);
    expect(first.meta.pagination.total).toBeGreaterThan(2);
    const second = await search({ q: 'موسكو', locale: 'ar', pageSize: '1', page: '2' });
    expect(second.data[0].title).not.toBe(first.data[0].title);
  });

  it('keeps the index in step with publish, edit, unpublish and delete; drafts are never found', async () => {
    const draft = await postArticle(app, token, { locale: 'ar' }, { title: 'مسودة عن الزلزال', body: paragraphs('نص عن الزلزال.') });
    expect(await titles({ q: 'الزلزال', locale: 'ar' })).toEqual([]);

    const documentId = draft.body.data.documentId as string;
    const publish = (data: Record<string, unknown>) =>
      app
        .http()
        .put(`/api/newsroom/articles/${documentId}`)
        .query({ locale: 'ar', status: 'published' })
        .set('Authorization', `Bearer ${token}`)
        .send({ data });
    expect((await publish({ title: 'تقرير عن الزلزال' })).status).toBe(200);
    expect(await titles({ q: 'زلزال', locale: 'ar' })).toEqual(['تقرير عن الزلزال']);

    expect((await publish({ title: 'تقرير عن الفيضان', body: paragraphs('نص عن الفيضان.') })).status).toBe(200);
    expect(await titles({ q: 'الزلزال', locale: 'ar' })).toEqual([]);
    expect(await titles({ q: 'الفيضان', locale: 'ar' })).toEqual(['تقرير عن الفيضان']);

    await app.strapi.documents('plugin::newsroom.article').unpublish({ documentId, locale: 'ar' });
    expect(await titles({ q: 'الفيضان', locale: 'ar' })).toEqual([]);

    await app.strapi.documents('plugin::newsroom.article').publish({ documentId, locale: 'ar' });
    expect(await titles({ q: 'الفيضان', locale: 'ar' })).toEqual(['تقرير عن الفيضان']);
    const deleted = await app.http().delete(`/api/newsroom/articles/${documentId}`).query({ locale: 'ar' }).set('Authorization', `Bearer ${token}`);
    expect(deleted.status).toBe(204);
    expect(await titles({ q: 'الفيضان', locale: 'ar' })).toEqual([]);
  });

  it('rebuilds the whole index from the content (npm run search:reindex)', async () => {
    const indexer = app.strapi.plugin('newsroom').service('searchIndexer');
    const before = await titles({ q: 'طالبان', locale: 'ar' });
    const documents = await indexer.rebuild();
    expect(documents).toBeGreaterThan(20);
    expect(await titles({ q: 'طالبان', locale: 'ar' })).toEqual(before);
  });

  it('repair, run at every start, re-indexes what was written behind the document service, and only that', async () => {
    const indexer = app.strapi.plugin('newsroom').service('searchIndexer');
    expect(await indexer.repair()).toBe(0);
    const [published] = await app.strapi.db
      .query('plugin::newsroom.article')
      .findMany({ where: { slug: SECOND_ARTICLE.en.slug, publishedAt: { $notNull: true } } });
    // As a restore would: the row's text and updatedAt change, no middleware runs.
    await app.strapi.db.connection('newsroom_articles').where({ id: published.id }).update({
      title: 'Moscow and Kabul: a restored headline about a hailstorm',
      updated_at: new Date(Date.now() + 60_000),
    });
    // And an entry of a document the restored database does not have.
    const entry = { title: 'hailstorm', text: '', titleTerms: 'hailstorm', textTerms: '', version: '' };
    await createSearchIndexRepository(app.strapi).put('tag', 'left-over', 'en', {
      kind: 'tag',
      documentId: 'left-over',
      locale: 'en',
      ...entry,
    });
    expect(await titles({ q: 'hailstorm', locale: 'en' })).toEqual(['hailstorm']);

    expect(await indexer.repair()).toBe(2);
    expect(await titles({ q: 'hailstorm', locale: 'en' })).toEqual(['Moscow and Kabul: a restored headline about a hailstorm']);
    expect(await indexer.repair()).toBe(0);
  });

  it.each([
    [{ locale: 'ar' }, 'q'],
    [{ q: '   ' }, 'q'],
    [{ q: 'x', types: 'article,video' }, 'types'],
    [{ q: 'x', locale: 'xx' }, 'locale'],
    [{ q: 'x', sort: 'date' }, 'sort'],
  ])('answers 400 naming the parameter for %j', async (query, field) => {
    const response = await app.http().get('/api/newsroom/search').query(query);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(field);
  });
});

import type { Knex } from 'knex';
import { postArticle } from './helpers/articles';
import { paragraphs } from './helpers/blocks';
import { REFERENCE_SLUG } from './helpers/reference';
import { createSecondArticle, SECOND_ARTICLE } from './helpers/second-article';
import { createApiToken, quiesce, startStrapi, type TestApp } from './helpers/strapi';
import { isPeriodicRead } from './helpers/queries';

interface Card {
  documentId: string;
  title: string;
  slug: string;
  locale: string;
  firstPublishedAt: string;
  tags: { name: string; slug: string; type: string }[];
  experts: { name: string }[];
  body?: unknown;
}

describe('the article list (cards)', () => {
  let app: TestApp;
  let token: string;

  const list = (query: Record<string, unknown> = {}) => app.http().get('/api/newsroom/articles').query(query);
  const titles = async (query: Record<string, unknown>) => {
    const response = await list(query);
    expect(response.status).toBe(200);
    return (response.body.data as Card[]).map((card) => card.title);
  };

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
    await createSecondArticle(app, token);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('answers cards: title, slug, standfirst, dates, reading time, tags with their types, experts; no body', async () => {
    const response = await list({ locale: 'ar', tag: 'طالبان' });
    expect(response.status).toBe(200);
    const [card] = response.body.data as Card[];
    expect(card).toMatchObject({ slug: REFERENCE_SLUG, locale: 'ar', readingTimeMinutes: 4, wordCount: 443 });
    expect(card.firstPublishedAt).toEqual(expect.any(String));
    expect(card).toHaveProperty('standfirst');
    expect(card).not.toHaveProperty('body');
    expect(card.tags).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'طالبان', type: 'organisation' })]),
    );
    expect(card.tags).toHaveLength(20);
    expect(card.experts.map((expert) => expert.name)).toContain('جون هيربست');
  });

  it('filters by tag slug, tag type and expert slug, within a locale', async () => {
    expect(await titles({ locale: 'ar', tag: 'طالبان' })).toHaveLength(1);
    expect(await titles({ locale: 'ar', tag: 'كابول' })).toHaveLength(2);
    expect(await titles({ locale: 'en', tag: 'kabul' })).toEqual([SECOND_ARTICLE.en.title]);
    expect(await titles({ locale: 'en', tag: 'taliban' })).toEqual([]);
    expect(await titles({ locale: 'ar', tagType: 'event' })).toHaveLength(2);
    expect(await titles({ locale: 'ar', expert: 'سيرجي-لافروف' })).toHaveLength(1);
    expect(await titles({ locale: 'ar', expert: 'جون-هيربست', tag: 'طالبان' })).toHaveLength(1);
    expect(await titles({ locale: 'ar', tag: 'no-such-tag' })).toEqual([]);
  });

  it('filters by a tag type with more tags than a query binds as values', async () => {
    // A type only one of the two Arabic articles carries: a filter that let any tag through would show both.
    const types = ['person', 'organisation', 'country', 'place', 'event', 'group', 'topic'];
    const found = await Promise.all(
      types.map(async (type) => ({ type, titles: await titles({ locale: 'ar', tagType: type, pageSize: 49 }) })),
    );
    const { type, titles: before } = found.find((entry) => entry.titles.length === 1) ?? { type: '', titles: [] };
    expect(before).toHaveLength(1);
    const knex = app.strapi.db.connection as Knex;
    const table = app.strapi.db.metadata.get('plugin::newsroom.entity-tag').tableName;
    const now = new Date();
    const rows = Array.from({ length: 1001 }, (_, i) => ({
      document_id: `bulktag${i}`,
      name: `وسم ${i}`,
      slug: `bulk-tag-${i}`,
      type,
      locale: 'ar',
      created_at: now,
      updated_at: now,
      published_at: now,
    }));
    await knex.batchInsert(table, rows, 100);
    try {
      expect(await titles({ locale: 'ar', tagType: type, pageSize: 50 })).toEqual(before);
    } finally {
      await knex(table).where('document_id', 'like', 'bulktag%').delete();
    }
  });

  it('answers the default locale (ar) when none is asked for', async () => {
    const response = await list();
    expect(new Set((response.body.data as Card[]).map((card) => card.locale))).toEqual(new Set(['ar']));
  });

  it('filters by a publication date range, a bare date covering the whole day', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect(await titles({ locale: 'ar', from: today, to: today })).toHaveLength(2);
    expect(await titles({ locale: 'ar', from: tomorrow })).toEqual([]);
    expect(await titles({ locale: 'ar', to: yesterday })).toEqual([]);
    expect(await titles({ locale: 'ar', from: `${today}T00:00:00Z` })).toHaveLength(2);
  });

  it('sorts by first publication, newest first unless asked otherwise, and a re-publish keeps the date', async () => {
    const newestFirst = await titles({ locale: 'ar' });
    expect(newestFirst[0]).toBe(SECOND_ARTICLE.ar.title);
    expect(await titles({ locale: 'ar', sort: 'firstPublishedAt:asc' })).toEqual([...newestFirst].reverse());

    const reference = (await list({ locale: 'ar', tag: 'طالبان' })).body.data[0] as Card;
    const republished = await app
      .http()
      .put(`/api/newsroom/articles/${reference.documentId}`)
      .query({ locale: 'ar', status: 'published' })
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { byline: 'قسم التحليل' } });
    expect(republished.status).toBe(200);
    const after = (await list({ locale: 'ar', tag: 'طالبان' })).body.data[0] as Card;
    expect(after.firstPublishedAt).toBe(reference.firstPublishedAt);
    expect(await titles({ locale: 'ar' })).toEqual(newestFirst);
  });

  it('paginates, with page and pageSize or Strapi pagination[...]', async () => {
    const first = await list({ locale: 'ar', pageSize: 1 });
    expect(first.body.meta.pagination).toEqual({ page: 1, pageSize: 1, pageCount: 2, total: 2, totalIsExact: true });
    const nested = await list({ locale: 'ar', pagination: { page: 2, pageSize: 1 } });
    expect(nested.body.meta.pagination).toMatchObject({ page: 2, pageSize: 1 });
    expect(nested.body.data[0].documentId).not.toBe(first.body.data[0].documentId);
  });

  it('names an unknown parameter as a parameter of the query', async () => {
    const response = await list({ filters: { title: 'x' } });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe('query: unknown parameter(s): filters');
  });

  it.each([
    [{ filters: { title: 'x' } }, 'filters'],
    [{ tagType: 'city' }, 'tagType'],
    [{ from: 'yesterday' }, 'from'],
    [{ from: '2026-02-30' }, 'from'],
    [{ from: '2026-11-02', to: '2026-11-01' }, 'from'],
    [{ sort: 'title:asc' }, 'sort'],
    [{ pageSize: 101 }, 'pageSize'],
    [{ pagination: { start: 0, limit: 500 } }, 'pagination'],
    [{ page: 1, pagination: { page: 2 } }, 'page'],
    [{ locale: 'xx' }, 'locale'],
  ])('answers 400 naming the parameter for %j', async (query, field) => {
    const response = await list(query);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain(field);
  });

  it('lists drafts only to an API token asking for them', async () => {
    const draft = await postArticle(
      app,
      token,
      { locale: 'ar' },
      { title: 'مسودة لم تنشر بعد', body: paragraphs('نص.') },
    );
    expect(draft.status).toBe(201);
    expect(await titles({ locale: 'ar' })).not.toContain('مسودة لم تنشر بعد');
    expect((await list({ locale: 'ar', status: 'draft' })).status).toBe(403);
    const withToken = await list({ locale: 'ar', status: 'draft' }).set('Authorization', `Bearer ${token}`);
    expect((withToken.body.data as Card[]).map((card) => card.title)).toContain('مسودة لم تنشر بعد');
  });

  it('counts matches exactly up to exactTotalUpTo and one past the page asked for; beyond, says the total is a lower bound', async () => {
    const draft = await postArticle(app, token, { locale: 'ar' }, { title: 'مسودة تعد', body: paragraphs('نص.') });
    expect(draft.status).toBe(201);
    const drafts = (query: Record<string, unknown>) =>
      list({ locale: 'ar', status: 'draft', ...query }).set('Authorization', `Bearer ${token}`);
    const all = (await drafts({ pageSize: 100 })).body.meta.pagination;
    expect(all).toMatchObject({ totalIsExact: true });
    const total = all.total as number;
    expect(total).toBeGreaterThanOrEqual(3);
    const configured = app.strapi.config.get('plugin::newsroom.exactTotalUpTo');
    app.strapi.config.set('plugin::newsroom.exactTotalUpTo', 1);
    try {
      // Counted up to one past the page: the lower bound still shows that a page follows.
      const first = await drafts({ pageSize: 1 });
      expect(first.body.meta.pagination).toEqual({ page: 1, pageSize: 1, pageCount: 2, total: 2, totalIsExact: false });
      expect(first.body.data).toHaveLength(1);
      const last = await drafts({ pageSize: 1, page: total });
      expect(last.body.meta.pagination).toEqual({
        page: total,
        pageSize: 1,
        pageCount: total,
        total,
        totalIsExact: true,
      });
      const past = await drafts({ pageSize: 1, page: total + 2 });
      expect(past.body.data).toEqual([]);
      expect(past.body.meta.pagination).toMatchObject({ total, totalIsExact: true });
    } finally {
      app.strapi.config.set('plugin::newsroom.exactTotalUpTo', configured);
    }
  });

  describe('cost', () => {
    const connection = () => app.strapi.db.connection as Knex;

    const countQueries = async (query: Record<string, unknown>) => {
      await quiesce(app.strapi);
      let count = 0;
      // Transaction brackets are not queries: what costs is the statements that read data.
      const onQuery = (query: { sql: string }) => {
        if (!/^(BEGIN|COMMIT|ROLLBACK)/i.test(query.sql) && !isPeriodicRead(query.sql)) count += 1;
      };
      connection().on('query', onQuery);
      try {
        const response = await list(query);
        expect(response.status).toBe(200);
        return { count, cards: response.body.data.length as number };
      } finally {
        connection().off('query', onQuery);
      }
    };

    beforeAll(async () => {
      const tags = (await list({ locale: 'ar', tag: 'طالبان' })).body.data[0].tags as { documentId: string }[];
      const experts = (await list({ locale: 'ar', tag: 'طالبان' })).body.data[0].experts as { documentId: string }[];
      const documents = app.strapi.documents('plugin::newsroom.article');
      for (let n = 0; n < 110; n += 1) {
        await documents.create({
          locale: 'ar',
          status: 'published',
          data: {
            title: `مقال تحليلي رقم ${n}`,
            body: paragraphs('فقرة قصيرة.'),
            tags: tags.slice(n % 10, (n % 10) + 8).map((tag) => tag.documentId),
            experts: experts.slice(0, 1 + (n % 4)).map((expert) => expert.documentId),
          },
        });
      }
    });

    it('is the same small, fixed number of SQL queries for a page of 20 and a page of 100', async () => {
      const twenty = await countQueries({ locale: 'ar', pageSize: 20 });
      const hundred = await countQueries({ locale: 'ar', pageSize: 100 });
      const filtered = await countQueries({ locale: 'ar', pageSize: 100, tag: 'روسيا', tagType: 'country' });
      expect(twenty.cards).toBe(20);
      expect(hundred.cards).toBe(100);
      expect(hundred.count).toBe(twenty.count);
      // The page with its cards' relations and the total, in one query; before it, one for the ids of each
      // relation filter (here the tag and the tag type).
      expect(twenty.count).toBe(1);
      expect(filtered.count).toBe(twenty.count + 2);
    });

    it('answers a tag no article can carry without reading articles', async () => {
      const unknown = await countQueries({ locale: 'ar', tag: 'no-such-tag' });
      expect(unknown.cards).toBe(0);
      expect(unknown.count).toBe(1);
    });
  });
});

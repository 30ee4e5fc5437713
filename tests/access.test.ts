import { paragraphs } from './helpers/blocks';
import { PLUGIN_TABLES } from './helpers/database';
import { REFERENCE_SLUG } from './helpers/reference';
import { fillPath, newsroomContentApiRoutes, type NewsroomRoute } from './helpers/routes';
import { createApiToken, createApiTokenEntry, quiesce, startStrapi, type TestApp } from './helpers/strapi';

const DRAFT_TITLE = 'مسودة لم تنشر بعد عن طالبان';

describe('who may read and write', () => {
  let app: TestApp;
  let token: string;
  let readOnlyToken: string;
  let draftId: string;
  let draftSlug: string;
  let expertSlug: string;
  let tagSlug: string;

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
    readOnlyToken = await createApiToken(app.strapi, 'read-only');
    const expert = await app.http().get('/api/newsroom/experts').query({ locale: 'ar', filters: { name: 'جون هيربست' } });
    const tag = await app.http().get('/api/newsroom/tags').query({ locale: 'ar', filters: { name: 'طالبان' } });
    expertSlug = expert.body.data[0].slug;
    tagSlug = tag.body.data[0].slug;

    const created = await app
      .http()
      .post('/api/newsroom/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({
        data: {
          title: DRAFT_TITLE,
          body: paragraphs('نص لم ينشر.'),
          experts: [expert.body.data[0].documentId],
          tags: [tag.body.data[0].documentId],
        },
      });
    expect(created.status).toBe(201);
    draftId = created.body.data.documentId;
    draftSlug = created.body.data.slug;
    expect(created.body.data.publishedAt).toBeNull();
  });

  afterAll(async () => {
    await app?.stop();
  });

  describe('the public', () => {
    it('reads the published reference article', async () => {
      const list = await app.http().get('/api/newsroom/articles');
      expect(list.status).toBe(200);
      expect(list.body.data.map((a: { slug: string }) => a.slug)).toEqual([REFERENCE_SLUG]);
    });

    it('never sees a draft: not in lists, not by id, not by slug', async () => {
      const list = await app.http().get('/api/newsroom/articles').query({ locale: 'ar' });
      expect(JSON.stringify(list.body)).not.toContain(DRAFT_TITLE);
      expect((await app.http().get(`/api/newsroom/articles/${draftId}`)).status).toBe(404);
      expect((await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(draftSlug)}`)).status).toBe(404);
    });

    it('cannot ask for drafts with status=draft', async () => {
      for (const path of [
        '/api/newsroom/articles',
        `/api/newsroom/articles/${draftId}`,
        `/api/newsroom/articles/slug/${encodeURIComponent(draftSlug)}`,
      ]) {
        const response = await app.http().get(path).query({ status: 'draft' });
        expect([path, response.status]).toEqual([path, 403]);
        expect(JSON.stringify(response.body)).not.toContain(DRAFT_TITLE);
      }
    });

    it('does not see drafts through an expert or a tag', async () => {
      for (const path of [`/api/newsroom/experts/slug/${encodeURIComponent(expertSlug)}`, `/api/newsroom/tags/slug/${encodeURIComponent(tagSlug)}`]) {
        const page = await app.http().get(path);
        expect(page.status).toBe(200);
        expect(page.body.data.articles.map((a: { slug: string }) => a.slug)).toEqual([REFERENCE_SLUG]);
        expect(page.body.meta.pagination.total).toBe(1);
      }
      for (const path of ['/api/newsroom/tags', '/api/newsroom/experts']) {
        const populated = await app.http().get(path).query({ locale: 'ar', populate: 'articles' });
        expect(JSON.stringify(populated.body)).not.toContain(DRAFT_TITLE);
      }
    });

    it('cannot probe a draft through filters or sorts on the article relation', async () => {
      const probe = (prefix: string) =>
        app.http().get('/api/newsroom/tags').query({ locale: 'ar', filters: { articles: { title: { $startsWith: prefix } } } });
      const hit = await probe(DRAFT_TITLE.slice(0, 5));
      const miss = await probe('zzzzz');
      expect(hit.status).toBe(miss.status);
      expect(hit.body.data?.length ?? null).toBe(miss.body.data?.length ?? null);
      const unpublished = await app.http().get('/api/newsroom/experts')
        .query({ locale: 'ar', filters: { articles: { publishedAt: { $null: true } } } });
      expect(JSON.stringify(unpublished.body)).not.toContain('جون هيربست');
      const nested = await app.http().get('/api/newsroom/articles')
        .query({ filters: { experts: { articles: { title: { $startsWith: DRAFT_TITLE.slice(0, 5) } } } } });
      expect(nested.body.data?.length ?? 0).toBe(0);
    });

    it('cannot create, update or delete', async () => {
      const before = await app.strapi.db.query('plugin::newsroom.article').count();
      const create = await app.http().post('/api/newsroom/articles').send({ data: { title: 'x', body: paragraphs('x') } });
      const update = await app.http().put(`/api/newsroom/articles/${draftId}`).send({ data: { title: 'x' } });
      const remove = await app.http().delete(`/api/newsroom/articles/${draftId}`);
      const tag = await app.http().post('/api/newsroom/tags').send({ data: { name: 'x', type: 'topic' } });
      expect([create.status, update.status, remove.status, tag.status]).toEqual([403, 403, 403, 403]);
      expect(await app.strapi.db.query('plugin::newsroom.article').count()).toBe(before);
    });
  });

  describe('an API token', () => {
    it('reads drafts when it asks for them', async () => {
      const response = await app
        .http()
        .get(`/api/newsroom/articles/slug/${encodeURIComponent(draftSlug)}`)
        .query({ status: 'draft' })
        .set('Authorization', `Bearer ${token}`);
      expect(response.status).toBe(200);
      expect(response.body.data.title).toBe(DRAFT_TITLE);
    });

    it('publishes through the API, after which the public sees the article', async () => {
      const published = await app
        .http()
        .put(`/api/newsroom/articles/${draftId}`)
        .query({ status: 'published' })
        .set('Authorization', `Bearer ${token}`)
        .send({ data: { standfirst: 'ملخص' } });
      expect(published.status).toBe(200);
      const page = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(draftSlug)}`);
      expect(page.status).toBe(200);
      expect(page.body.data.standfirst).toBe('ملخص');
    });

    it('deletes an article in every locale, after which it is gone for everyone', async () => {
      const created = await app.http().post('/api/newsroom/articles').query({ status: 'published' })
        .set('Authorization', `Bearer ${token}`).send({ data: { title: 'مقال يحذف', body: paragraphs('نص.') } });
      expect(created.status).toBe(201);
      const id = created.body.data.documentId;
      const removed = await app.http().delete(`/api/newsroom/articles/${id}`).query({ locale: '*' }).set('Authorization', `Bearer ${token}`);
      expect(removed.status).toBe(204);
      expect(await app.strapi.db.query('plugin::newsroom.article').count({ where: { documentId: id } })).toBe(0);
      expect((await app.http().get(`/api/newsroom/articles/${id}`)).status).toBe(404);
    });

    it('reads by slug when read-only, as a frontend build would', async () => {
      const response = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`)
        .set('Authorization', `Bearer ${readOnlyToken}`);
      expect(response.status).toBe(200);
    });

    it('cannot write when read-only', async () => {
      const response = await app
        .http()
        .post('/api/newsroom/tags')
        .set('Authorization', `Bearer ${readOnlyToken}`)
        .send({ data: { name: 'وسم', type: 'topic' } });
      expect(response.status).toBe(403);
    });
  });

  describe('API tokens that may not write', () => {
    const DAY_MS = 24 * 60 * 60 * 1000;
    let values: Record<string, Record<string, string>>;

    /** Every row of the plugin's tables: what a refused request must leave as it was. */
    const snapshot = async () => {
      await quiesce(app.strapi);
      const rows: Record<string, unknown[]> = {};
      for (const table of PLUGIN_TABLES) rows[table] = await app.strapi.db.connection(table).select('*').orderBy('id');
      return rows;
    };

    /** Path parameters per resource (the first segment after /api/newsroom): real entries, so only auth refuses. */
    const pathOf = (route: NewsroomRoute) => {
      const resource = route.path.split('/')[3];
      if (!values[resource]) throw new Error(`${route.method} ${route.path}: no parameters for /${resource}`);
      return fillPath(route, values[resource]);
    };

    const call = (route: NewsroomRoute, bearer: string) => {
      const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
      const request = app.http()[method](pathOf(route)).set('Authorization', `Bearer ${bearer}`);
      // A payload the route would accept from a full-access token: the refusal must come from the token alone.
      return method === 'get' || method === 'delete'
        ? request.query({ locale: 'ar' })
        : request.query({ locale: 'ar' }).send({
            data: { title: 'x', body: paragraphs('x'), name: 'x', type: 'topic', kind: 'correction', text: 'x' },
            locale: 'en',
            reason: 'x',
          });
    };

    beforeAll(async () => {
      const article = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`);
      const expert = await app.http().get('/api/newsroom/experts').query({ locale: 'ar' });
      const tag = await app.http().get('/api/newsroom/tags').query({ locale: 'ar' });
      const correction = await app
        .http()
        .post(`/api/newsroom/articles/${article.body.data.documentId}/corrections`)
        .query({ locale: 'ar' })
        .set('Authorization', `Bearer ${token}`)
        .send({ data: { kind: 'correction', text: 'تصحيح' } });
      expect(correction.status).toBe(201);
      const articleId = article.body.data.documentId;
      values = {
        articles: { id: articleId, documentId: articleId, slug: REFERENCE_SLUG, locale: 'en' },
        experts: { id: expert.body.data[0].documentId, slug: expert.body.data[0].slug },
        tags: { id: tag.body.data[0].documentId, slug: tag.body.data[0].slug },
        corrections: { documentId: correction.body.data.documentId },
        feeds: {},
        sitemaps: {},
        search: {},
        translations: {},
        'media-topics': { id: (await app.http().get('/api/newsroom/media-topics')).body.data[0].documentId },
      };
    });

    it('read-only: every write route of the plugin answers 403, and nothing changes', async () => {
      const writes = newsroomContentApiRoutes(app.strapi).filter((route) => route.method !== 'GET');
      expect(writes.length).toBeGreaterThanOrEqual(14);
      const before = await snapshot();
      const answers = [];
      for (const route of writes) answers.push([route.method, route.path, (await call(route, readOnlyToken)).status]);
      expect(answers).toEqual(writes.map((route) => [route.method, route.path, 403]));
      expect(await snapshot()).toEqual(before);
    });

    it.each([
      ['revoked (admin::api-token revoke)', async (id: number) => app.strapi.service('admin::api-token').revoke(id)],
      [
        'past its lifespan',
        async (id: number) => {
          const expiresAt = new Date(Date.now() - 1000);
          await app.strapi.db.query('admin::api-token').update({ where: { id }, data: { expiresAt } });
        },
      ],
    ])('a token %s is refused with 401 on every route, reads and writes', async (_name, disable) => {
      const { id, accessKey } = await createApiTokenEntry(app.strapi, { lifespan: 7 * DAY_MS });
      const drafts = () =>
        app.http().get('/api/newsroom/articles').query({ status: 'draft' }).set('Authorization', `Bearer ${accessKey}`);
      expect((await drafts()).status).toBe(200);

      await disable(id);
      const routes = newsroomContentApiRoutes(app.strapi);
      const before = await snapshot();
      const answers = [];
      for (const route of routes) answers.push([route.method, route.path, (await call(route, accessKey)).status]);
      expect(answers).toEqual(routes.map((route) => [route.method, route.path, 401]));
      expect((await drafts()).status).toBe(401);
      expect(await snapshot()).toEqual(before);
    });
  });
});

import { paragraphs } from './helpers/blocks';
import { REFERENCE_SLUG } from './helpers/reference';
import { createApiToken, startStrapi, type TestApp } from './helpers/strapi';

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
});

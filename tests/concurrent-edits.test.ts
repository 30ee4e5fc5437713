import { createApiToken, quiesce, startStrapi, type TestApp } from './helpers/strapi';
import { postArticle } from './helpers/articles';
import { paragraphs } from './helpers/blocks';

describe('edits made on a stale version are refused, never lost (If-Match)', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startStrapi({ env: { NEWSROOM_SEED_REFERENCE: 'false' } });
    token = await createApiToken(app.strapi);
  });
  afterAll(() => app?.stop());

  const put = (path: string, data: Record<string, unknown>, ifMatch?: string) => {
    const request = app
      .http()
      .put(`/api/newsroom/${path}`)
      .query({ locale: 'ar' })
      .set('Authorization', `Bearer ${token}`);
    return (ifMatch === undefined ? request : request.set('If-Match', ifMatch)).send({ data });
  };
  const draftOf = async (documentId: string) =>
    (
      await app
        .http()
        .get(`/api/newsroom/articles/${documentId}`)
        .query({ locale: 'ar', status: 'draft' })
        .set('Authorization', `Bearer ${token}`)
    ).body.data;

  const newArticle = async (title: string) => {
    const response = await postArticle(app, token, { locale: 'ar' }, { title, body: paragraphs('نص أول') });
    expect(response.status).toBe(201);
    await quiesce(app.strapi);
    return response.body.data as { documentId: string; updatedAt: string };
  };

  it('applies an edit made on the current version and answers with the new version as ETag', async () => {
    const article = await newArticle('تعديل أول');
    const response = await put(`articles/${article.documentId}`, { standfirst: 'مقدمة' }, `"${article.updatedAt}"`);
    expect(response.status).toBe(200);
    expect(response.headers.etag).toBe(`"${response.body.data.updatedAt}"`);
    expect(response.body.data.updatedAt).not.toBe(article.updatedAt);
    const next = await put(`articles/${article.documentId}`, { standfirst: 'مقدمة ثانية' }, response.headers.etag);
    expect(next.status).toBe(200);
  });

  it('refuses with 412 an edit made on an older version, and leaves the entry as the other editor left it', async () => {
    const article = await newArticle('تعديل متأخر');
    expect((await put(`articles/${article.documentId}`, { standfirst: 'عمل المحرر الأول' })).status).toBe(200);
    const stale = await put(
      `articles/${article.documentId}`,
      { standfirst: 'عمل المحرر الثاني' },
      `"${article.updatedAt}"`,
    );
    expect(stale.status).toBe(412);
    expect(stale.body.error.message).toMatch(/If-Match/);
    const draft = await draftOf(article.documentId);
    expect(draft.standfirst).toBe('عمل المحرر الأول');
    expect(stale.body.error.details.updatedAt).toBe(draft.updatedAt);
  });

  it('lets exactly one of many simultaneous edits of one version through', async () => {
    const article = await newArticle('تعديلات متزامنة');
    const editors = Array.from({ length: 8 }, (_, i) => `نسخة المحرر ${i + 1}`);
    const answers = await Promise.all(
      editors.map((standfirst) => put(`articles/${article.documentId}`, { standfirst }, `"${article.updatedAt}"`)),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, ...Array(editors.length - 1).fill(412)]);
    const winner = answers.find((answer) => answer.status === 200);
    expect((await draftOf(article.documentId)).standfirst).toBe(winner?.body.data.standfirst);
  });

  it('never deadlocks when edits with and without If-Match change the title together', async () => {
    const article = await newArticle('عنوان يتغير');
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        put(
          `articles/${article.documentId}`,
          { title: `عنوان جديد ${i}` },
          i % 2 === 0 ? `"${article.updatedAt}"` : undefined,
        ),
      ),
    );
    for (const answer of answers) expect([200, 412]).toContain(answer.status);
    expect(answers.filter((answer) => answer.status === 200).length).toBeGreaterThanOrEqual(6);
  });

  it('never deadlocks when two locales of one article are edited together (Strapi copies shared fields across them)', async () => {
    const article = await newArticle('مقال بلغتين');
    const english = await app
      .http()
      .put(`/api/newsroom/articles/${article.documentId}`)
      .query({ locale: 'en' })
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'An article in two languages', body: paragraphs('Text') } });
    expect(english.status).toBe(200);
    const genres = ['analysis', 'news'];
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        app
          .http()
          .put(`/api/newsroom/articles/${article.documentId}`)
          .query({ locale: i % 2 === 0 ? 'ar' : 'en' })
          .set('Authorization', `Bearer ${token}`)
          .send({ data: { title: `${i % 2 === 0 ? 'عنوان' : 'Title'} ${i}`, genre: genres[i % 3 === 0 ? 0 : 1] } }),
      ),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(30).fill(200));
  });

  it('guards experts and tags the same way', async () => {
    for (const [path, name] of [
      ['experts', 'خبير متنازع عليه'],
      ['tags', 'وسم متنازع عليه'],
    ]) {
      const created = await app
        .http()
        .post(`/api/newsroom/${path}`)
        .query({ locale: 'ar' })
        .set('Authorization', `Bearer ${token}`)
        .send({ data: { name, ...(path === 'tags' ? { type: 'topic' } : {}) } });
      expect(created.status).toBe(201);
      const { documentId, updatedAt } = created.body.data;
      expect((await put(`${path}/${documentId}`, { name: `${name} 1` }, `"${updatedAt}"`)).status).toBe(200);
      expect((await put(`${path}/${documentId}`, { name: `${name} 2` }, `"${updatedAt}"`)).status).toBe(412);
    }
  });

  it('answers 400 naming If-Match when it is not a version, and 404 for a locale the entry lacks', async () => {
    const article = await newArticle('رأس غير صالح');
    const malformed = await put(`articles/${article.documentId}`, { standfirst: 'x' }, '"yesterday"');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details.errors[0].path).toEqual(['If-Match']);
    const missing = await app
      .http()
      .put(`/api/newsroom/articles/${article.documentId}`)
      .query({ locale: 'en' })
      .set('Authorization', `Bearer ${token}`)
      .set('If-Match', `"${article.updatedAt}"`)
      .send({ data: { title: 'No English version' } });
    expect(missing.status).toBe(404);
  });
});

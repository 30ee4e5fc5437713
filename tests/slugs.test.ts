import { paragraphs } from './helpers/blocks';
import { createApiToken, startStrapi, type TestApp } from './helpers/strapi';

describe('slugs', () => {
  let app: TestApp;
  let token: string;

  const create = async (data: Record<string, unknown>, query: Record<string, string> = {}) => {
    const response = await app
      .http()
      .post('/api/newsroom/articles')
      .query(query)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { body: paragraphs('نص.'), ...data } });
    expect(response.status).toBe(201);
    return response.body.data as { documentId: string; slug: string; title: string };
  };

  const update = async (documentId: string, data: Record<string, unknown>, query: Record<string, string> = {}) =>
    app
      .http()
      .put(`/api/newsroom/articles/${documentId}`)
      .query(query)
      .set('Authorization', `Bearer ${token}`)
      .send({ data });

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('keeps Arabic script for ar, without tashkeel, tatweel or punctuation', async () => {
    const article = await create({ title: 'موسكو تُعيد «حساباتها» في كابول؟' });
    expect(article.slug).toBe('موسكو-تعيد-حساباتها-في-كابول');
  });

  it('numbers collisions within a locale: -2, -3', async () => {
    const first = await create({ title: 'تقارب حذر' });
    const second = await create({ title: 'تقارب حذر' });
    const third = await create({ title: 'تَقارُب حَذِر!' });
    expect([first.slug, second.slug, third.slug]).toEqual(['تقارب-حذر', 'تقارب-حذر-2', 'تقارب-حذر-3']);
  });

  it('numbers collisions of a title long enough to be cut, without handing out a slug twice', async () => {
    const title = `${'كلمة '.repeat(12)}${'ب'.repeat(18)}`;
    const slugs = [];
    for (let i = 0; i < 4; i += 1) slugs.push((await create({ title })).slug);
    expect(new Set(slugs).size).toBe(4);
    for (const slug of slugs) expect(slug.length).toBeLessThanOrEqual(80);
  });

  it('gives a duplicated entry (the admin\'s Duplicate) a slug of its own', async () => {
    const original = await create({ title: 'مقال للنسخ' });
    const copy = await app.strapi.documents('plugin::newsroom.article').clone({ documentId: original.documentId, locale: 'ar' });
    const stored = await app.strapi.documents('plugin::newsroom.article').findOne({ documentId: copy!.documentId, locale: 'ar' });
    expect(stored?.slug).toBe('مقال-للنسخ-2');
  });

  it('is unique per locale only: the same slug may exist in another locale', async () => {
    const ar = await create({ title: 'Crocus City Hall' });
    const en = await create({ title: 'Crocus City Hall' }, { locale: 'en' });
    expect(ar.slug).toBe('crocus-city-hall');
    expect(en.slug).toBe('crocus-city-hall');
  });

  it('switches to a Latin transliteration for a locale configured so', async () => {
    app.strapi.config.set('plugin::newsroom.slugScript', { fa: 'latin' });
    try {
      const fa = await create({ title: 'روسیه و طالبان' }, { locale: 'fa' });
      expect(fa.slug).toMatch(/^[a-z0-9-]+$/);
      expect(fa.slug).toBe('rwsyh-w-talban');
      const ar = await create({ title: 'روسيا وإيران' });
      expect(ar.slug).toBe('روسيا-وإيران');
    } finally {
      app.strapi.config.set('plugin::newsroom.slugScript', {});
    }
  });

  it('resolves a percent-encoded Arabic slug, and a raw one', async () => {
    const article = await create({ title: 'زيارة شويغو إلى كابول' }, { status: 'published' });
    const encoded = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(article.slug)}`);
    expect(encoded.status).toBe(200);
    expect(encoded.body.data.documentId).toBe(article.documentId);
    const lower = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(article.slug).toLowerCase()}`);
    expect(lower.status).toBe(200);
  });

  it('follows the title while the article is a draft that was never published', async () => {
    const article = await create({ title: 'عنوان أول' });
    const response = await update(article.documentId, { title: 'عنوان ثان' });
    expect(response.status).toBe(200);
    expect(response.body.data.slug).toBe('عنوان-ثان');
  });

  it('keeps a hand-set slug when the title changes', async () => {
    const article = await create({ title: 'عنوان', slug: 'اختيار-المحرر' });
    expect(article.slug).toBe('اختيار-المحرر');
    const response = await update(article.documentId, { title: 'عنوان آخر' });
    expect(response.body.data.slug).toBe('اختيار-المحرر');
  });

  it('is stable once published: a title edit does not change it', async () => {
    const article = await create({ title: 'خبر منشور' }, { status: 'published' });
    expect(article.slug).toBe('خبر-منشور');
    const edited = await update(article.documentId, { title: 'خبر منشور بعنوان معدل' }, { status: 'published' });
    expect(edited.status).toBe(200);
    expect(edited.body.data.title).toBe('خبر منشور بعنوان معدل');
    expect(edited.body.data.slug).toBe('خبر-منشور');
    const page = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent('خبر-منشور')}`);
    expect(page.body.data.title).toBe('خبر منشور بعنوان معدل');
  });

  it('refuses a hand-set slug that another article of the locale holds', async () => {
    await create({ title: 'محجوز' });
    const other = await create({ title: 'آخر' });
    const response = await update(other.documentId, { slug: 'محجوز' });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('slug');
  });

  it('normalises a hand-set slug', async () => {
    const article = await create({ title: 'عنوان', slug: ' «حساب»  مزوَّر ' });
    expect(article.slug).toBe('حساب-مزور');
  });

  it('refuses a hand-set slug with a bidi override, rather than storing another slug than the one sent', async () => {
    const response = await app
      .http()
      .post('/api/newsroom/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'عنوان', body: paragraphs('نص.'), slug: '\u202Eحساب  مزور\u202C' } });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0].path).toEqual(['data', 'slug']);
  });

  it('gives experts and tags slugs too, from their names', async () => {
    const tag = await app
      .http()
      .post('/api/newsroom/tags')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { name: 'مجلس الأمن الدولي', type: 'organisation' } });
    expect(tag.status).toBe(201);
    expect(tag.body.data.slug).toBe('مجلس-الأمن-الدولي');
    const page = await app.http().get(`/api/newsroom/tags/slug/${encodeURIComponent('مجلس-الأمن-الدولي')}`);
    expect(page.status).toBe(200);
    expect(page.body.data.articles).toEqual([]);
  });

  it('resolves a slug only as spelled: another case names nothing, on every database', async () => {
    await create({ title: 'Kabul Talks' }, { status: 'published' });
    expect((await app.http().get('/api/newsroom/articles/slug/kabul-talks')).status).toBe(200);
    expect((await app.http().get('/api/newsroom/articles/slug/Kabul-Talks')).status).toBe(404);
  });

  it('answers 404 with a message for a slug that names nothing', async () => {
    const response = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent('لا-يوجد')}`);
    expect(response.status).toBe(404);
    expect(response.body.error.message).toContain('لا-يوجد');
  });
});

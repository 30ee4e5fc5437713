import { paragraphs } from './helpers/blocks';
import { REFERENCE_SLUG } from './helpers/reference';
import { createApiToken, startStrapi, type TestApp } from './helpers/strapi';

describe('locales of one article', () => {
  let app: TestApp;
  let token: string;
  let documentId: string;

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
    const reference = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`);
    documentId = reference.body.data.documentId;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('adds an English translation to the same document, with its own slug and English experts', async () => {
    const herbst = await app.http().get('/api/newsroom/experts').query({ locale: 'en', filters: { name: 'John Herbst' } });
    const russia = await app.http().get('/api/newsroom/tags').query({ locale: 'en', filters: { name: 'Russia' } });
    const response = await app
      .http()
      .put(`/api/newsroom/articles/${documentId}`)
      .query({ locale: 'en' })
      .set('Authorization', `Bearer ${token}`)
      .send({
        data: {
          title: 'Russia and the Taliban: shared interests against ISIS',
          body: paragraphs('In a move that marks a strategic shift, Moscow lifted its ban on the Taliban.'),
          quotes: [{ text: 'aimed specifically at ISIS', kind: 'direct', expert: herbst.body.data[0].documentId }],
          experts: [herbst.body.data[0].documentId],
          tags: [russia.body.data[0].documentId],
        },
      });
    expect(response.status).toBe(200);
    expect(response.body.data.documentId).toBe(documentId);
    expect(response.body.data.locale).toBe('en');
    expect(response.body.data.slug).toBe('russia-and-the-taliban-shared-interests-against-isis');
  });

  it('keeps the translation out of the alternates until it is published', async () => {
    const ar = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`);
    expect(ar.body.data.alternates).toEqual([]);
  });

  it('lists each published locale with its slug, for hreflang', async () => {
    const published = await app
      .http()
      .put(`/api/newsroom/articles/${documentId}`)
      .query({ locale: 'en', status: 'published' })
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { byline: 'Newsroom analysis desk' } });
    expect(published.status).toBe(200);

    const ar = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`);
    expect(ar.body.data.alternates).toEqual([
      { documentId, locale: 'en', slug: 'russia-and-the-taliban-shared-interests-against-isis' },
    ]);
    const en = await app.http().get('/api/newsroom/articles/slug/russia-and-the-taliban-shared-interests-against-isis');
    expect(en.status).toBe(200);
    expect(en.body.data.locale).toBe('en');
    expect(en.body.data.alternates).toEqual([{ documentId, locale: 'ar', slug: REFERENCE_SLUG }]);
    expect(en.body.data.quotes[0].expert.name).toBe('John Herbst');
    expect(en.body.data.experts.map((e: { locale: string }) => e.locale)).toEqual(['en']);
  });

  it('answers 404 for a locale the slug does not exist in, and finds it when asked in its own', async () => {
    const wrong = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`).query({ locale: 'ru' });
    expect(wrong.status).toBe(404);
    const right = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`).query({ locale: 'ar' });
    expect(right.status).toBe(200);
  });

  it('shares kind and wikidataId across an expert\'s locales, and keeps names per locale', async () => {
    const putin = await app.http().get('/api/newsroom/experts').query({ locale: 'en', filters: { name: 'Vladimir Putin' } });
    const id = putin.body.data[0].documentId;
    const changed = await app
      .http()
      .put(`/api/newsroom/experts/${id}`)
      .query({ locale: 'en' })
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { kind: 'analyst' } });
    expect(changed.status).toBe(200);
    const ar = await app.http().get(`/api/newsroom/experts/${id}`).query({ locale: 'ar' });
    expect(ar.body.data.kind).toBe('analyst');
    expect(ar.body.data.wikidataId).toBe('Q7747');
    expect(ar.body.data.name).toBe('فلاديمير بوتين');
  });
});

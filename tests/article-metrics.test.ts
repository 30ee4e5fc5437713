import { paragraphs } from './helpers/blocks';
import { createApiToken, startStrapi, type TestApp } from './helpers/strapi';

describe('word count and reading time', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startStrapi({ env: { NEWSROOM_SEED_REFERENCE: 'false' } });
    token = await createApiToken(app.strapi);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('are computed on create from the body, at the locale reading speed', async () => {
    const words = Array.from({ length: 300 }, (_, i) => `كلمة${i}`).join(' ');
    const ar = await app.http().post('/api/newsroom/articles').set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'عنوان من ثلاث كلمات', body: paragraphs(words) } });
    expect(ar.body.data.wordCount).toBe(300);
    expect(ar.body.data.readingTimeMinutes).toBe(Math.ceil(300 / 138));

    const en = await app.http().post('/api/newsroom/articles').query({ locale: 'en' }).set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Title', body: paragraphs(Array.from({ length: 300 }, () => 'word').join(' ')) } });
    expect(en.body.data.wordCount).toBe(300);
    expect(en.body.data.readingTimeMinutes).toBe(Math.ceil(300 / 228));
  });

  it('are recomputed when the body changes, and kept when it does not', async () => {
    const created = await app.http().post('/api/newsroom/articles').set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'عنوان', body: paragraphs('واحد اثنان ثلاثة') } });
    const id = created.body.data.documentId;
    expect(created.body.data.wordCount).toBe(3);

    const longer = await app.http().put(`/api/newsroom/articles/${id}`).set('Authorization', `Bearer ${token}`)
      .send({ data: { body: paragraphs('واحد اثنان ثلاثة', 'أربعة – خمسة، ٦') } });
    expect(longer.body.data.wordCount).toBe(6);

    const retitled = await app.http().put(`/api/newsroom/articles/${id}`).set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'عنوان جديد' } });
    expect(retitled.body.data.wordCount).toBe(6);
  });

  it('cannot be typed by hand, even through the Document Service', async () => {
    const created = await app.strapi.documents('plugin::newsroom.article').create({
      locale: 'ar',
      data: { title: 'عنوان', body: paragraphs('كلمة واحدة'), wordCount: 9999, readingTimeMinutes: 99 },
    });
    expect(created.wordCount).toBe(2);
    expect(created.readingTimeMinutes).toBe(1);
    const updated = await app.strapi.documents('plugin::newsroom.article').update({
      documentId: created.documentId,
      locale: 'ar',
      data: { wordCount: 9999 },
    });
    expect(updated?.wordCount).toBe(2);
  });
});

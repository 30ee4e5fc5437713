import type { AddressInfo } from 'node:net';
import { strapi as createClient } from '@strapi/client';
import { paragraphs } from './helpers/blocks';
import { REFERENCE_SLUG, REFERENCE_TITLE } from './helpers/reference';
import { createApiToken, startStrapi, type TestApp } from './helpers/strapi';

describe("Strapi's JavaScript client (@strapi/client) against the plugin's collections", () => {
  let app: TestApp;
  let baseURL: string;
  let token: string;

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
    // The client speaks fetch to a real address.
    await new Promise<void>((resolve) => app.strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = app.strapi.server.httpServer.address() as AddressInfo;
    baseURL = `http://127.0.0.1:${port}/api`;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('lists and filters article cards as the public', async () => {
    const articles = createClient({ baseURL }).collection('articles', { plugin: { name: 'newsroom' } });
    const all = await articles.find({ locale: 'ar' });
    expect(all.data.map((card) => card.slug)).toContain(REFERENCE_SLUG);
    // The client's types know Strapi's stock parameters only; it passes the plugin's own ones through.
    const tagged = await articles.find({ locale: 'ar', tag: 'طالبان', pagination: { page: 1, pageSize: 5 } } as never);
    expect(tagged.data.map((card) => card.title)).toEqual([REFERENCE_TITLE]);
    expect(tagged.meta.pagination).toMatchObject({ page: 1, pageSize: 5, total: 1 });
  });

  it('reads one article, a tag and an expert by documentId', async () => {
    const client = createClient({ baseURL });
    const [card] = (await client.collection('articles', { plugin: { name: 'newsroom' } }).find({ locale: 'ar' })).data;
    const article = await client.collection('articles', { plugin: { name: 'newsroom' } }).findOne(card.documentId, { locale: 'ar' });
    expect(article.data.title).toBe(REFERENCE_TITLE);
    const tags = await client.collection('tags', { plugin: { name: 'newsroom' } }).find({ locale: 'en', filters: { name: { $eq: 'Taliban' } } });
    expect(tags.data[0]).toMatchObject({ name: 'Taliban', type: 'organisation' });
    const experts = await client.collection('experts', { plugin: { name: 'newsroom' } }).find({ locale: 'ar' });
    expect(experts.data.length).toBe(5);
  });

  it('creates, updates and deletes an article with an API token, and is refused without one', async () => {
    const articles = createClient({ baseURL, auth: token }).collection('articles', { plugin: { name: 'newsroom' } });
    const created = await articles.create({ title: 'Written with @strapi/client', body: paragraphs('Text.') }, { locale: 'en' });
    expect(created.data).toMatchObject({ slug: 'written-with-strapi-client', locale: 'en', publishedAt: null });
    const updated = await articles.update(created.data.documentId, { standfirst: 'Now published.' }, { locale: 'en', status: 'published' });
    expect(updated.data.publishedAt).toEqual(expect.any(String));
    await articles.delete(created.data.documentId, { locale: 'en' });
    await expect(articles.findOne(created.data.documentId, { locale: 'en' })).rejects.toMatchObject({ name: 'HTTPNotFoundError' });

    const anonymous = createClient({ baseURL }).collection('articles', { plugin: { name: 'newsroom' } });
    await expect(anonymous.create({ title: 'x', body: paragraphs('x') })).rejects.toMatchObject({ response: { status: 403 } });
  });
});

import { startStrapi, type TestApp } from './helpers/strapi';

describe('the newsroom plugin', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startStrapi();
  });

  afterAll(async () => {
    await app.stop();
  });

  it('is loaded, with its content types and its components', () => {
    expect(app.strapi.plugin('newsroom')).toBeDefined();
    expect(Object.keys(app.strapi.plugin('newsroom').contentTypes).sort()).toEqual(['article', 'correction', 'desk-state', 'entity-tag', 'expert', 'media-topic', 'publication-event', 'slug-redirect', 'source-revision', 'translation-state']);
    expect(app.strapi.contentType('plugin::newsroom.article').options?.draftAndPublish).toBe(true);
    for (const uid of ['newsroom.quote', 'newsroom.key-figure', 'newsroom.source']) {
      expect(app.strapi.components[uid as keyof typeof app.strapi.components]).toBeDefined();
    }
  });

  it('serves its routes under /api/newsroom (a plugin that failed to load would answer 404)', async () => {
    for (const path of ['/api/newsroom/articles', '/api/newsroom/experts', '/api/newsroom/tags']) {
      const response = await app.http().get(path);
      expect(response.status).toBe(200);
      expect(response.body).toHaveProperty('data');
      expect(response.body).toHaveProperty('meta.pagination');
    }
  });

  it('creates the four locales with Arabic as the default', async () => {
    const locales = app.strapi.plugin('i18n').service('locales');
    const codes = ((await locales.find()) as { code: string }[]).map((locale) => locale.code).sort();
    expect(codes).toEqual(['ar', 'en', 'fa', 'ru']);
    expect(await locales.getDefaultLocale()).toBe('ar');
  });

  it('shows computed fields read-only in the admin, and components by what they say', async () => {
    const contentManager = app.strapi.plugin('content-manager');
    const article = await contentManager.service('content-types').findConfiguration({ uid: 'plugin::newsroom.article' });
    expect(article.metadatas.wordCount.edit.editable).toBe(false);
    expect(article.metadatas.readingTimeMinutes.edit.editable).toBe(false);
    expect(article.metadatas.title.edit.editable).toBe(true);
    const quote = await contentManager.service('components').findConfiguration({ uid: 'newsroom.quote' });
    expect(quote.settings.mainField).toBe('text');
  });
});

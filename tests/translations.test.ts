import { ARTICLE_UID } from '../src/plugins/newsroom/server/src/constants';
import { REFERENCE_SLUG } from './helpers/reference';
import { createApiToken, quiesce, startStrapi, type TestApp } from './helpers/strapi';

interface LocaleTranslation {
  locale: string;
  status: string;
  revision: string | null;
}

interface Translations {
  documentId: string;
  sourceLocale: string;
  sourceRevision: string;
  locales: LocaleTranslation[];
}

interface Block {
  type: string;
  level?: number;
  children?: Block[];
  text?: string;
}

const statusIn = (translations: Translations, locale: string) =>
  translations.locales.find((entry) => entry.locale === locale)?.status;

const shape = (blocks: Block[]): unknown[] =>
  blocks.map((block) => (block.children ? { type: block.type, level: block.level, children: shape(block.children) } : { type: block.type }));

const texts = (blocks: Block[]): string[] =>
  blocks.flatMap((block) => (block.children ? texts(block.children) : typeof block.text === 'string' ? [block.text] : []));

describe('the translators’ workflow', () => {
  let app: TestApp;
  let token: string;
  let readOnly: string;
  let documentId: string;

  const api = (method: 'get' | 'post' | 'put', path: string, bearer: string | null = token) => {
    const request = app.http()[method](`/api/newsroom${path}`);
    return bearer ? request.set('Authorization', `Bearer ${bearer}`) : request;
  };
  const translations = async () => (await api('get', `/articles/${documentId}/translations`)).body.data as Translations;
  const listed = async (locale: string, status?: string) =>
    (await api('get', '/translations').query({ locale, ...(status ? { status } : {}) })).body.data as { documentId: string; status: string }[];
  const reference = (locale: string, status: 'draft' | 'published') =>
    app.strapi.documents(ARTICLE_UID).findOne({
      documentId,
      locale,
      status,
      populate: { quotes: { populate: { expert: true } }, keyFigures: true, sources: true, tags: true, experts: true },
    }) as Promise<Record<string, unknown> & { body: Block[] }>;

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
    readOnly = await createApiToken(app.strapi, 'read-only');
    const page = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`).query({ locale: 'ar' });
    documentId = page.body.data.documentId;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('knows the seeded article’s source locale and that every other locale is missing', async () => {
    const found = await translations();
    expect(found.sourceLocale).toBe('ar');
    expect(found.sourceRevision).toMatch(/^[0-9a-f]{32}$/);
    expect(Object.fromEntries(found.locales.map((entry) => [entry.locale, entry.status]))).toEqual({
      ar: 'source',
      en: 'missing',
      fa: 'missing',
      ru: 'missing',
    });
    expect((await listed('en', 'missing')).map((item) => item.documentId)).toEqual([documentId]);
    expect(await listed('en', 'outdated')).toEqual([]);
  });

  it('is for API tokens only: never the public; read-only tokens read but do not start', async () => {
    expect((await api('get', '/translations', null).query({ locale: 'en' })).status).toBe(403);
    expect((await api('get', `/articles/${documentId}/translations`, null)).status).toBe(403);
    expect((await api('get', '/translations', readOnly).query({ locale: 'en' })).status).toBe(200);
    expect((await api('post', `/articles/${documentId}/translations`, readOnly).send({ locale: 'en' })).status).toBe(403);
    expect((await api('post', `/articles/${documentId}/translations`, null).send({ locale: 'en' })).status).toBe(403);
  });

  it('refuses bad requests with the field named', async () => {
    const noLocale = await api('get', '/translations');
    expect(noLocale.status).toBe(400);
    expect(noLocale.body.error.message).toMatch(/^locale: is required/);
    expect((await api('get', '/translations').query({ locale: 'en', status: 'lost' })).body.error.message).toMatch(/^status: /);
    expect((await api('get', '/translations').query({ locale: 'xx' })).status).toBe(400);
    const source = await api('post', `/articles/${documentId}/translations`).send({ locale: 'ar' });
    expect(source.status).toBe(400);
    expect(source.body.error.message).toMatch(/source locale/);
    expect((await api('post', `/articles/${documentId}/translations`).send({ locale: 'en', title: 'x' })).status).toBe(400);
    expect((await api('post', '/articles/nosuchdocument0000000000/translations').send({ locale: 'en' })).status).toBe(404);
    expect((await api('post', `/articles/${documentId}/translations/en/in-line`)).status).toBe(404);
  });

  it('starts a translation with the source’s structure and without its words, once', async () => {
    const started = await api('post', `/articles/${documentId}/translations`).send({ locale: 'en' });
    expect(started.status).toBe(201);
    expect(statusIn(started.body.data, 'en')).toBe('draft');
    expect(started.body.data.missingEntities).toEqual([]);

    const source = await reference('ar', 'published');
    const draft = await reference('en', 'draft');
    expect(shape(draft.body)).toEqual(shape(source.body));
    expect(texts(draft.body).every((text) => text === '')).toBe(true);
    expect(draft.title).toBe('');
    const quotes = (list: unknown) => (list as { text: string; kind: string; expert: { documentId: string } | null }[]) ?? [];
    expect(quotes(draft.quotes).map((quote) => [quote.text, quote.kind, quote.expert?.documentId])).toEqual(
      quotes(source.quotes).map((quote) => ['', quote.kind, quote.expert?.documentId])
    );
    const figures = (list: unknown) => (list as { value: number; qualifier: string; label: string }[]) ?? [];
    expect(figures(draft.keyFigures).map((figure) => [figure.value, figure.qualifier, figure.label])).toEqual(
      figures(source.keyFigures).map((figure) => [figure.value, figure.qualifier, ''])
    );
    const ids = (list: unknown) => ((list as { documentId: string }[]) ?? []).map((entry) => entry.documentId).sort();
    expect(ids(draft.tags)).toEqual(ids(source.tags));
    expect(ids(draft.experts)).toEqual(ids(source.experts));
    expect((draft.tags as { locale: string }[]).every((tag) => tag.locale === 'en')).toBe(true);

    const again = await api('post', `/articles/${documentId}/translations`).send({ locale: 'en' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already has a "en" version/);
    expect((await listed('en', 'draft')).map((item) => item.documentId)).toEqual([documentId]);
  });

  it('is published once the translator has written it', async () => {
    const draft = await reference('en', 'draft');
    const body = draft.body.map((block) =>
      block.type === 'heading'
        ? { type: 'heading', level: block.level, children: [{ type: 'text', text: 'A section' }] }
        : { type: 'paragraph', children: [{ type: 'text', text: 'A translated paragraph.' }] }
    );
    const published = await api('put', `/articles/${documentId}`)
      .query({ locale: 'en', status: 'published' })
      .send({
        data: {
          title: 'Russia and the Taliban: shared interests against ISIS',
          body,
          quotes: (draft.quotes as { kind: string; expert: { documentId: string } | null }[]).map((quote) => ({
            text: 'Translated words.',
            kind: quote.kind,
            expert: quote.expert?.documentId ?? null,
          })),
          keyFigures: [],
        },
      });
    expect(published.status).toBe(200);
    expect(statusIn(await translations(), 'en')).toBe('published');
  });

  it('stays in line when only shared, non-text fields of the source change, or its unpublished draft', async () => {
    const before = (await translations()).sourceRevision;
    const tags = await app.http().get('/api/newsroom/tags').query({ locale: 'ar', pagination: { pageSize: 1 } });
    await app.strapi.documents(ARTICLE_UID).update({
      documentId,
      locale: 'ar',
      data: { tags: { disconnect: [tags.body.data[0].documentId] } } as never,
    });
    await app.strapi.documents(ARTICLE_UID).publish({ documentId, locale: 'ar' });
    await app.strapi.documents(ARTICLE_UID).update({ documentId, locale: 'ar', data: { standfirst: 'تعديل في المسودة لم ينشر' } });
    await quiesce(app.strapi);
    const after = await translations();
    expect(after.sourceRevision).toBe(before);
    expect(statusIn(after, 'en')).toBe('published');
  });

  it('becomes outdated when the source’s published text changes, and in line again when marked so', async () => {
    await app.strapi.documents(ARTICLE_UID).publish({ documentId, locale: 'ar' });
    await quiesce(app.strapi);
    const outdated = await translations();
    expect(statusIn(outdated, 'en')).toBe('outdated');
    expect(outdated.locales.find((entry) => entry.locale === 'en')?.revision).not.toBe(outdated.sourceRevision);
    expect((await listed('en', 'outdated')).map((item) => item.documentId)).toEqual([documentId]);
    expect(await listed('en', 'published')).toEqual([]);

    const marked = await api('post', `/articles/${documentId}/translations/en/in-line`);
    expect(marked.status).toBe(200);
    expect(statusIn(marked.body.data, 'en')).toBe('published');
    expect((await listed('en', 'published')).map((item) => item.documentId)).toEqual([documentId]);
    expect((await api('post', `/articles/${documentId}/translations/ar/in-line`)).status).toBe(400);
  });

  it('lists the tags and experts a locale lacks, and will not publish a translation that needs them', async () => {
    const report = await api('get', '/translations/entities').query({ locale: 'ru' });
    expect(report.status).toBe(200);
    const source = await reference('ar', 'published');
    const needed = [...(source.tags as { documentId: string }[]), ...(source.experts as { documentId: string }[])].map(
      (entity) => entity.documentId
    );
    const lacking = (report.body.data as { documentId: string }[]).map((entity) => entity.documentId);
    expect(lacking).toEqual(expect.arrayContaining(needed));
    expect((await api('get', '/translations/entities').query({ locale: 'en' })).body.data).toEqual([]);

    const started = await api('post', `/articles/${documentId}/translations`).send({ locale: 'ru' });
    expect(started.status).toBe(201);
    expect((started.body.data.missingEntities as { documentId: string }[]).map((entity) => entity.documentId).sort()).toEqual(
      [...needed].sort()
    );
    const publish = await api('put', `/articles/${documentId}`)
      .query({ locale: 'ru', status: 'published' })
      .send({ data: { title: 'Россия и талибы', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Текст.' }] }] } });
    expect(publish.status).toBe(400);
    expect(publish.body.error.message).toMatch(/^cannot publish in "ru": tag "/);
    // The admin's bulk publish passes locales as a list; '*' means every locale: neither gets past.
    await expect(app.strapi.documents(ARTICLE_UID).publish({ documentId, locale: ['ru'] as never })).rejects.toThrow(/cannot publish in "ru"/);
    await expect(app.strapi.documents(ARTICLE_UID).publish({ documentId, locale: '*' })).rejects.toThrow(/cannot publish in "ru"/);
    expect(statusIn(await translations(), 'ru')).toBe('draft');
    expect(await app.strapi.db.query(ARTICLE_UID).count({ where: { documentId, locale: 'ru', publishedAt: { $notNull: true } } })).toBe(0);
  });

  it('tracks a cloned article as an article of its own', async () => {
    const clone = (await app.strapi.documents(ARTICLE_UID).clone({ documentId, locale: 'ar' })) as { documentId: string };
    await quiesce(app.strapi);
    const cloned = await api('get', `/articles/${clone.documentId}/translations`);
    expect(cloned.status).toBe(200);
    expect(cloned.body.data.sourceLocale).toBe('ar');
    expect((await listed('en', 'missing')).map((item) => item.documentId)).toContain(clone.documentId);
  });

  it('repairs the states of a locale removed behind the document service (a locale deleted in the settings)', async () => {
    await app.strapi.db.query(ARTICLE_UID).deleteMany({ where: { documentId, locale: 'ru' } });
    const before = await app.strapi.db.query('plugin::newsroom.translation-state').count({ where: { articleDocumentId: documentId, articleLocale: 'ru' } });
    expect(before).toBe(1);
    await app.strapi.plugin('newsroom').service('translations').backfill();
    const after = await app.strapi.db.query('plugin::newsroom.translation-state').count({ where: { articleDocumentId: documentId, articleLocale: 'ru' } });
    expect(after).toBe(0);
    expect(statusIn(await translations(), 'ru')).toBe('missing');
  });

  it('forgets a translation that is deleted', async () => {
    expect((await api('post', `/articles/${documentId}/translations`).send({ locale: 'ru' })).status).toBe(201);
    await app.strapi.documents(ARTICLE_UID).delete({ documentId, locale: 'ru' });
    await quiesce(app.strapi);
    expect(statusIn(await translations(), 'ru')).toBe('missing');
    const rows = await app.strapi.db.query('plugin::newsroom.translation-state').findMany({ where: { articleDocumentId: documentId } });
    expect(rows.map((row: { articleLocale: string }) => row.articleLocale).sort()).toEqual(['ar', 'en']);
  });
});

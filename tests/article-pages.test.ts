import { postArticle } from './helpers/articles';
import { paragraphs } from './helpers/blocks';
import { REFERENCE_SLUG } from './helpers/reference';
import { createSecondArticle, SECOND_ARTICLE, type SecondArticle } from './helpers/second-article';
import { createApiToken, startStrapi, type TestApp } from './helpers/strapi';

const path = (slug: string, suffix = '') => `/api/newsroom/articles/slug/${encodeURIComponent(slug)}${suffix}`;

describe('article, tag and expert pages by slug', () => {
  let app: TestApp;
  let token: string;
  let second: SecondArticle;

  const get = (url: string, query: Record<string, string> = {}) => app.http().get(url).query(query);
  const put = (url: string, query: Record<string, string>, data: Record<string, unknown>) =>
    app.http().put(url).query(query).set('Authorization', `Bearer ${token}`).send({ data });

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
    second = await createSecondArticle(app, token);
  });

  afterAll(async () => {
    await app?.stop();
  });

  describe('the article page', () => {
    it('answers the whole article with the other locales it is published in, for hreflang', async () => {
      const en = await get(path(SECOND_ARTICLE.en.slug));
      expect(en.status).toBe(200);
      expect(en.body.data).toMatchObject({ title: SECOND_ARTICLE.en.title, locale: 'en', byline: 'Jane Doe' });
      expect(en.body.data.quotes[0].expert.name).toBe('John Herbst');
      expect(en.body.data.alternates).toEqual([
        { documentId: second.documentId, locale: 'ar', slug: SECOND_ARTICLE.ar.slug },
      ]);
      const ar = await get(path(SECOND_ARTICLE.ar.slug), { locale: 'ar' });
      expect(ar.body.data.alternates).toEqual([
        { documentId: second.documentId, locale: 'en', slug: SECOND_ARTICLE.en.slug },
      ]);
    });

    it('gives 404 with the locales the article exists in when asked for another', async () => {
      const response = await get(path(REFERENCE_SLUG), { locale: 'fa' });
      expect(response.status).toBe(404);
      expect(response.body.error.details.availableLocales).toEqual([
        expect.objectContaining({ locale: 'ar', slug: REFERENCE_SLUG }),
      ]);
    });

    it('falls back to the locale the slug belongs to when the request asks for it', async () => {
      const response = await get(path(REFERENCE_SLUG), { locale: 'fa', fallback: 'true' });
      expect(response.status).toBe(200);
      expect(response.body.data.locale).toBe('ar');
      expect(response.body.meta.fallback).toEqual({ requestedLocale: 'fa', locale: 'ar' });
    });

    it('leads a slug of one locale to the article in the requested locale, saying where it lives', async () => {
      const response = await get(path(SECOND_ARTICLE.ar.slug), { locale: 'en' });
      expect(response.status).toBe(200);
      expect(response.body.data.title).toBe(SECOND_ARTICLE.en.title);
      expect(response.body.meta.movedTo).toEqual({ locale: 'en', slug: SECOND_ARTICLE.en.slug });
    });

    it('answers 404 for an unknown slug, and 400 for an unknown locale or a bad fallback flag', async () => {
      expect((await get(path('no-such-article'))).status).toBe(404);
      expect((await get(path(REFERENCE_SLUG), { locale: 'xx' })).status).toBe(400);
      expect((await get(path(REFERENCE_SLUG), { fallback: 'yes' })).status).toBe(400);
    });
  });

  describe('drafts', () => {
    it('are in no public output, and a status=draft request without a token is refused', async () => {
      const draft = await postArticle(
        app,
        token,
        { locale: 'ar' },
        { title: 'مسودة تحت الحظر', body: paragraphs('نص.') },
      );
      expect(draft.status).toBe(201);
      const slug = draft.body.data.slug as string;
      for (const suffix of ['', '/jsonld', '/ninjs']) {
        expect((await get(path(slug, suffix))).status).toBe(404);
        expect((await get(path(slug, suffix), { status: 'draft' })).status).toBe(403);
        const withToken = await app
          .http()
          .get(path(slug, suffix))
          .query({ status: 'draft' })
          .set('Authorization', `Bearer ${token}`);
        expect(withToken.status).toBe(200);
      }
      for (const feed of ['/api/newsroom/feeds/rss', '/api/newsroom/feeds/atom']) {
        const response = await get(feed);
        expect(response.status).toBe(200);
        expect(response.text).toContain(REFERENCE_SLUG.slice(0, 5));
        expect(response.text).not.toContain('مسودة تحت الحظر');
      }
    });

    it('are not even counted for the public: draft-state parameters need a token', async () => {
      for (const query of [{ publicationFilter: 'modified' }, { hasPublishedVersion: 'false' }]) {
        const list = await app.http().get(`/api/newsroom/articles/${second.documentId}`).query(query);
        expect(list.status).toBe(403);
      }
    });
  });

  describe('slug history', () => {
    let documentId: string;
    const slugs = ['election-briefing', 'election-briefing-updated', 'election-briefing-final'];

    beforeAll(async () => {
      const created = await postArticle(
        app,
        token,
        { locale: 'en', status: 'published' },
        { title: 'Election briefing', slug: slugs[0], body: paragraphs('Text.') },
      );
      expect(created.status).toBe(201);
      documentId = created.body.data.documentId;
    });

    it('keeps an old published slug resolving after the editor changes it, saying where it moved', async () => {
      for (const slug of slugs.slice(1)) {
        const changed = await put(
          `/api/newsroom/articles/${documentId}`,
          { locale: 'en', status: 'published' },
          { slug },
        );
        expect(changed.status).toBe(200);
        expect(changed.body.data.slug).toBe(slug);
      }
      for (const old of slugs.slice(0, 2)) {
        const response = await get(path(old), { locale: 'en' });
        expect(response.status).toBe(200);
        expect(response.body.data.documentId).toBe(documentId);
        expect(response.body.meta.movedTo).toEqual({ locale: 'en', slug: slugs[2] });
      }
      const current = await get(path(slugs[2]), { locale: 'en' });
      expect(current.body.meta).toEqual({});
    });

    it('does not move the public slug while the new one is only in the draft', async () => {
      const draft = await put(
        `/api/newsroom/articles/${documentId}`,
        { locale: 'en' },
        { slug: 'election-briefing-draft' },
      );
      expect(draft.status).toBe(200);
      expect((await get(path(slugs[2]), { locale: 'en' })).body.meta).toEqual({});
      expect((await get(path('election-briefing-draft'), { locale: 'en' })).status).toBe(404);
      const back = await put(`/api/newsroom/articles/${documentId}`, { locale: 'en' }, { slug: slugs[2] });
      expect(back.status).toBe(200);
    });

    it('lets a slug go back to an earlier one, which then is current again', async () => {
      const back = await put(
        `/api/newsroom/articles/${documentId}`,
        { locale: 'en', status: 'published' },
        { slug: slugs[0] },
      );
      expect(back.status).toBe(200);
      expect((await get(path(slugs[0]), { locale: 'en' })).body.meta).toEqual({});
      expect((await get(path(slugs[2]), { locale: 'en' })).body.meta.movedTo).toEqual({ locale: 'en', slug: slugs[0] });
    });

    it('gives the current holder of a slug precedence over the history of another article', async () => {
      const taken = await postArticle(
        app,
        token,
        { locale: 'en', status: 'published' },
        { title: 'Another piece', slug: slugs[1], body: paragraphs('Text.') },
      );
      expect(taken.status).toBe(201);
      const response = await get(path(slugs[1]), { locale: 'en' });
      expect(response.body.data.documentId).toBe(taken.body.data.documentId);
    });

    it('stops resolving old slugs once the article is unpublished, and forgets them when it is deleted', async () => {
      const unpublished = await app.strapi
        .documents('plugin::newsroom.article')
        .unpublish({ documentId, locale: 'en' });
      expect(unpublished.entries).toHaveLength(1);
      expect((await get(path(slugs[2]), { locale: 'en' })).status).toBe(404);
      expect((await get(path(slugs[0]), { locale: 'en' })).status).toBe(404);

      const deleted = await app
        .http()
        .delete(`/api/newsroom/articles/${documentId}`)
        .query({ locale: 'en' })
        .set('Authorization', `Bearer ${token}`);
      expect(deleted.status).toBe(204);
      const left = await app.strapi.db
        .query('plugin::newsroom.slug-redirect')
        .count({ where: { targetDocumentId: documentId } });
      expect(left).toBe(0);
    });

    it('keeps the old slug of a piece that was unpublished, renamed and published again', async () => {
      const created = await postArticle(
        app,
        token,
        { locale: 'en', status: 'published' },
        { title: 'Pulled piece', slug: 'pulled-piece', body: paragraphs('Text.') },
      );
      const pulled = created.body.data.documentId as string;
      await app.strapi.documents('plugin::newsroom.article').unpublish({ documentId: pulled, locale: 'en' });
      expect((await get(path('pulled-piece'), { locale: 'en' })).status).toBe(404);
      const back = await put(
        `/api/newsroom/articles/${pulled}`,
        { locale: 'en', status: 'published' },
        { slug: 'corrected-piece' },
      );
      expect(back.status).toBe(200);
      const old = await get(path('pulled-piece'), { locale: 'en' });
      expect(old.status).toBe(200);
      expect(old.body.meta.movedTo).toEqual({ locale: 'en', slug: 'corrected-piece' });
    });

    it('does not give a new article a slug that still leads to another one', async () => {
      const created = await postArticle(
        app,
        token,
        { locale: 'en', status: 'published' },
        { title: 'Pulled piece', body: paragraphs('Text.') },
      );
      expect(created.body.data.slug).toBe('pulled-piece-2');
    });

    it('forgets the old slugs of one deleted locale and keeps those of the others', async () => {
      const created = await postArticle(
        app,
        token,
        { locale: 'en', status: 'published' },
        { title: 'Two locales', slug: 'two-locales', body: paragraphs('Text.') },
      );
      const documentId = created.body.data.documentId as string;
      await put(
        `/api/newsroom/articles/${documentId}`,
        { locale: 'ru', status: 'published' },
        { title: 'Две локали', slug: 'dve-lokali', body: paragraphs('Текст.') },
      );
      await put(
        `/api/newsroom/articles/${documentId}`,
        { locale: 'en', status: 'published' },
        { slug: 'two-locales-renamed' },
      );
      await put(
        `/api/newsroom/articles/${documentId}`,
        { locale: 'ru', status: 'published' },
        { slug: 'dve-lokali-2' },
      );
      const redirects = () =>
        app.strapi.db
          .query('plugin::newsroom.slug-redirect')
          .findMany({
            where: { targetDocumentId: documentId },
            select: ['targetLocale', 'slug'],
            orderBy: { targetLocale: 'asc' },
          });
      expect(await redirects()).toEqual([
        { targetLocale: 'en', slug: 'two-locales' },
        { targetLocale: 'ru', slug: 'dve-lokali' },
      ]);
      const deleted = await app
        .http()
        .delete(`/api/newsroom/articles/${documentId}`)
        .query({ locale: 'ru' })
        .set('Authorization', `Bearer ${token}`);
      expect(deleted.status).toBe(204);
      expect(await redirects()).toEqual([{ targetLocale: 'en', slug: 'two-locales' }]);
      expect((await get(path('two-locales'), { locale: 'en' })).body.meta.movedTo).toEqual({
        locale: 'en',
        slug: 'two-locales-renamed',
      });
    });

    it('keeps an old tag slug resolving too', async () => {
      const tag = await get('/api/newsroom/tags/slug/kabul', { locale: 'en' });
      const renamed = await put(
        `/api/newsroom/tags/${tag.body.data.documentId}`,
        { locale: 'en' },
        { slug: 'kabul-city' },
      );
      expect(renamed.status).toBe(200);
      const old = await get('/api/newsroom/tags/slug/kabul', { locale: 'en' });
      expect(old.status).toBe(200);
      expect(old.body.meta.movedTo).toEqual({ locale: 'en', slug: 'kabul-city' });
      expect(old.body.data.articles.map((article: { title: string }) => article.title)).toContain(
        SECOND_ARTICLE.en.title,
      );
    });
  });

  describe('tag and expert pages', () => {
    it('list the published articles of a tag, newest first, paginated', async () => {
      const first = await get(`/api/newsroom/tags/slug/${encodeURIComponent('كابول')}`, { pageSize: '1' });
      expect(first.status).toBe(200);
      expect(first.body.data.name).toBe('كابول');
      expect(first.body.data.articles.map((article: { title: string }) => article.title)).toEqual([
        SECOND_ARTICLE.ar.title,
      ]);
      expect(first.body.meta.pagination).toEqual({ page: 1, pageSize: 1, pageCount: 2, total: 2, totalIsExact: true });
      const page2 = await get(`/api/newsroom/tags/slug/${encodeURIComponent('كابول')}`, { pageSize: '1', page: '2' });
      expect(page2.body.data.articles[0].slug).toBe(REFERENCE_SLUG);
      expect(page2.body.data.articles[0].tags.length).toBeGreaterThan(0);
    });

    it("list an expert's published articles, never a draft", async () => {
      const expert = await get(`/api/newsroom/experts/slug/${encodeURIComponent('جون-هيربست')}`);
      const draft = await postArticle(
        app,
        token,
        { locale: 'ar' },
        { title: 'مسودة عن هيربست', body: paragraphs('نص.'), experts: [expert.body.data.documentId] },
      );
      expect(draft.status).toBe(201);
      const page = await get(`/api/newsroom/experts/slug/${encodeURIComponent('جون-هيربست')}`);
      const titles = page.body.data.articles.map((article: { title: string }) => article.title);
      expect(titles).toEqual([SECOND_ARTICLE.ar.title, expect.any(String)]);
      expect(titles).not.toContain('مسودة عن هيربست');
    });
  });

  describe('HTTP caching', () => {
    const publicRoutes = () => [
      path(REFERENCE_SLUG),
      path(REFERENCE_SLUG, '/jsonld'),
      path(REFERENCE_SLUG, '/ninjs'),
      '/api/newsroom/articles?locale=ar',
      `/api/newsroom/tags/slug/${encodeURIComponent('روسيا')}`,
      '/api/newsroom/feeds/rss',
      '/api/newsroom/feeds/atom',
    ];

    it('sends ETag and Cache-Control on every public read, and 304 to a matching If-None-Match', async () => {
      for (const url of publicRoutes()) {
        const first = await app.http().get(url);
        expect(first.status).toBe(200);
        expect(first.headers['cache-control']).toBe('public, max-age=0, s-maxage=30, must-revalidate');
        expect(first.headers.etag).toMatch(/^W\/".+"$/);
        const again = await app.http().get(url).set('If-None-Match', first.headers.etag);
        expect(again.status).toBe(304);
        expect(again.text ?? '').toBe('');
      }
    });

    it('changes the ETag at once when the article is edited and re-published, and 404s it once unpublished', async () => {
      const before = await app.http().get(path(SECOND_ARTICLE.en.slug, '/ninjs'));
      const list = await app.http().get('/api/newsroom/articles?locale=en');
      const edited = await put(
        `/api/newsroom/articles/${second.documentId}`,
        { locale: 'en', status: 'published' },
        { standfirst: 'A new standfirst.' },
      );
      expect(edited.status).toBe(200);
      const after = await app
        .http()
        .get(path(SECOND_ARTICLE.en.slug, '/ninjs'))
        .set('If-None-Match', before.headers.etag);
      expect(after.status).toBe(200);
      expect(after.headers.etag).not.toBe(before.headers.etag);
      const listAfter = await app
        .http()
        .get('/api/newsroom/articles?locale=en')
        .set('If-None-Match', list.headers.etag);
      expect(listAfter.status).toBe(200);

      await app.strapi.documents('plugin::newsroom.article').unpublish({ documentId: second.documentId, locale: 'en' });
      const gone = await app
        .http()
        .get(path(SECOND_ARTICLE.en.slug, '/ninjs'))
        .set('If-None-Match', after.headers.etag);
      expect(gone.status).toBe(404);
      await app.strapi.documents('plugin::newsroom.article').publish({ documentId: second.documentId, locale: 'en' });
    });

    it('answers HEAD with the same validators and no body', async () => {
      const get = await app.http().get(path(REFERENCE_SLUG));
      const head = await app.http().head(path(REFERENCE_SLUG));
      expect(head.status).toBe(200);
      expect(head.headers.etag).toBe(get.headers.etag);
      expect(head.text ?? '').toBe('');
      const notModified = await app.http().head(path(REFERENCE_SLUG)).set('If-None-Match', get.headers.etag);
      expect(notModified.status).toBe(304);
    });

    it('marks answers to a token holder private and never cacheable', async () => {
      const response = await app.http().get(path(REFERENCE_SLUG)).set('Authorization', `Bearer ${token}`);
      expect(response.status).toBe(200);
      expect(response.headers['cache-control']).toBe('private, no-store');
      expect(response.headers.etag).toBeUndefined();
    });
  });
});

import { adminSession } from './admin';
import { postArticle } from './articles';
import { paragraphs } from './blocks';
import { REFERENCE_SLUG } from './reference';
import { createSecondArticle, type SecondArticle } from './second-article';
import { createApiToken, startStrapi, type TestApp } from './strapi';

const API = '/api/newsroom';

/**
 * The invalidation cases, run against each store (tests/response-cache*.test.ts): one Strapi per file, since
 * the admin's services keep the first instance of a process.
 */
export const describeResponseCache = (store: string, env: Record<string, string>): void =>
  describe(`the response cache (${store} store)`, () => {
    let app: TestApp;
    let token: string;
    let second: SecondArticle;
    let tag: { documentId: string; slug: string; name: string };
    let expert: { documentId: string; name: string };

    const get = (url: string, headers: Record<string, string> = {}) => app.http().get(url).set(headers);
    const api = (method: 'post' | 'put' | 'delete', url: string) =>
      app.http()[method](`${API}${url}`).set('Authorization', `Bearer ${token}`);

    // What a reader of the second article sees, in every format and list it is in.
    const readers = () => ({
      page: `${API}/articles/slug/${encodeURIComponent(second.slugs.en)}?locale=en`,
      jsonLd: `${API}/articles/slug/${encodeURIComponent(second.slugs.en)}/jsonld?locale=en`,
      ninjs: `${API}/articles/slug/${encodeURIComponent(second.slugs.en)}/ninjs?locale=en`,
      tagList: `${API}/articles?locale=en&tag=${encodeURIComponent(tag.slug)}`,
      rss: `${API}/feeds/rss?locale=en`,
    });
    type Reader = keyof ReturnType<typeof readers>;

    /** Reads each until it is a HIT, so that what follows proves the cache was purged, not merely empty. */
    const warm = async (names: Reader[]) => {
      for (const name of names) {
        await get(readers()[name]);
        const again = await get(readers()[name]);
        expect([name, again.headers['x-cache']]).toEqual([name, 'HIT']);
      }
    };

    /** The next read of each is made afresh, and shows `text` (or, with `absent`, does not). */
    const expectFresh = async (names: Reader[], text: string, { absent = false } = {}) => {
      for (const name of names) {
        const response = await get(readers()[name]);
        expect([name, response.headers['x-cache']]).toEqual([name, 'MISS']);
        expect([name, response.text.includes(text)]).toEqual([name, !absent]);
      }
    };

    beforeAll(async () => {
      app = await startStrapi({ env });
      token = await createApiToken(app.strapi);
      second = await createSecondArticle(app, token);
      const page = await get(`${API}/articles/slug/${encodeURIComponent(second.slugs.en)}?locale=en`);
      tag = page.body.data.tags.find((entry: { name: string }) => entry.name === 'Afghanistan');
      expert = page.body.data.quotes[0].expert;
    }, 180_000); // booting and writing the second article take long on a loaded machine

    afterAll(async () => {
      await app?.stop();
    });

    it('answers a MISS, then the same answer as a HIT that still gets its ETag and 304', async () => {
      const url = `${API}/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`;
      const first = await get(url);
      expect(first.status).toBe(200);
      expect(first.headers['x-cache']).toBe('MISS');
      const hit = await get(url);
      expect(hit.headers['x-cache']).toBe('HIT');
      expect(hit.body).toEqual(first.body);
      expect(hit.headers['content-type']).toBe(first.headers['content-type']);
      expect(hit.headers.etag).toBe(first.headers.etag);
      expect((await get(url, { 'If-None-Match': first.headers.etag })).status).toBe(304);
      // The order of the parameters does not make another entry.
      const list = await get(`${API}/articles?locale=ar&pagination[pageSize]=5&sort=firstPublishedAt:desc`);
      expect(list.status).toBe(200);
      const reordered = await get(`${API}/articles?sort=firstPublishedAt:desc&pagination[pageSize]=5&locale=ar`);
      expect(reordered.headers['x-cache']).toBe('HIT');
    });

    it('never caches an answer to a token or for drafts, nor serves a cached one to them', async () => {
      const url = readers().page;
      await warm(['page']);
      const withToken = await get(url, { Authorization: `Bearer ${token}` });
      expect(withToken.status).toBe(200);
      expect(withToken.headers['x-cache']).toBe('BYPASS');
      const drafts = await get(`${url}&status=draft`, { Authorization: `Bearer ${token}` });
      expect(drafts.headers['x-cache']).toBe('BYPASS');
      expect((await get(`${url}&status=draft`, { Authorization: `Bearer ${token}` })).headers['x-cache']).toBe(
        'BYPASS',
      );
      // 404s are not kept either.
      expect((await get(`${API}/articles/slug/no-such-article`)).headers['x-cache']).toBe('MISS');
      expect((await get(`${API}/articles/slug/no-such-article`)).headers['x-cache']).toBe('MISS');
    });

    it('stops serving the public a cached answer as soon as the public role loses the permission', async () => {
      const url = readers().page;
      await warm(['page']);
      const permissions = app.strapi.db.query('plugin::users-permissions.permission');
      const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
      const action = 'plugin::newsroom.article.findOne';
      // What the admin's Users & Permissions page does when a box is unticked: the permission row goes.
      await permissions.delete({ where: { action, role: role.id } });
      try {
        const refused = await get(url);
        expect([refused.status, refused.headers['x-cache']]).toEqual([403, undefined]);
      } finally {
        await permissions.create({ data: { action, role: role.id } });
      }
      expect((await get(url)).status).toBe(200);
    });

    it('serves an edited and republished article afresh everywhere it shows', async () => {
      await warm(['page', 'jsonLd', 'ninjs', 'tagList', 'rss']);
      const standfirst = 'Moscow now bets on trade before security.';
      const edited = await api('put', `/articles/${second.documentId}`)
        .query({ locale: 'en', status: 'published' })
        .send({ data: { standfirst } });
      expect(edited.status).toBe(200);
      await expectFresh(['page', 'jsonLd', 'ninjs', 'tagList', 'rss'], standfirst);
    });

    it('leaves the answers of other articles cached when one is edited', async () => {
      const other = `${API}/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`;
      await get(other);
      expect((await get(other)).headers['x-cache']).toBe('HIT');
      await api('put', `/articles/${second.documentId}`)
        .query({ locale: 'en', status: 'published' })
        .send({ data: { standfirst: 'Another standfirst for precision.' } });
      expect((await get(other)).headers['x-cache']).toBe('HIT');
    });

    it('serves the article afresh when a tag it shows is renamed', async () => {
      await warm(['page', 'jsonLd', 'ninjs', 'tagList', 'rss']);
      const name = 'Islamic Emirate of Afghanistan';
      const renamed = await api('put', `/tags/${tag.documentId}`).query({ locale: 'en' }).send({ data: { name } });
      expect(renamed.status).toBe(200);
      // The list is asked for by the tag's old slug, which still leads to it.
      await expectFresh(['page', 'jsonLd', 'ninjs', 'tagList'], name);
    });

    it('serves the article afresh when an expert it quotes is renamed, also from the admin', async () => {
      // ninjs names no people.
      await warm(['page', 'jsonLd']);
      const name = 'John E. Herbst';
      const renamed = await api('put', `/experts/${expert.documentId}`)
        .query({ locale: 'en' })
        .send({ data: { name } });
      expect(renamed.status).toBe(200);
      await expectFresh(['page', 'jsonLd'], name);

      await warm(['page']);
      const admin = await adminSession(app.strapi, app.http());
      const viaAdmin = await app
        .http()
        .put(`/content-manager/collection-types/plugin::newsroom.expert/${expert.documentId}`)
        .query({ locale: 'en' })
        .set('Authorization', `Bearer ${admin.token}`)
        .send({ name: 'Ambassador John Herbst' });
      expect({ status: viaAdmin.status, body: viaAdmin.body }).toMatchObject({ status: 200 });
      await expectFresh(['page'], 'Ambassador John Herbst');
    });

    it('serves the article afresh when a correction is added to it', async () => {
      // ninjs carries no corrections.
      await warm(['page', 'jsonLd', 'rss']);
      const text = 'An earlier version misdated the Crocus City Hall attack.';
      const added = await api('post', `/articles/${second.documentId}/corrections`)
        .query({ locale: 'en' })
        .send({ data: { kind: 'correction', text } });
      expect(added.status).toBe(201);
      await expectFresh(['page', 'jsonLd', 'rss'], text);
    });

    it('lists a newly published article carrying the tag at once', async () => {
      await warm(['tagList', 'rss']);
      const title = 'Kabul reopens its embassy in Moscow';
      const created = await postArticle(
        app,
        token,
        { locale: 'en', status: 'published' },
        { title, body: paragraphs('The embassy reopened.'), tags: [tag.documentId] },
      );
      expect(created.status).toBe(201);
      await expectFresh(['tagList', 'rss'], title);
    });

    it('takes an unpublished article out of every answer at once', async () => {
      await warm(['page', 'jsonLd', 'ninjs', 'tagList', 'rss']);
      const title = 'Moscow and Kabul: a wary partnership';
      const unpublished = await api('post', `/articles/${second.documentId}/unpublish`).send({
        locale: 'en',
        reason: 'Legal review',
      });
      expect(unpublished.status).toBe(200);
      for (const name of ['page', 'jsonLd', 'ninjs'] as const) expect((await get(readers()[name])).status).toBe(404);
      await expectFresh(['tagList', 'rss'], title, { absent: true });
    });

    it('takes a deleted article out of every answer at once', async () => {
      const title = 'A piece about to be deleted';
      const created = await postArticle(
        app,
        token,
        { locale: 'en', status: 'published' },
        { title, body: paragraphs('Soon gone.'), tags: [tag.documentId] },
      );
      const page = `${API}/articles/slug/${encodeURIComponent(created.body.data.slug)}?locale=en`;
      await get(page);
      expect((await get(page)).headers['x-cache']).toBe('HIT');
      await warm(['tagList', 'rss']);
      const deleted = await api('delete', `/articles/${created.body.data.documentId}`).query({ locale: '*' });
      expect(deleted.status).toBe(204);
      expect((await get(page)).status).toBe(404);
      await expectFresh(['tagList', 'rss'], title, { absent: true });
    });
  });

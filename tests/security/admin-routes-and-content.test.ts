import { ARTICLE_UID } from '../../src/plugins/newsroom/server/src/constants';
import { COMPONENT_CATEGORY } from '../../src/plugins/newsroom/server/src/components';
import { adminSession, type AdminPermission } from '../helpers/admin';
import { healthDuring } from '../helpers/health-probe';
import { REFERENCE_SLUG } from '../helpers/reference';
import { createApiToken, quiesce, startStrapi, type TestApp } from '../helpers/strapi';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

/** A role of the content manager limited to `locales` of articles: read, and write and publish there. */
const articlesIn = (locales: string[]): AdminPermission[] =>
  ['read', 'create', 'update', 'publish'].map((verb) => ({
    action: `plugin::content-manager.explorer.${verb}`,
    subject: ARTICLE_UID,
    properties: { locales },
  }));

const SOURCE_COMPONENT = `${COMPONENT_CATEGORY}.source` as const;
const BOOT_TIMEOUT_MS = 180_000;
const UNKNOWN_DOCUMENT = 'zzzzzzzzzzzzzzzzzzzzzzzz';

describe('security: admin routes and content', () => {
  let app: TestApp;
  let token: string;
  let arabicOnly: string;
  let superAdmin: string;
  let documentId: string;
  const HELD_SLUG = 'english-draft-slug';

  const api = (method: 'get' | 'post' | 'put' | 'delete', path: string) =>
    app.http()[method](`/api/newsroom${path}`).set('Authorization', `Bearer ${token}`);
  const admin = (method: 'get' | 'post', path: string, bearer = arabicOnly) =>
    app.http()[method](`/newsroom${path}`).set('Authorization', `Bearer ${bearer}`);

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
    arabicOnly = (await adminSession(app.strapi, app.http(), articlesIn(['ar']))).token;
    superAdmin = (await adminSession(app.strapi, app.http())).token;
    const page = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`).query({ locale: 'ar' });
    documentId = page.body.data.documentId;
    // An English version, published then taken down, and an English draft holding a slug.
    expect((await api('post', `/articles/${documentId}/translations`).send({ locale: 'en' })).status).toBe(201);
    const published = await api('put', `/articles/${documentId}`)
      .query({ locale: 'en', status: 'published' })
      .send({ data: { title: 'Russia and the Taliban', body: [paragraph('Text.')] } });
    expect(published.status).toBe(200);
    const takenDown = await api('post', `/articles/${documentId}/unpublish`).send({ locale: 'en', reason: 'legal review' });
    expect(takenDown.status).toBe(200);
    const draft = await api('post', '/articles')
      .query({ locale: 'en' })
      .send({ data: { title: 'An English draft', slug: HELD_SLUG, body: [paragraph('Draft.')] } });
    expect(draft.status).toBe(201);
    await quiesce(app.strapi);
    // Booting and preparing the articles takes a while when other suites share the CPUs.
  }, BOOT_TIMEOUT_MS);

  afterAll(async () => {
    await app?.stop();
  });

  describe('an admin limited to ar', () => {
    it.each([
      ['GET', '/dashboard?locale=en'],
      ['GET', '/translations?locale=en'],
      ['GET', '/articles/:id/corrections?locale=en'],
      ['POST', '/articles/:id/corrections?locale=en'],
      ['POST', '/articles/:id/translations/en/in-line'],
      ['POST', '/articles/editorial-check?locale=en'],
    ])('gets 403 from %s %s', async (method, path) => {
      const url = path.replace(':id', documentId);
      const request = method === 'GET' ? admin('get', url) : admin('post', url);
      const body = path.includes('editorial-check')
        ? { data: { title: 'x', slug: HELD_SLUG, quotes: [] } }
        : { data: { kind: 'correction', text: 'Corrected.' } };
      const response = await (method === 'GET' ? request : request.send(body));
      expect(response.status).toBe(403);
      expect(JSON.stringify(response.body)).not.toContain(HELD_SLUG);
    });

    it('gets 403 starting a translation it may not read', async () => {
      const response = await admin('post', `/articles/${documentId}/translations`).send({ locale: 'fa' });
      expect(response.status).toBe(403);
    });

    it('reads its own locale', async () => {
      expect((await admin('get', '/dashboard?locale=ar')).status).toBe(200);
      expect((await admin('get', `/articles/${documentId}/corrections?locale=ar`)).status).toBe(200);
      const check = await admin('post', '/articles/editorial-check?locale=ar').send({
        data: { title: 'x', slug: HELD_SLUG, quotes: [] },
      });
      expect(check.status).toBe(200);
      expect(check.body.data.warnings.map((warning: { code: string }) => warning.code)).not.toContain('slug-unavailable');
    });

    it('an editorial check without a locale is one in the default locale, which it may read', async () => {
      expect((await admin('post', '/articles/editorial-check').send({ data: { title: 'x', quotes: [] } })).status).toBe(200);
    });

    it('sees the takedowns of its own locales only in the publication log', async () => {
      const everything = await admin('get', `/articles/${documentId}/publication-log`, superAdmin);
      expect(everything.status).toBe(200);
      expect(everything.body.data.map((event: { articleLocale: string }) => event.articleLocale)).toContain('en');
      const limited = await admin('get', `/articles/${documentId}/publication-log`);
      expect(limited.status).toBe(200);
      expect(limited.body.data).toEqual([]);
    });

    it('sees no title of a locale it may not read in the translations overview', async () => {
      const translatorOfEnglish = (await adminSession(app.strapi, app.http(), articlesIn(['en']))).token;
      const response = await admin('get', '/translations?locale=en', translatorOfEnglish);
      expect(response.status).toBe(200);
      const row = response.body.data.find((item: { documentId: string }) => item.documentId === documentId);
      expect(row).toBeDefined();
      expect(row.sourceTitle).toBe('');
      const everyTitle = JSON.stringify(response.body.data);
      const arabicTitle = (await api('get', `/articles/${documentId}`).query({ locale: 'ar' })).body.data.title as string;
      expect(everyTitle).not.toContain(arabicTitle);
    });
  });

  describe('URLs that leave the site', () => {
    const LEAVING = ['//evil.example/x', '/\\evil.example', '/\t/evil.example', 'javascript:alert(1)', 'http:///evil.example'];
    const linkTo = (url: string) => ({
      type: 'paragraph',
      children: [{ type: 'link', url, children: [{ type: 'text', text: 'read more' }] }],
    });
    const write = (data: Record<string, unknown>) =>
      api('post', '/articles').query({ locale: 'en' }).send({ data: { title: 'Links', body: [paragraph('Text.')], ...data } });

    it.each(LEAVING)('refuses the link %j at write, naming the field', async (url) => {
      const response = await write({ body: [linkTo(url)] });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/^data\.body\.0\.children\.0\.url: /);
    });

    it.each(LEAVING)('refuses the source URL %j at write, naming the field', async (url) => {
      const response = await write({ sources: [{ name: 'Somewhere', url }] });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/^data\.sources\.0\.url: /);
    });

    it('keeps the server answering while it checks the most links a body may hold', async () => {
      // As many 2,000-character links as fit in the 1 MB body limit (450), each refused: the check is linear.
      const longUrl = `//evil.example/${'a'.repeat(1984)}`;
      const body = Array.from({ length: 45 }, () => ({
        type: 'paragraph',
        children: Array.from({ length: 10 }, () => ({ type: 'link', url: longUrl, children: [{ type: 'text', text: 'x' }] })),
      }));
      const started = Date.now();
      const { response, worstHealthMs, probes } = await healthDuring(app.http, () => write({ body }));
      console.info(`450 links of 2,000 characters: ${response.status} in ${Date.now() - started} ms, /_health worst ${worstHealthMs} ms over ${probes} probes`);
      expect(response.status).toBe(400);
      expect(worstHealthMs).toBeLessThan(1000);
    });

    it('takes absolute http(s) URLs, site paths and mailto: links', async () => {
      const response = await write({
        body: [linkTo('https://example.com/a'), linkTo('/ar/articles/x'), linkTo('mailto:desk@example.com')],
        sources: [{ name: 'Example', url: 'https://example.com/report' }],
      });
      expect(response.status).toBe(201);
    });

    it('drops stored URLs that leave the site from html, ninjs, JSON-LD, RSS and Atom', async () => {
      const slug = 'stored-links-that-leave';
      const created = await api('post', '/articles')
        .query({ locale: 'en', status: 'published' })
        .send({
          data: { title: 'Stored links', slug, body: [paragraph('Text.')], sources: [{ name: 'Elsewhere', url: 'https://example.com/' }] },
        });
      expect(created.status).toBe(201);
      // As stored before validation refused them (or written past it): straight into the published row.
      const body = [
        ...LEAVING.map(linkTo),
        { type: 'image', image: { url: '//evil.example/pixel.png', alternativeText: 'pixel' }, children: [{ type: 'text', text: '' }] },
      ];
      const row = await app.strapi.db.query(ARTICLE_UID).findOne({
        where: { documentId: created.body.data.documentId, locale: 'en', publishedAt: { $notNull: true } },
        populate: { sources: true },
      });
      await app.strapi.db.query(ARTICLE_UID).update({ where: { id: row.id }, data: { body } });
      await app.strapi.db.query(SOURCE_COMPONENT).update({ where: { id: row.sources[0].id }, data: { url: '//evil.example/source' } });
      for (const path of [`/articles/slug/${slug}/ninjs`, `/articles/slug/${slug}/jsonld`, '/feeds/rss', '/feeds/atom']) {
        const response = await app.http().get(`/api/newsroom${path}`).query({ locale: 'en' }).buffer(true).parse((res, done) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => done(null, text));
        });
        expect(response.status).toBe(200);
        const output = response.body as string;
        // The body is rendered as HTML in all but JSON-LD: the links' text stays, without the link.
        if (!path.endsWith('jsonld')) expect(output).toContain('read more');
        expect(output).not.toMatch(/evil\.example|javascript:/);
      }
    });
  });

  describe('image blocks tied to the media library', () => {
    let file: { id: number; documentId: string; url: string; hash: string; mime: string; alternativeText: string };
    const imageBlock = (image: Record<string, unknown>) => ({ type: 'image', image, children: [{ type: 'text', text: '' }] });
    const MADE_UP = { url: 'https://evil.example/x.png', hash: 'made-up', mime: 'text/html', onerror: 'alert(1)' };

    beforeAll(async () => {
      file = await app.strapi.db.query('plugin::upload.file').create({
        data: {
          name: 'kabul.png',
          alternativeText: 'A street in Kabul',
          hash: 'kabul_3f2a',
          ext: '.png',
          mime: 'image/png',
          size: 12.5,
          width: 640,
          height: 480,
          url: '/uploads/kabul_3f2a.png',
          provider: 'local',
        },
      });
    });

    const storedImage = async (documentId: string) => {
      const row = await app.strapi.db.query(ARTICLE_UID).findOne({ where: { documentId, locale: 'en' } });
      return (row.body as { type: string; image?: Record<string, unknown> }[]).find((block) => block.type === 'image');
    };

    it.each(['id', 'documentId'] as const)('keeps the file’s own fields, found by %s, and nothing the client made up', async (key) => {
      const created = await api('post', '/articles')
        .query({ locale: 'en' })
        .send({ data: { title: `Image by ${key}`, body: [paragraph('Text.'), imageBlock({ [key]: file[key], ...MADE_UP })] } });
      expect(created.status).toBe(201);
      const stored = await storedImage(created.body.data.documentId);
      expect(stored?.image).toMatchObject({ id: file.id, documentId: file.documentId, url: file.url, hash: file.hash, mime: file.mime });
      expect(stored?.image?.alternativeText).toBe('A street in Kabul');
      expect(stored?.image).not.toHaveProperty('onerror');
      expect(JSON.stringify(stored)).not.toContain('evil.example');
    });

    it.each([
      ['a file that does not exist', { id: 987654 }],
      ['a documentId that does not exist', { documentId: UNKNOWN_DOCUMENT }],
      ['no file at all', { url: '/uploads/kabul_3f2a.png' }],
    ])('refuses an image block naming %s, naming the field', async (_name, image) => {
      const response = await api('post', '/articles')
        .query({ locale: 'en' })
        .send({ data: { title: 'No image', body: [imageBlock(image)] } });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/^data\.body\.0\.image: /);
    });

    it('keeps the server answering while it checks the most image blocks a body may hold', async () => {
      // 2,000 blocks (the body's limit), each naming another file that does not exist: four lookups of 500.
      const body = Array.from({ length: 2000 }, (_, index) => imageBlock({ id: 1_000_000 + index, ...MADE_UP }));
      const started = Date.now();
      const { response, worstHealthMs, probes } = await healthDuring(app.http, () =>
        api('post', '/articles').query({ locale: 'en' }).send({ data: { title: 'Many images', body } }),
      );
      console.info(`2,000 image blocks: ${response.status} in ${Date.now() - started} ms, /_health worst ${worstHealthMs} ms over ${probes} probes`);
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors).toHaveLength(2000);
      expect(worstHealthMs).toBeLessThan(1000);
    });

    it('holds for writes past the REST validation too (the admin, the seed): the Document Service', async () => {
      const documents = app.strapi.documents(ARTICLE_UID);
      const created = await documents.create({
        locale: 'en',
        data: { title: 'Written in the admin', body: [imageBlock({ id: file.id, ...MADE_UP, onload: 'x' })] },
      } as Parameters<typeof documents.create>[0]);
      const stored = await storedImage(created.documentId);
      expect(stored?.image).toMatchObject({ id: file.id, url: file.url, mime: file.mime });
      expect(stored?.image).not.toHaveProperty('onload');
      await expect(
        documents.create({
          locale: 'en',
          data: { title: 'Made-up image', body: [imageBlock({ id: 987654, url: '/x.png' })] },
        } as Parameters<typeof documents.create>[0]),
      ).rejects.toThrow(/body\.0\.image/);
    });
  });

  describe('404 where nothing exists', () => {
    it.each(['articles', 'experts', 'tags'])('DELETE /%s/:id of a document that does not exist', async (path) => {
      const response = await api('delete', `/${path}/${UNKNOWN_DOCUMENT}`);
      expect(response.status).toBe(404);
      expect(response.body.error.message).toContain(UNKNOWN_DOCUMENT);
    });

    it('DELETE in a locale the document does not have', async () => {
      expect((await api('delete', `/articles/${documentId}`).query({ locale: 'ru' })).status).toBe(404);
    });

    it('a correction on an unknown document', async () => {
      const response = await api('post', `/articles/${UNKNOWN_DOCUMENT}/corrections`)
        .query({ locale: 'ar' })
        .send({ data: { kind: 'correction', text: 'Corrected.' } });
      expect(response.status).toBe(404);
    });

    it('the corrections of an unknown article in the admin; an existing article without any lists none', async () => {
      expect((await admin('get', `/articles/${UNKNOWN_DOCUMENT}/corrections?locale=ar`, superAdmin)).status).toBe(404);
      const none = await admin('get', `/articles/${documentId}/corrections?locale=ru`, superAdmin);
      expect({ status: none.status, data: none.body.data }).toEqual({ status: 200, data: [] });
    });

    it('the publication log of an unknown article, through the API and the admin', async () => {
      expect((await api('get', `/articles/${UNKNOWN_DOCUMENT}/publication-log`)).status).toBe(404);
      expect((await admin('get', `/articles/${UNKNOWN_DOCUMENT}/publication-log`, superAdmin)).status).toBe(404);
    });
  });
});

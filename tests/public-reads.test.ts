import { postArticle } from './helpers/articles';
import { paragraphs } from './helpers/blocks';
import { REFERENCE_SLUG } from './helpers/reference';
import { createSecondArticle, type SecondArticle } from './helpers/second-article';
import { createApiToken, startStrapi, type TestApp } from './helpers/strapi';

const API = '/api/newsroom';
const PERMISSION = 'plugin::users-permissions.permission';

/**
 * The article page and the article list are answered for the public before Strapi's router
 * (middlewares/public-reads.ts). Their answers must be the routes' own: compared here with the route's answer
 * to a reader with a token (which the early answer leaves to the route), with the response cache off so
 * that every answer is made afresh.
 */
describe('public reads answered before the router', () => {
  let app: TestApp;
  let token: string;
  let second: SecondArticle;
  let referenceId: string;
  let tagSlug: string;

  const get = (url: string) => app.http().get(url);
  const withToken = (url: string) => app.http().get(url).set('Authorization', `Bearer ${token}`);
  const api = (method: 'post' | 'put', url: string) =>
    app.http()[method](`${API}${url}`).set('Authorization', `Bearer ${token}`);

  const pages = () => [
    `${API}/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}?locale=ar`,
    `${API}/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`,
    `${API}/articles/slug/${encodeURIComponent(second.slugs.en)}?locale=en`,
    `${API}/articles/slug/${encodeURIComponent(second.slugs.ar)}?locale=ar&status=published`,
  ];
  const lists = () => [
    `${API}/articles?locale=ar`,
    `${API}/articles?locale=en&pageSize=1&page=1`,
    `${API}/articles?locale=ar&tag=${encodeURIComponent(tagSlug)}&sort=firstPublishedAt:asc`,
    `${API}/articles`,
  ];

  /** The SQL a request runs, by what it reads. */
  const sqlOf = async (url: string) => {
    const seen: string[] = [];
    const listener = ({ sql }: { sql: string }) => seen.push(sql);
    app.strapi.db.connection.on('query', listener);
    try {
      const response = await get(url);
      expect([url, response.status]).toEqual([url, 200]);
    } finally {
      app.strapi.db.connection.off('query', listener);
    }
    return seen;
  };

  const publicRole = async () =>
    (await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } })) as {
      id: number;
    };

  /** Runs `check` with `action` taken from the public role, as unticking it in Users & Permissions does. */
  const without = async (action: string, check: () => Promise<void>) => {
    const role = await publicRole();
    await app.strapi.db.query(PERMISSION).delete({ where: { action, role: role.id } });
    try {
      await check();
    } finally {
      await app.strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
    }
  };

  beforeAll(async () => {
    app = await startStrapi({ env: { NEWSROOM_RESPONSE_CACHE: 'off' } });
    token = await createApiToken(app.strapi);
    second = await createSecondArticle(app, token);
    const reference = await withToken(pages()[0]);
    referenceId = reference.body.data.documentId;
    tagSlug = reference.body.data.tags[0].slug;
    // An amended correction: the page reads the log with its earlier wordings in the same query.
    const added = await api('post', `/articles/${referenceId}/corrections`)
      .query({ locale: 'ar' })
      .send({ data: { kind: 'correction', text: 'صُحّح عدد الضحايا.' } });
    expect(added.status).toBe(201);
    const amended = await api('put', `/corrections/${added.body.data.documentId}`).send({
      data: { text: 'صُحّح عدد الضحايا إلى 145.' },
    });
    expect(amended.status).toBe(200);
  });

  afterAll(async () => {
    await app?.stop();
  });

  /** Each of `urls` answered to the public as the route answers a reader with a token. */
  const expectAsRouted = async (urls: string[]) => {
    for (const url of urls) {
      const early = await get(url);
      const routed = await withToken(url);
      expect([url, early.status, routed.status]).toEqual([url, 200, 200]);
      expect(early.body).toEqual(routed.body);
    }
  };

  it('sends under /api/newsroom the security headers Strapi sends elsewhere, to every request', async () => {
    const SECURITY = [
      'content-security-policy',
      'strict-transport-security',
      'x-frame-options',
      'x-content-type-options',
      'referrer-policy',
      'x-dns-prefetch-control',
      'x-download-options',
      'x-permitted-cross-domain-policies',
    ];
    const securityOf = (response: { headers: Record<string, string> }) =>
      Object.fromEntries(SECURITY.map((name) => [name, response.headers[name]]));
    const elsewhere = securityOf(await get('/api/no-such-route'));
    expect(Object.values(elsewhere).every(Boolean)).toBe(true);
    for (const url of [pages()[0], pages()[0], lists()[0], `${API}/articles/slug/no-such-article`]) {
      expect([url, securityOf(await get(url))]).toEqual([url, elsewhere]);
    }
    for (let i = 0; i < 2; i += 1)
      expect(securityOf(await app.http().post(`${API}/articles`).send({}))).toEqual(elsewhere);
  });

  it('answers the article page as its route does', async () => {
    await expectAsRouted(pages());
    const page = (await get(pages()[0])).body.data;
    expect(page.corrections).toEqual([
      expect.objectContaining({ text: 'صُحّح عدد الضحايا إلى 145.', earlierWordings: [expect.any(Object)] }),
    ]);
    expect(page.tags.length).toBeGreaterThan(0);
    expect(page.quotes[0].expert.name).toEqual(expect.any(String));
  });

  it('answers the article list as its route does', async () => {
    await expectAsRouted(lists());
  });

  it('reads the page in one query, and the public role at most once a second', async () => {
    const url = pages()[0];
    await get(url);
    const started = Date.now();
    const runs = [];
    for (let i = 0; i < 10; i += 1) runs.push(await sqlOf(url));
    const seconds = (Date.now() - started) / 1000;
    const own = runs.map((sql) => sql.filter((text) => text.includes('newsroom_')).length);
    expect(own).toEqual(Array(10).fill(1));
    // Through Strapi's router, Users & Permissions reads the role's permissions at every request.
    const roleReads = runs.flat().filter((text) => text.includes('up_permissions')).length;
    expect(roleReads).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
  });

  it('leaves to the routes what only they answer, with their statuses', async () => {
    const unknownLocale = await get(`${API}/articles?locale=xx`);
    expect(unknownLocale.status).toBe(400);
    expect(unknownLocale.body.error.message).toContain('locale');
    const badSize = await get(`${API}/articles?pageSize=0`);
    expect(badSize.status).toBe(400);
    expect(badSize.body.error.message).toContain('pageSize');
    expect((await get(`${API}/articles?locale=ar&tag=%00`)).status).toBe(400);
    expect((await get(`${API}/articles/slug/no-such-article?locale=ar`)).status).toBe(404);
    expect((await get(`${API}/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}?status=draft`)).status).toBe(403);
    // Strapi's nested spelling of paging goes through the route, to the same answer.
    const nested = await get(`${API}/articles?locale=ar&pagination[page]=1&pagination[pageSize]=1`);
    expect(nested.body).toEqual((await get(`${API}/articles?locale=ar&page=1&pageSize=1`)).body);
  });

  it('leaves to the router a slug that an earlier route takes for a documentId', async () => {
    const created = await postArticle(
      app,
      token,
      { locale: 'en', status: 'published' },
      {
        title: 'Translations',
        body: paragraphs('A piece about translators.'),
      },
    );
    expect([created.status, created.body.data.slug]).toEqual([201, 'translations']);
    // /articles/:documentId/translations, for API tokens only, comes first in Strapi's router.
    expect([401, 403]).toContain((await get(`${API}/articles/slug/translations?locale=en`)).status);
  });

  it('shows no relation the public may not find, as the route’s sanitizer does', async () => {
    const url = pages()[0];
    await without('plugin::newsroom.entity-tag.find', async () => {
      const page = (await get(url)).body.data;
      expect(page.title).toEqual(expect.any(String));
      expect(page).not.toHaveProperty('tags');
    });
    expect((await get(url)).body.data.tags.length).toBeGreaterThan(0);
  });

  it('refuses the page and the list at once when the public role loses their permission', async () => {
    await without('plugin::newsroom.article.findOne', async () => {
      expect((await get(pages()[0])).status).toBe(403);
    });
    await without('plugin::newsroom.article.find', async () => {
      expect((await get(lists()[0])).status).toBe(403);
    });
    expect((await get(pages()[0])).status).toBe(200);
    expect((await get(lists()[0])).status).toBe(200);
  });
});

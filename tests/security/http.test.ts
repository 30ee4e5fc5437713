import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import supertest from 'supertest';
import { ADMIN_PASSWORD, adminLogin, adminSession } from '../helpers/admin';
import { healthDuring } from '../helpers/health-probe';
import { APP_DIR, startStrapi, type TestApp } from '../helpers/strapi';
import { closePublicRegistrationOnce } from '../../src/plugins/newsroom/server/src/accounts/public-registration';

const FRONTEND = 'https://www.newsroom-front.example';
const FOREIGN = 'https://evil.example';
const LOGIN_FAILURES = 20;
// A first boot on MariaDB creates the schema: under the load of parallel suites it passed the 60 s default.
const BOOT_TIMEOUT_MS = 180_000;
// Where the documentation plugin, unchanged, writes and reads the OpenAPI document of every instance.
const SHARED_DOCUMENT = path.join(APP_DIR, 'src', 'extensions', 'documentation', 'documentation', '1.0.0', 'full_documentation.json');

interface RefreshCookieAgent {
  agent: supertest.Agent;
  email: string;
}

describe('HTTP surface: CORS, encodings, accounts, logins, headers, OpenAPI', () => {
  let app: TestApp;
  let adminOrigin: string;
  let superToken: string;

  /** An admin logged in through the admin's login, the refresh cookie kept in its own agent. */
  const loggedInAdmin = async (): Promise<RefreshCookieAgent> => {
    const { email } = await adminSession(app.strapi, app.http());
    const agent = app.http();
    await adminLogin(agent, email);
    return { agent, email };
  };

  const endpointUser = async (): Promise<{ id: number; documentId: string; email: string; password: string }> => {
    const role: { id: number } = await app.strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'authenticated' } });
    const email = `reader-${randomBytes(4).toString('hex')}@newsroom.example`;
    const password = 'Reader-pass-9';
    const user = (await app.strapi.plugin('users-permissions').service('user').add({
      username: email,
      email,
      password,
      provider: 'local',
      confirmed: true,
      role: role.id,
    })) as { id: number; documentId: string };
    return { id: user.id, documentId: user.documentId, email, password };
  };

  beforeAll(async () => {
    app = await startStrapi({ env: { NEWSROOM_CORS_ORIGINS: FRONTEND } });
    adminOrigin = new URL(app.strapi.config.get<string>('admin.absoluteUrl')).origin;
    superToken = (await adminSession(app.strapi, app.http())).token;
    // Users & Permissions' own limit (five requests per address on /api/auth/local, successes included) would
    // answer 429 before the newsroom's: off, so that what is measured is the newsroom's.
    app.strapi.config.set('plugin::users-permissions.ratelimit', { enabled: false });
  }, BOOT_TIMEOUT_MS);

  afterAll(async () => {
    await app?.stop();
  });

  describe('CORS by allow-list', () => {
    it("gives a foreign origin's access-token request with the admin's refresh cookie no CORS grant", async () => {
      const { agent } = await loggedInAdmin();
      const foreign = await agent.post('/admin/access-token').set('Origin', FOREIGN);
      expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
      expect(foreign.headers['access-control-allow-credentials']).toBeUndefined();

      const own = await agent.post('/admin/access-token').set('Origin', adminOrigin);
      expect(own.status).toBe(200);
      expect(own.headers['access-control-allow-origin']).toBe(adminOrigin);
      expect(own.headers['access-control-allow-credentials']).toBe('true');
    });

    it('gives no grant to the origin "null", nor to a configured front end on the admin routes', async () => {
      for (const origin of ['null', FRONTEND]) {
        const answer = await app.http().post('/admin/access-token').set('Origin', origin);
        expect({ origin, grant: answer.headers['access-control-allow-origin'] }).toEqual({ origin, grant: undefined });
      }
    });

    it('gives a configured front end CORS without credentials on /api and /graphql, preflight included', async () => {
      const rest = await app.http().get('/api/newsroom/articles?locale=ar').set('Origin', FRONTEND);
      expect(rest.status).toBe(200);
      expect(rest.headers['access-control-allow-origin']).toBe(FRONTEND);
      expect(rest.headers['access-control-allow-credentials']).toBeUndefined();
      expect(rest.headers.vary).toMatch(/Origin/);

      const graphql = await app.http().post('/graphql').set('Origin', FRONTEND).send({ query: '{ __typename }' });
      expect(graphql.headers['access-control-allow-origin']).toBe(FRONTEND);
      expect(graphql.headers['access-control-allow-credentials']).toBeUndefined();

      const preflight = await app
        .http()
        .options('/graphql')
        .set('Origin', FRONTEND)
        .set('Access-Control-Request-Method', 'POST');
      expect(preflight.status).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe(FRONTEND);

      const foreignGraphql = await app.http().post('/graphql').set('Origin', FOREIGN).send({ query: '{ __typename }' });
      expect(foreignGraphql.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('sends no empty Access-Control-Allow-Origin when there is no Origin', async () => {
      const answer = await app.http().get('/api/newsroom/articles?locale=ar');
      expect(answer.headers).not.toHaveProperty('access-control-allow-origin');
    });
  });

  describe('Content-Encoding', () => {
    const login = (encoding: string, body: Buffer) =>
      app
        .http()
        .post('/api/auth/local')
        .set('Content-Type', 'application/json')
        .set('Content-Encoding', encoding)
        // As the bytes are: superagent would serialize a Buffer to JSON for a JSON content type.
        .serialize((bytes: Buffer) => bytes as unknown as string)
        .send(body);

    it('answers a malformed gzip, deflate or br body with a 400 naming the body, logging no stack', async () => {
      const logged = jest.spyOn(app.strapi.log, 'error');
      try {
        const garbage = Buffer.from('this is not compressed at all, only claimed to be');
        for (const encoding of ['gzip', 'deflate', 'br']) {
          const answer = await login(encoding, garbage);
          expect({ encoding, status: answer.status }).toEqual({ encoding, status: 400 });
          expect(answer.body.error.message).toMatch(/^body: /);
        }
        const truncated = gzipSync(Buffer.from(JSON.stringify({ identifier: 'a', password: 'b' }))).subarray(0, 12);
        expect((await login('gzip', truncated)).status).toBe(400);
        expect(logged).not.toHaveBeenCalled();
      } finally {
        logged.mockRestore();
      }
    });

    it('answers a compression bomb with a 413 without holding the server', async () => {
      // 2 KB of gzip or br, 20 MB once inflated: past the body limit (1 MB).
      const inflated = Buffer.alloc(20 * 2 ** 20, 0x20);
      for (const [encoding, body] of [
        ['gzip', gzipSync(inflated)],
        ['deflate', deflateSync(inflated)],
        ['br', brotliCompressSync(inflated)],
      ] as const) {
        const { response, worstHealthMs } = await healthDuring(app.http, () => login(encoding, body));
        expect({ encoding, status: response.status }).toEqual({ encoding, status: 413 });
        expect(worstHealthMs).toBeLessThan(1000);
      }
    });

    it('still takes a well-formed compressed body', async () => {
      const answer = await login('gzip', gzipSync(Buffer.from(JSON.stringify({ identifier: 'nobody@newsroom.example', password: 'Wrong-pass-1' }))));
      // The body was read: the login itself is refused, not the encoding.
      expect(answer.status).toBe(400);
      expect(answer.body.error.message).toBe('Invalid identifier or password');
      await app.strapi.plugin('newsroom').service('loginThrottle').close();
    });
  });

  describe('public self-registration', () => {
    it('is closed over REST and GraphQL', async () => {
      const email = `self-${randomBytes(4).toString('hex')}@newsroom.example`;
      const rest = await app.http().post('/api/auth/local/register').send({ username: email, email, password: 'Self-pass-99' });
      expect(rest.status).toBe(400);
      expect(rest.body.error.message).toMatch(/disabled/i);

      const graphql = await app
        .http()
        .post('/graphql')
        .send({
          query: 'mutation($input: UsersPermissionsRegisterInput!) { register(input: $input) { jwt } }',
          variables: { input: { username: `g${email}`, email: `g${email}`, password: 'Self-pass-99' } },
        });
      expect(graphql.body.data?.register ?? null).toBeNull();
      expect(graphql.body.errors?.[0]?.message).toMatch(/disabled/i);

      const created = await app.strapi.db.query('plugin::users-permissions.user').count({ where: { email: { $in: [email, `g${email}`] } } });
      expect(created).toBe(0);
    });

    it('stays open at the next start once an operator re-opens it', async () => {
      const settings = app.strapi.store({ type: 'plugin', name: 'users-permissions' });
      const advanced = (await settings.get({ key: 'advanced' })) as Record<string, unknown>;
      await settings.set({ key: 'advanced', value: { ...advanced, allow_register: true } });
      try {
        // What the plugin's bootstrap runs at every start.
        expect(await closePublicRegistrationOnce(app.strapi)).toBe(false);
        expect(((await settings.get({ key: 'advanced' })) as { allow_register: boolean }).allow_register).toBe(true);
      } finally {
        await settings.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
      }
    });
  });

  describe('a new password ends the sessions', () => {
    it("of an admin whose password a super admin sets: the old refresh cookie no longer works", async () => {
      const { agent, email } = await loggedInAdmin();
      expect((await agent.post('/admin/access-token')).status).toBe(200);
      const { id } = await app.strapi.db.query('admin::user').findOne({ where: { email } });

      const set = await app.http().put(`/admin/users/${id}`).set('Authorization', `Bearer ${superToken}`).send({ password: 'Another-pass-7' });
      expect(set.status).toBe(200);

      expect((await agent.post('/admin/access-token')).status).toBe(401);
      await expect(adminLogin(app.http(), email, ADMIN_PASSWORD)).rejects.toThrow(/400/);
      await expect(adminLogin(app.http(), email, 'Another-pass-7')).resolves.toEqual(expect.any(String));
    });

    it('of a Users & Permissions user whose password is set from the admin: the old refresh token no longer works', async () => {
      const user = await endpointUser();
      const agent = app.http();
      const login = await agent.post('/api/auth/local').send({ identifier: user.email, password: user.password });
      expect(login.status).toBe(200);
      expect((await agent.post('/api/auth/refresh').send({})).status).toBe(200);

      // What the admin's content manager does when an editor types a new password.
      await app.strapi.documents('plugin::users-permissions.user').update({ documentId: user.documentId, data: { password: 'Reset-pass-77' } } as never);

      expect((await agent.post('/api/auth/refresh').send({})).status).toBe(401);
    });
  });

  describe('failed logins per address, across accounts', () => {
    const forget = () => app.strapi.plugin('newsroom').service('loginThrottle').close();
    beforeEach(forget);
    afterEach(forget);

    const spray = async (login: (email: string) => Promise<supertest.Response>) => {
      const statuses: number[] = [];
      let throttled: supertest.Response | undefined;
      for (let attempt = 0; attempt < 25; attempt += 1) {
        const answer = await login(`sprayed-${attempt}-${randomBytes(3).toString('hex')}@newsroom.example`);
        statuses.push(answer.status);
        if (answer.status === 429) throttled ??= answer;
      }
      return { statuses, throttled };
    };

    it('answers 429 with Retry-After past the limit on /admin/login, even for a right password', async () => {
      const { email } = await adminSession(app.strapi, app.http());
      const { statuses, throttled } = await spray((sprayed) => app.http().post('/admin/login').send({ email: sprayed, password: 'Spring-2026!' }));
      expect(statuses).toEqual([...Array(LOGIN_FAILURES).fill(400), ...Array(25 - LOGIN_FAILURES).fill(429)]);
      expect(Number(throttled?.headers['retry-after'])).toBeGreaterThan(0);
      expect(throttled?.body.error.name).toBe('RateLimitError');
      expect((await app.http().post('/admin/login').send({ email, password: ADMIN_PASSWORD })).status).toBe(429);
    });

    it('answers 429 past the limit on /api/auth/local and on GraphQL login, which share the count', async () => {
      const { statuses } = await spray((sprayed) => app.http().post('/api/auth/local').send({ identifier: sprayed, password: 'Spring-2026!' }));
      expect(statuses).toEqual([...Array(LOGIN_FAILURES).fill(400), ...Array(25 - LOGIN_FAILURES).fill(429)]);
      const graphql = await app
        .http()
        .post('/graphql')
        .send({ query: 'mutation { login(input: { identifier: "x@newsroom.example", password: "y" }) { jwt } }' });
      expect(graphql.body.errors?.[0]?.extensions?.error?.name ?? graphql.body.error?.name).toBe('RateLimitError');
    });

    it('lets a burst of parallel logins through only up to the limit', async () => {
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, attempt) =>
          app.http().post('/admin/login').send({ email: `burst-${attempt}@newsroom.example`, password: 'Spring-2026!' }),
        ),
      );
      const statuses = answers.map((answer) => answer.status);
      expect(statuses.filter((status) => status === 400)).toHaveLength(LOGIN_FAILURES);
      expect(statuses.filter((status) => status === 429)).toHaveLength(30 - LOGIN_FAILURES);
    });

    it('counts a login path written in capitals, which the router takes as the same route', async () => {
      const { statuses } = await spray((sprayed) => app.http().post('/API/Auth/Local').send({ identifier: sprayed, password: 'Spring-2026!' }));
      expect(statuses.slice(LOGIN_FAILURES)).toEqual(Array(25 - LOGIN_FAILURES).fill(429));
      expect((await app.http().post('/Admin/Login').send({ email: 'x@newsroom.example', password: 'y' })).headers['cache-control']).toBe('no-store');
    });

    it('counts GraphQL login failures too', async () => {
      const { statuses } = await spray(async (sprayed) => {
        const answer = await app
          .http()
          .post('/graphql')
          .send({ query: `mutation { login(input: { identifier: "${sprayed}", password: "Spring-2026!" }) { jwt } }` });
        return { ...answer, status: answer.body.errors?.[0]?.extensions?.error?.name === 'RateLimitError' ? 429 : 400 } as supertest.Response;
      });
      expect(statuses).toEqual([...Array(LOGIN_FAILURES).fill(400), ...Array(25 - LOGIN_FAILURES).fill(429)]);
    });
  });

  describe('headers', () => {
    it('sends no X-Powered-By', async () => {
      const answer = await app.http().get('/api/newsroom/articles?locale=ar');
      expect(answer.headers['x-powered-by']).toBeUndefined();
    });

    it('marks answers carrying credentials no-store', async () => {
      const { email } = await adminSession(app.strapi, app.http());
      const agent = app.http();
      const login = await agent.post('/admin/login').send({ email, password: ADMIN_PASSWORD });
      expect(login.status).toBe(200);
      expect(login.headers['cache-control']).toBe('no-store');
      expect((await agent.post('/admin/access-token')).headers['cache-control']).toBe('no-store');

      const user = await endpointUser();
      const local = await app.http().post('/api/auth/local').send({ identifier: user.email, password: user.password });
      expect({ status: local.status, body: local.body }).toMatchObject({ status: 200 });
      expect(local.headers['cache-control']).toBe('no-store');

      const graphql = await app
        .http()
        .post('/graphql')
        .send({ query: `mutation { login(input: { identifier: "${user.email}", password: "${user.password}" }) { jwt } }` });
      expect(graphql.body.data?.login?.jwt).toEqual(expect.any(String));
      expect(graphql.headers['cache-control']).toBe('no-store');
    });
  });

  describe('500s', () => {
    it('are logged as one bounded line, without the statement, and answered without it', async () => {
      const search = app.strapi.plugin('newsroom').service('search');
      const statement = `select * from "newsroom_articles" where "title" = '${'x'.repeat(100_000)}'\n    at Stack.frame (/app/node_modules/knex.js:1:1)`;
      const failing = jest.spyOn(search, 'search').mockRejectedValue(new Error(statement));
      const logged = jest.spyOn(app.strapi.log, 'error').mockImplementation(() => app.strapi.log);
      try {
        const answer = await app.http().get(`/api/newsroom/search?q=q${randomBytes(3).toString('hex')}&locale=ar`);
        expect(answer.status).toBe(500);
        expect(JSON.stringify(answer.body)).not.toMatch(/select|newsroom_articles/);
        expect(logged).toHaveBeenCalledTimes(1);
        const [line] = logged.mock.calls[0] as unknown as [string];
        expect(typeof line).toBe('string');
        expect(line).not.toMatch(/\n/);
        expect(line.length).toBeLessThan(700);
        expect(line).toMatch(/^GET \/api\/newsroom\/search: select/);
      } finally {
        failing.mockRestore();
        logged.mockRestore();
      }
    });

    it('are not made of client mistakes: an error carrying a 4xx status is answered with it, unlogged', async () => {
      const search = app.strapi.plugin('newsroom').service('search');
      const refused = Object.assign(new Error('q: too many terms'), { status: 400 });
      const failing = jest.spyOn(search, 'search').mockRejectedValue(refused);
      const logged = jest.spyOn(app.strapi.log, 'error').mockImplementation(() => app.strapi.log);
      try {
        const answer = await app.http().get(`/api/newsroom/search?q=q${randomBytes(3).toString('hex')}&locale=ar`);
        expect(answer.status).toBe(400);
        expect(answer.body.error).toMatchObject({ status: 400, message: 'q: too many terms' });
        expect(logged).not.toHaveBeenCalled();
      } finally {
        failing.mockRestore();
        logged.mockRestore();
      }
    });
  });

  describe('the OpenAPI document', () => {
    it('is served from memory, this instance\'s own, whatever another instance wrote into the app folder', async () => {
      const existed = existsSync(SHARED_DOCUMENT);
      const before = existed ? readFileSync(SHARED_DOCUMENT, 'utf8') : undefined;
      try {
        mkdirSync(path.dirname(SHARED_DOCUMENT), { recursive: true });
        writeFileSync(SHARED_DOCUMENT, JSON.stringify({ openapi: '3.0.0', info: { title: 'x', version: '1.0.0' }, servers: [{ url: 'http://other-instance.example/api' }], paths: {} }));
        const page = await app.http().get('/documentation/v1.0.0');
        expect(page.status).toBe(200);
        const spec = JSON.parse(/spec: (\{.*\}),\s*dom_id/s.exec(page.text)?.[1] ?? '{}');
        expect(spec.servers).toEqual([{ url: `${app.strapi.config.get('server.absoluteUrl')}/api`, description: 'Development server' }]);
        expect(Object.keys(spec.paths).length).toBeGreaterThan(20);
      } finally {
        if (before !== undefined) writeFileSync(SHARED_DOCUMENT, before);
        else rmSync(SHARED_DOCUMENT, { force: true });
      }
    });
  });

  describe('freeze probe', () => {
    it('keeps /_health answering while a throttled spray goes on', async () => {
      const { response, worstHealthMs } = await healthDuring(app.http, async () => {
        let last: supertest.Response | undefined;
        for (let attempt = 0; attempt < 30; attempt += 1) {
          last = await app.http().post('/api/auth/local').send({ identifier: `f${attempt}@newsroom.example`, password: 'x' });
        }
        return last as supertest.Response;
      });
      expect(response.status).toBe(429);
      expect(worstHealthMs).toBeLessThan(1000);
      await app.strapi.plugin('newsroom').service('loginThrottle').close();
    });
  });
});

describe('behind a load balancer (IS_PROXIED)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startStrapi({ env: { IS_PROXIED: 'true' } });
  }, BOOT_TIMEOUT_MS);

  afterAll(async () => {
    await app?.stop();
  });

  it('throttles the client the load balancer saw, not the load balancer, nor an address the client wrote', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 25; attempt += 1) {
      const forged = `10.${attempt}.0.1`;
      const answer = await app
        .http()
        .post('/admin/login')
        .set('X-Forwarded-For', `${forged}, 203.0.113.7`)
        .send({ email: `sprayed-${attempt}@newsroom.example`, password: 'Spring-2026!' });
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([...Array(LOGIN_FAILURES).fill(400), ...Array(25 - LOGIN_FAILURES).fill(429)]);

    const otherClient = await app
      .http()
      .post('/admin/login')
      .set('X-Forwarded-For', '198.51.100.9')
      .send({ email: 'someone@newsroom.example', password: 'Spring-2026!' });
    expect(otherClient.status).toBe(400);
  });
});

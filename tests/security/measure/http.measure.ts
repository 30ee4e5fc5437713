import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import { adminSession } from '../../helpers/admin';
import { healthDuring } from '../../helpers/health-probe';
import { startStrapi, type TestApp } from '../../helpers/strapi';

describe('measure the HTTP limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startStrapi();
    // Users & Permissions' own per-address limit off, so that the newsroom's is what is measured.
    app.strapi.config.set('plugin::users-permissions.ratelimit', { enabled: false });
  });
  afterAll(async () => app?.stop());
  const forget = () => app.strapi.plugin('newsroom').service('loginThrottle').close();

  const post = (encoding: string, body: Buffer) =>
    app.http().post('/api/auth/local').set('Content-Type', 'application/json').set('Content-Encoding', encoding)
      .serialize((bytes: Buffer) => bytes as unknown as string).send(body);

  it('measures', async () => {
    const rows: string[] = [];
    const inflated = Buffer.alloc(100 * 2 ** 20, 0x20);
    const bodies: [string, string, Buffer][] = [
      ['gzip bomb 100 MB', 'gzip', gzipSync(inflated, { level: 9 })],
      ['deflate bomb 100 MB', 'deflate', deflateSync(inflated, { level: 9 })],
      ['br bomb 100 MB', 'br', brotliCompressSync(inflated)],
      ['malformed gzip 1 MB random', 'gzip', randomBytes(2 ** 20)],
      ['malformed br 1 MB random', 'br', randomBytes(2 ** 20)],
    ];
    for (const [label, encoding, body] of bodies) {
      await forget();
      const started = Date.now();
      const { response, worstHealthMs, probes } = await healthDuring(app.http, () => post(encoding, body), { everyMs: 20 });
      rows.push(`${label} (${body.length} bytes sent): ${response.status} in ${Date.now() - started} ms; /_health worst ${worstHealthMs} ms over ${probes} probes`);
    }
    await forget();
    const { email } = await adminSession(app.strapi, app.http());
    const started = Date.now();
    const { response, worstHealthMs, probes } = await healthDuring(app.http, async () => {
      const answers = await Promise.all(Array.from({ length: 30 }, () => app.http().post('/admin/login').send({ email, password: 'Wrong-pass-1' })));
      const counts: Record<number, number> = {};
      for (const answer of answers) counts[answer.status] = (counts[answer.status] ?? 0) + 1;
      rows.push(`30 concurrent failed admin logins on one real account: ${JSON.stringify(counts)}`);
      return answers[answers.length - 1];
    }, { everyMs: 20 });
    rows.push(`  last ${response.status}, all in ${Date.now() - started} ms; /_health worst ${worstHealthMs} ms over ${probes} probes`);
    await forget();
    const started2 = Date.now();
    const spray = await healthDuring(app.http, async () => {
      let last;
      for (let i = 0; i < 100; i += 1) last = await app.http().post('/api/auth/local').send({ identifier: `s${i}@x.example`, password: 'Spring-2026!' });
      return last!;
    }, { everyMs: 20 });
    rows.push(`100 sequential sprayed /api/auth/local logins: last ${spray.response.status} (${spray.response.headers['retry-after']} s Retry-After), all in ${Date.now() - started2} ms; /_health worst ${spray.worstHealthMs} ms`);
    for (let i = 0; i < 3; i += 1) {
      await forget();
      const { email: one } = await adminSession(app.strapi, app.http());
      const t = Date.now();
      const single = await healthDuring(app.http, () => app.http().post('/admin/login').send({ email: one, password: 'Wrong-pass-1' }), { everyMs: 20 });
      rows.push(`one failed admin login on a real account: ${single.response.status} in ${Date.now() - t} ms; /_health worst ${single.worstHealthMs} ms`);
    }
    console.log(rows.join('\n'));
  }, 300_000);
});

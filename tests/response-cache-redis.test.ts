import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from './helpers/database';
import { apiTokenFrom, deploymentEnv, startInstance, type Instance } from './helpers/instances';
import { REFERENCE_SLUG } from './helpers/reference';
import { describeResponseCache } from './helpers/response-cache-cases';

const REDIS_URL = process.env.NEWSROOM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
// One prefix per test file and run: parallel runs (other files, other engineers) share the Redis.
const redisPrefix = () => `newsroom-test:response-cache:${randomBytes(6).toString('hex')}:`;

const API = '/api/newsroom';

describeResponseCache('Redis', {
  NEWSROOM_RESPONSE_CACHE: 'redis',
  NEWSROOM_REDIS_URL: REDIS_URL,
  NEWSROOM_RESPONSE_CACHE_PREFIX: redisPrefix(),
});

// Several instances behind a load balancer are a PostgreSQL deployment; SQLite is one process's file.
(process.env.DATABASE_CLIENT === 'postgres' ? describe : describe.skip)('two instances sharing the Redis store', () => {
  let database: TestDatabase;
  let instances: Instance[] = [];
  let token: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = {
      ...deploymentEnv(database),
      NEWSROOM_RESPONSE_CACHE: 'redis',
      NEWSROOM_REDIS_URL: REDIS_URL,
      NEWSROOM_RESPONSE_CACHE_PREFIX: redisPrefix(),
      NEWSROOM_EMBARGO_CRON: '',
    };
    instances = await Promise.all([startInstance(env), startInstance(env)]);
    token = await apiTokenFrom(instances[0]);
  }, 300_000);

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await database?.drop();
  });

  const read = async (instance: Instance, path: string) => {
    const response = await fetch(`${instance.url}${API}${path}`);
    return { status: response.status, cache: response.headers.get('x-cache'), text: await response.text() };
  };

  it('share answers, and see the purges of each other’s writes', async () => {
    const page = `/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`;
    expect((await read(instances[0], page)).cache).toBe('MISS');
    // The other instance is served what the first stored.
    expect((await read(instances[1], page)).cache).toBe('HIT');

    const documentId = (JSON.parse((await read(instances[1], page)).text) as { data: { documentId: string } }).data
      .documentId;
    const standfirst = 'Written on the first instance.';
    const edited = await fetch(`${instances[0].url}${API}/articles/${documentId}?locale=ar&status=published`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ data: { standfirst } }),
    });
    expect(edited.status).toBe(200);
    const fresh = await read(instances[1], page);
    expect(fresh.cache).toBe('MISS');
    expect(fresh.text).toContain(standfirst);
  });

  it('store no answer made on what an instance read of the public role before another changed it', async () => {
    // The second instance has just read the public role (for the list), and would go on using it for a second.
    expect((await read(instances[1], '/articles?locale=ar')).status).toBe(200);
    // Taken from the role behind both instances' backs (or on the first: its purge is over before the second asks).
    const sql = new Client({ host: '127.0.0.1', user: 'postgres', database: database.env.DATABASE_NAME });
    await sql.connect();
    try {
      await sql.query('DELETE FROM up_permissions WHERE action = $1', ['plugin::newsroom.article.findOne']);
    } finally {
      await sql.end();
    }
    const refused = await read(instances[1], `/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}?locale=ar`);
    expect([refused.status, refused.cache]).toEqual([403, null]);
    expect((await read(instances[0], `/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}?locale=ar`)).status).toBe(
      403,
    );
  });
});

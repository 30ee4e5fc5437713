import { randomBytes } from 'node:crypto';
import { EVERY_ANSWER } from '../keys';
import { createMemoryStore } from '../memory-store';
import { createRedisStore } from '../redis-store';
import type { CachedAnswer, ResponseCacheStore } from '../store';

const answer = (body: string): CachedAnswer => ({
  status: 200,
  type: 'application/json; charset=utf-8',
  etag: `W/"${body.length}"`,
  body: Buffer.from(body),
});

// The Redis the integration tests use too; each run has its own prefix, so parallel runs do not meet.
const REDIS_URL = process.env.NEWSROOM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const stores: [string, () => ResponseCacheStore][] = [
  ['memory', () => createMemoryStore({ maxEntries: 100, maxBytes: 2 ** 20, ttlSeconds: 60 })],
  [
    'redis',
    () =>
      createRedisStore({
        url: REDIS_URL,
        keyPrefix: `newsroom-test:${randomBytes(6).toString('hex')}:`,
        ttlSeconds: 60,
      }),
  ],
];

describe.each(stores)('the %s store', (_name, make) => {
  let store: ResponseCacheStore;

  beforeEach(() => {
    store = make();
  });

  afterEach(async () => {
    await store.close();
  });

  it('drops every answer when EVERY_ANSWER is purged, and refuses answers begun before', async () => {
    const { epoch } = await store.get('/a');
    await store.set('/a', answer('a'), [EVERY_ANSWER, 'doc:a'], epoch);
    await store.set('/b', answer('b'), [EVERY_ANSWER, 'list:x'], epoch);
    await store.purge([EVERY_ANSWER]);
    expect((await store.get('/a')).answer).toBeNull();
    expect((await store.get('/b')).answer).toBeNull();
    expect(await store.set('/c', answer('c'), [EVERY_ANSWER, 'doc:c'], epoch)).toBe(false);
    const after = await store.get('/c');
    expect(await store.set('/c', answer('c'), [EVERY_ANSWER, 'doc:c'], after.epoch)).toBe(true);
    expect((await store.get('/c')).answer).toEqual(answer('c'));
  });

  it('gives back what it stored, and nothing for a key it never saw', async () => {
    const { answer: none, epoch } = await store.get('/a');
    expect(none).toBeNull();
    expect(await store.set('/a', answer('{"x":1}'), ['doc:1'], epoch)).toBe(true);
    expect((await store.get('/a')).answer).toEqual(answer('{"x":1}'));
    expect((await store.get('/b')).answer).toBeNull();
  });

  it('gives back a body byte for byte, newlines and Arabic included, with its ETag', async () => {
    const { epoch } = await store.get('/ar');
    const kept = answer('{"title":"روسيا\\n"}\n\n{"x":"\u0000"}');
    expect(await store.set('/ar', kept, ['doc:ar'], epoch)).toBe(true);
    const { answer: back } = await store.get('/ar');
    expect(back?.body.equals(kept.body)).toBe(true);
    expect(back).toEqual(kept);
  });

  it('drops, on a purge, the answers filed under the purged tags and those only', async () => {
    const { epoch } = await store.get('/a');
    await store.set('/a', answer('a'), ['doc:1', 'list:article'], epoch);
    await store.set('/b', answer('b'), ['doc:2'], epoch);
    await store.set('/c', answer('c'), ['list:article'], epoch);
    await store.purge(['doc:1']);
    expect((await store.get('/a')).answer).toBeNull();
    expect((await store.get('/b')).answer).toEqual(answer('b'));
    expect((await store.get('/c')).answer).toEqual(answer('c'));
    await store.purge(['list:article']);
    expect((await store.get('/c')).answer).toBeNull();
    expect((await store.get('/b')).answer).toEqual(answer('b'));
  });

  it('refuses an answer whose request began before one of its tags was purged', async () => {
    const { epoch: before } = await store.get('/a');
    await store.purge(['doc:1']);
    expect(await store.set('/a', answer('old'), ['doc:2', 'doc:1'], before)).toBe(false);
    expect((await store.get('/a')).answer).toBeNull();
    // A purge of other tags does not stop it; a request that began after the purge stores.
    expect(await store.set('/b', answer('b'), ['doc:3'], before)).toBe(true);
    const { epoch: after } = await store.get('/a');
    expect(await store.set('/a', answer('new'), ['doc:1'], after)).toBe(true);
    expect((await store.get('/a')).answer).toEqual(answer('new'));
  });

  it('files a stored-again answer under its new tags', async () => {
    const { epoch } = await store.get('/a');
    await store.set('/a', answer('1'), ['doc:1'], epoch);
    await store.set('/a', answer('2'), ['doc:2'], epoch);
    await store.purge(['doc:2']);
    expect((await store.get('/a')).answer).toBeNull();
  });
});

describe('the memory store', () => {
  it('stays within its bound, and refuses late answers once it has forgotten purges', async () => {
    const store = createMemoryStore({ maxEntries: 2, maxBytes: 2 ** 20, ttlSeconds: 60 });
    const { epoch } = await store.get('/a');
    for (const key of ['/a', '/b', '/c']) await store.set(key, answer(key), [`doc:${key}`], epoch);
    expect((await store.get('/a')).answer).toBeNull();
    expect((await store.get('/c')).answer).toEqual(answer('/c'));
    // Three purged tags, two remembered: a request from before them cannot know whether its tags were purged.
    await store.purge(['doc:x', 'doc:y', 'doc:z']);
    expect(await store.set('/d', answer('d'), ['doc:other'], epoch)).toBe(false);
  });

  it('stays within its bound in bytes, dropping the least recently used answers', async () => {
    const store = createMemoryStore({ maxEntries: 100, maxBytes: 10_000, ttlSeconds: 60 });
    const page = (key: string) => answer(`${key}${'ر'.repeat(2000)}`);
    const { epoch } = await store.get('/a');
    for (const key of ['/a', '/b', '/c']) expect(await store.set(key, page(key), [`doc:${key}`], epoch)).toBe(true);
    // Two pages of about 4 kB each fit in 10 kB, three do not.
    expect((await store.get('/a')).answer).toBeNull();
    expect((await store.get('/b')).answer).toEqual(page('/b'));
    expect((await store.get('/c')).answer).toEqual(page('/c'));
  });
});

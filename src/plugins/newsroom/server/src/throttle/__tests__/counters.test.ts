import { randomBytes } from 'node:crypto';
import { MEMORY_COUNTER_MAX_KEYS, memoryCounter } from '../memory-counter';
import { redisCounter } from '../redis-counter';

const REDIS_URL = process.env.NEWSROOM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('the in-memory failure counter', () => {
  it('blocks a key at the limit until its window, started by its first failure, ends', async () => {
    let now = 1_000_000;
    const counter = memoryCounter(60, () => now);
    for (let failure = 0; failure < 3; failure += 1) await counter.add('203.0.113.7');
    expect(await counter.blockedFor('203.0.113.7', 4)).toBe(0);
    expect(await counter.blockedFor('203.0.113.7', 3)).toBe(60);
    expect(await counter.blockedFor('198.51.100.9', 3)).toBe(0);
    now += 45_500;
    expect(await counter.blockedFor('203.0.113.7', 3)).toBe(15);
    now += 15_000;
    expect(await counter.blockedFor('203.0.113.7', 3)).toBe(0);
    await counter.add('203.0.113.7');
    expect(await counter.blockedFor('203.0.113.7', 2)).toBe(0);
  });

  it(`keeps at most ${MEMORY_COUNTER_MAX_KEYS} addresses, forgetting the oldest first`, async () => {
    const counter = memoryCounter(60);
    for (let key = 0; key <= MEMORY_COUNTER_MAX_KEYS; key += 1) await counter.add(`k${key}`);
    expect(await counter.blockedFor('k0', 1)).toBe(0);
    expect(await counter.blockedFor(`k${MEMORY_COUNTER_MAX_KEYS}`, 1)).toBe(60);
  });
});

describe('the Redis failure counter', () => {
  it('is shared by every instance using the same Redis and prefix', async () => {
    const keyPrefix = `newsroom-test:login-failures:${randomBytes(6).toString('hex')}:`;
    const one = redisCounter({ url: REDIS_URL, keyPrefix, windowSeconds: 30 });
    const two = redisCounter({ url: REDIS_URL, keyPrefix, windowSeconds: 30 });
    try {
      await one.add('203.0.113.7');
      await two.add('203.0.113.7');
      expect(await one.blockedFor('203.0.113.7', 3)).toBe(0);
      await one.add('203.0.113.7');
      const retryAfter = await two.blockedFor('203.0.113.7', 3);
      expect(retryAfter).toBeGreaterThan(28);
      expect(retryAfter).toBeLessThanOrEqual(30);
      expect(await two.blockedFor('198.51.100.9', 3)).toBe(0);
    } finally {
      await one.close();
      await two.close();
    }
  });
});

import { randomBytes } from 'node:crypto';
import type { AttemptCounter } from '../counter';
import { MEMORY_COUNTER_MAX_KEYS, memoryCounter } from '../memory-counter';
import { redisCounter } from '../redis-counter';

const REDIS_URL = process.env.NEWSROOM_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** `count` attempts of `key` started at once, as a burst of parallel logins does: what each was answered. */
const burst = (counter: AttemptCounter, key: string, count: number, limit: number) =>
  Promise.all(Array.from({ length: count }, () => counter.take(key, limit)));

describe('the in-memory attempt counter', () => {
  it('refuses a key at the limit until its window, started by its first attempt, ends', async () => {
    let now = 1_000_000;
    const counter = memoryCounter(60, () => now);
    for (let attempt = 0; attempt < 3; attempt += 1) expect(await counter.take('203.0.113.7', 3)).toBe(0);
    expect(await counter.take('203.0.113.7', 3)).toBe(60);
    expect(await counter.take('198.51.100.9', 3)).toBe(0);
    now += 45_500;
    expect(await counter.take('203.0.113.7', 3)).toBe(15);
    now += 15_000;
    expect(await counter.take('203.0.113.7', 3)).toBe(0);
  });

  it('lets a burst through only up to the limit', async () => {
    const answers = await burst(memoryCounter(60), '203.0.113.7', 30, 20);
    expect(answers.filter((seconds) => seconds === 0)).toHaveLength(20);
  });

  it('takes back the attempt of a login that succeeded', async () => {
    const counter = memoryCounter(60);
    expect(await counter.take('203.0.113.7', 1)).toBe(0);
    await counter.giveBack('203.0.113.7');
    expect(await counter.take('203.0.113.7', 1)).toBe(0);
    expect(await counter.take('203.0.113.7', 1)).toBe(60);
  });

  it(`keeps at most ${MEMORY_COUNTER_MAX_KEYS} addresses, forgetting the oldest first`, async () => {
    const counter = memoryCounter(60);
    for (let key = 0; key <= MEMORY_COUNTER_MAX_KEYS; key += 1) await counter.take(`k${key}`, 1);
    expect(await counter.take('k0', 1)).toBe(0);
    expect(await counter.take(`k${MEMORY_COUNTER_MAX_KEYS}`, 1)).toBe(60);
  });
});

describe('the Redis attempt counter', () => {
  const pair = () => {
    const keyPrefix = `newsroom-test:login-attempts:${randomBytes(6).toString('hex')}:`;
    return [redisCounter({ url: REDIS_URL, keyPrefix, windowSeconds: 30 }), redisCounter({ url: REDIS_URL, keyPrefix, windowSeconds: 30 })];
  };

  it('is shared by every instance using the same Redis and prefix, and takes back a success', async () => {
    const [one, two] = pair();
    try {
      expect(await one.take('203.0.113.7', 3)).toBe(0);
      expect(await two.take('203.0.113.7', 3)).toBe(0);
      expect(await one.take('203.0.113.7', 3)).toBe(0);
      const retryAfter = await two.take('203.0.113.7', 3);
      expect(retryAfter).toBeGreaterThan(28);
      expect(retryAfter).toBeLessThanOrEqual(30);
      expect(await two.take('198.51.100.9', 3)).toBe(0);
      await one.giveBack('203.0.113.7');
      expect(await two.take('203.0.113.7', 3)).toBe(0);
    } finally {
      await one.close();
      await two.close();
    }
  });

  it('lets a burst from two instances through only up to the limit', async () => {
    const [one, two] = pair();
    try {
      const answers = (await Promise.all([burst(one, '203.0.113.7', 15, 20), burst(two, '203.0.113.7', 15, 20)])).flat();
      expect(answers.filter((seconds) => seconds === 0)).toHaveLength(20);
    } finally {
      await one.close();
      await two.close();
    }
  });
});

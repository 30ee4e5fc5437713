import Redis from 'ioredis';
import type { FailureCounter } from './counter';

// Starts the window with the first failure and counts, in one step: a window cannot be left without an expiry.
const ADD_SCRIPT = `
local failures = redis.call('INCR', KEYS[1])
if failures == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return failures`;

type ScriptedRedis = Redis & { addFailure(key: string, windowSeconds: number): Promise<number> };

/** Failures counted in Redis, shared by every instance behind the load balancer. */
export const redisCounter = ({
  url,
  keyPrefix,
  windowSeconds,
}: {
  url: string;
  keyPrefix: string;
  windowSeconds: number;
}): FailureCounter => {
  // A slow or absent Redis must not hold logins up: commands fail fast, and the caller lets the login through.
  const redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 2000 }) as ScriptedRedis;
  redis.defineCommand('addFailure', { numberOfKeys: 1, lua: ADD_SCRIPT });
  // Errors reach the callers of each command; without a listener ioredis would also print every reconnect.
  redis.on('error', () => undefined);
  const keyOf = (key: string) => `${keyPrefix}${key}`;

  return {
    async blockedFor(key, limit) {
      const [[, failures], [, ttl]] = (await redis.multi().get(keyOf(key)).ttl(keyOf(key)).exec()) as [
        [Error | null, string | null],
        [Error | null, number],
      ];
      return Number(failures ?? 0) >= limit && ttl > 0 ? ttl : 0;
    },
    async add(key) {
      await redis.addFailure(keyOf(key), windowSeconds);
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
};

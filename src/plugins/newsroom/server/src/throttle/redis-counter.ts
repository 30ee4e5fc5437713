import Redis from 'ioredis';
import type { AttemptCounter } from './counter';

// Checks and counts in one step, so that parallel attempts on several instances cannot all pass the check; the
// first attempt starts the window with its expiry. Answers the seconds left when the key is at its limit, else 0.
const TAKE_SCRIPT = `
local attempts = tonumber(redis.call('GET', KEYS[1]) or '0')
if attempts >= tonumber(ARGV[2]) then
  local ttl = redis.call('TTL', KEYS[1])
  if ttl < 1 then ttl = 1 end
  return ttl
end
if redis.call('INCR', KEYS[1]) == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return 0`;

// A window that ended in between leaves nothing to take back.
const GIVE_BACK_SCRIPT = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
if redis.call('DECR', KEYS[1]) <= 0 then redis.call('DEL', KEYS[1]) end
return 0`;

type ScriptedRedis = Redis & {
  takeAttempt(key: string, windowSeconds: number, limit: number): Promise<number>;
  giveBackAttempt(key: string): Promise<number>;
};

/** Attempts counted in Redis, shared by every instance behind the load balancer. */
export const redisCounter = ({
  url,
  keyPrefix,
  windowSeconds,
}: {
  url: string;
  keyPrefix: string;
  windowSeconds: number;
}): AttemptCounter => {
  // A slow or absent Redis must not hold logins up: commands fail fast, and the caller lets the login through.
  const redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 2000 }) as ScriptedRedis;
  redis.defineCommand('takeAttempt', { numberOfKeys: 1, lua: TAKE_SCRIPT });
  redis.defineCommand('giveBackAttempt', { numberOfKeys: 1, lua: GIVE_BACK_SCRIPT });
  // Errors reach the callers of each command; without a listener ioredis would also print every reconnect.
  redis.on('error', () => undefined);
  const keyOf = (key: string) => `${keyPrefix}${key}`;

  return {
    async take(key, limit) {
      return Number(await redis.takeAttempt(keyOf(key), windowSeconds, limit));
    },
    async giveBack(key) {
      await redis.giveBackAttempt(keyOf(key));
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
};

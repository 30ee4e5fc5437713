import Redis from 'ioredis';
import { EVERY_ANSWER } from './keys';
import type { CachedAnswer, Lookup, ResponseCacheStore } from './store';

// Part of every entry's key: an instance of another release, sharing the Redis during a rolling deploy, neither
// serves nor reads entries in a layout it does not know.
const ENTRY_FORMAT = 'v2';

// How long Redis remembers when a tag was purged: far longer than any request takes, which is all it must cover.
const PURGE_MEMORY_SECONDS = 3600;

// Checks the tags' purge marks and stores in one step, so a purge cannot fall between the check and the store.
// KEYS: the entry, then m purge marks, then n tag sets. ARGV: answer, ttl, epoch the request began in, m, n.
const SET_SCRIPT = `
local m = tonumber(ARGV[4])
local n = tonumber(ARGV[5])
local since = tonumber(ARGV[3])
for i = 1, m do
  local purged = redis.call('GET', KEYS[1 + i])
  if purged and tonumber(purged) > since then return 0 end
end
redis.call('SET', KEYS[1], ARGV[1], 'EX', ARGV[2])
for i = 1, n do
  redis.call('SADD', KEYS[1 + m + i], KEYS[1])
  redis.call('EXPIRE', KEYS[1 + m + i], ARGV[2])
end
return 1`;

// KEYS: the epoch, then n tag sets, then n purge marks. ARGV: n, how long to keep the marks.
const PURGE_SCRIPT = `
local epoch = redis.call('INCR', KEYS[1])
local n = tonumber(ARGV[1])
for i = 1, n do
  redis.call('SET', KEYS[1 + n + i], epoch, 'EX', ARGV[2])
  local entries = redis.call('SMEMBERS', KEYS[1 + i])
  for j = 1, #entries do redis.call('DEL', entries[j]) end
  redis.call('DEL', KEYS[1 + i])
end
return epoch`;

interface EntryHead {
  since: number;
  status: number;
  type: string;
  etag: string;
}

// An entry is its head in JSON (which escapes every newline), a newline, then the body's bytes as they are sent.
const writeEntry = (since: number, { body, ...answer }: CachedAnswer): Buffer =>
  Buffer.concat([Buffer.from(`${JSON.stringify({ since, ...answer } satisfies EntryHead)}\n`), body]);

const readEntry = (stored: Buffer): { since: number; answer: CachedAnswer } => {
  const end = stored.indexOf(0x0a);
  const { since, ...answer } = JSON.parse(stored.subarray(0, end).toString()) as EntryHead;
  return { since, answer: { ...answer, body: stored.subarray(end + 1) } };
};

type ScriptedRedis = Redis & {
  storeTagged(...args: (string | number | Buffer)[]): Promise<number>;
  purgeTags(...args: (string | number)[]): Promise<number>;
};

/**
 * The shared store: every instance pointed at one Redis (not a Cluster: the scripts delete the entries a tag
 * set names) sees the others' answers and purges. Tag sets (SADD) list the entries filed under a tag; a purge
 * raises the epoch (INCR), marks the tags with it, and deletes their entries.
 */
export const createRedisStore = ({
  url,
  keyPrefix,
  ttlSeconds,
}: {
  url: string;
  keyPrefix: string;
  ttlSeconds: number;
}): ResponseCacheStore => {
  // A slow or absent Redis must not hold readers up: commands fail fast and the request is served uncached.
  const redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 5000 }) as ScriptedRedis;
  redis.defineCommand('storeTagged', { lua: SET_SCRIPT });
  redis.defineCommand('purgeTags', { lua: PURGE_SCRIPT });
  // Errors reach the callers of each command; without a listener ioredis would also print every reconnect.
  redis.on('error', () => undefined);

  const entryKey = (key: string) => `${keyPrefix}entry:${ENTRY_FORMAT}:${key}`;
  const tagKey = (tag: string) => `${keyPrefix}tag:${tag}`;
  const purgedKey = (tag: string) => `${keyPrefix}purged:${tag}`;
  const epochKey = `${keyPrefix}epoch`;

  // Every answer is under EVERY_ANSWER, but no set lists them all (it would only grow, entries expiring and their
  // keys staying): each entry carries the epoch its request began in, and one purged before the last purge of
  // EVERY_ANSWER is not served. That mark must outlive the entries.
  const purgeMemory = Math.max(PURGE_MEMORY_SECONDS, ttlSeconds + 60);

  return {
    async get(key: string): Promise<Lookup> {
      const [stored, epoch, everyPurged] = await redis.mgetBuffer(entryKey(key), epochKey, purgedKey(EVERY_ANSWER));
      const entry = stored && readEntry(stored);
      const current = entry && entry.since >= Number(everyPurged?.toString() ?? 0);
      return { answer: current ? entry.answer : null, epoch: Number(epoch?.toString() ?? 0) };
    },

    async set(key, answer, tags, since) {
      const listed = tags.filter((tag) => tag !== EVERY_ANSWER);
      const keys = [entryKey(key), ...tags.map(purgedKey), ...listed.map(tagKey)];
      const stored = await redis.storeTagged(
        keys.length,
        ...keys,
        writeEntry(since, answer),
        ttlSeconds,
        since,
        tags.length,
        listed.length,
      );
      return stored === 1;
    },

    async purge(tags) {
      if (tags.length === 0) return;
      const keys = [epochKey, ...tags.map(tagKey), ...tags.map(purgedKey)];
      await redis.purgeTags(keys.length, ...keys, tags.length, purgeMemory);
    },

    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
};

import { LRUCache } from 'lru-cache';
import type { CachedAnswer, Lookup, ResponseCacheStore } from './store';

interface Entry {
  answer: CachedAnswer;
  tags: readonly string[];
}

/** What an answer weighs in memory: its bytes, and about as much again for its key, headers and tags. */
const weight = (entry: Entry): number => entry.answer.body.length + 256;

/**
 * The in-process store: one instance's answers, bounded in number and in bytes (article pages weigh tens of
 * kilobytes: a count alone would let a crawl of the archive take gigabytes). Purges reach this process only, so it
 * suits a single instance (see the README). Everything here is synchronous, so a check and the store that
 * follows it cannot be split by a purge.
 */
export const createMemoryStore = ({
  maxEntries,
  maxBytes,
  ttlSeconds,
}: {
  maxEntries: number;
  maxBytes: number;
  ttlSeconds: number;
}): ResponseCacheStore => {
  const keysByTag = new Map<string, Set<string>>();
  let epoch = 0;
  // When each tag was last purged. Forgetting a tag (to stay bounded) raises `forgotten`: a request that began
  // before it cannot tell whether its tags were purged since, so it does not store.
  let forgotten = 0;
  const purgedAt = new LRUCache<string, number>({
    max: maxEntries,
    dispose: (at) => {
      forgotten = Math.max(forgotten, at);
    },
  });

  const entries = new LRUCache<string, Entry>({
    max: maxEntries,
    maxSize: maxBytes,
    sizeCalculation: weight,
    ttl: ttlSeconds * 1000,
    // Evicted, expired, replaced or purged: its key leaves its tags' sets.
    dispose: (entry, key) => {
      for (const tag of entry.tags) {
        const keys = keysByTag.get(tag);
        keys?.delete(key);
        if (keys?.size === 0) keysByTag.delete(tag);
      }
    },
  });

  return {
    async get(key: string): Promise<Lookup> {
      return { answer: entries.get(key)?.answer ?? null, epoch };
    },

    async set(key, answer, tags, since) {
      if (since < forgotten || tags.some((tag) => (purgedAt.get(tag) ?? 0) > since)) return false;
      entries.set(key, { answer, tags });
      for (const tag of tags) {
        const keys = keysByTag.get(tag) ?? new Set<string>();
        keys.add(key);
        keysByTag.set(tag, keys);
      }
      return true;
    },

    async purge(tags) {
      epoch += 1;
      for (const tag of tags) {
        purgedAt.set(tag, epoch);
        for (const key of [...(keysByTag.get(tag) ?? [])]) entries.delete(key);
      }
    },

    async close() {
      entries.clear();
    },
  };
};

import type { Core } from '@strapi/strapi';
import { createMemoryStore } from '../cache/memory-store';
import { createRedisStore } from '../cache/redis-store';
import type { CachedAnswer, Lookup, ResponseCacheStore } from '../cache/store';
import { pluginConfig } from '../utils/plugin-config';

/**
 * The server's cache of public answers (see the response-cache middleware) and its purges. The cache only
 * ever speeds reads up: a store that fails is logged and the request served as if there were no cache.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Made on first use, once the configuration is loaded; null when the cache is off.
  let store: ResponseCacheStore | null | undefined;

  const storeOf = (): ResponseCacheStore | null => {
    if (store !== undefined) return store;
    const {
      store: kind,
      redisUrl,
      keyPrefix,
      ttlSeconds,
      maxEntries,
      maxMegabytes,
    } = pluginConfig(strapi).responseCache;
    if (kind === 'redis' && redisUrl) store = createRedisStore({ url: redisUrl, keyPrefix, ttlSeconds });
    else if (kind === 'memory') store = createMemoryStore({ maxEntries, maxBytes: maxMegabytes * 2 ** 20, ttlSeconds });
    else store = null;
    return store;
  };

  /** Drops the answers filed under `tags` now; a store that fails is logged. */
  const purge = async (tags: readonly string[]): Promise<void> => {
    try {
      await storeOf()?.purge(tags);
    } catch (error) {
      strapi.log.error(`response cache: purging ${tags.join(', ')} failed, answers may stay stale: ${String(error)}`);
    }
  };

  return {
    enabled: (): boolean => storeOf() !== null,

    purge,

    /** The stored answer, or null with the epoch to store under; undefined when the store cannot be read. */
    async lookup(key: string): Promise<Lookup | undefined> {
      try {
        return await storeOf()?.get(key);
      } catch (error) {
        strapi.log.warn(`response cache: reading failed, serving uncached: ${String(error)}`);
        return undefined;
      }
    },

    async store(key: string, answer: CachedAnswer, tags: readonly string[], epoch: number): Promise<void> {
      try {
        await storeOf()?.set(key, answer, tags, epoch);
      } catch (error) {
        strapi.log.warn(`response cache: storing failed: ${String(error)}`);
      }
    },

    /**
     * Drops the answers filed under `tags`, at once and, inside a transaction, again when it commits: until
     * then readers still see the old rows and may store answers made of them.
     */
    async purgeAfterWrite(tags: readonly string[]): Promise<void> {
      if (tags.length === 0 || storeOf() === null) return;
      await purge(tags);
      if (strapi.db.inTransaction()) {
        await strapi.db.transaction(async ({ onCommit }) => {
          onCommit(() => void purge(tags));
        });
      }
    },

    async close(): Promise<void> {
      await store?.close();
      store = undefined;
    },
  };
};

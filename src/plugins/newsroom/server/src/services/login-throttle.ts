import type { Core } from '@strapi/strapi';
import type { AttemptCounter } from '../throttle/counter';
import { memoryCounter } from '../throttle/memory-counter';
import { redisCounter } from '../throttle/redis-counter';
import { boundedLogLine } from '../utils/log-line';
import { pluginConfig } from '../utils/plugin-config';

/**
 * Failed logins per client address, across accounts, counted as attempts until they succeed (see the login-throttle middleware). The counter only ever
 * slows attackers down: one that fails (Redis unreachable) is logged and the login goes on unthrottled.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Made on first use, once the configuration is loaded.
  let counter: AttemptCounter | undefined;

  const counterOf = (): AttemptCounter => {
    if (counter) return counter;
    const { windowSeconds, redisUrl } = pluginConfig(strapi).loginThrottle;
    const keyPrefix = `${pluginConfig(strapi).responseCache.keyPrefix}login-attempts:`;
    counter = redisUrl ? redisCounter({ url: redisUrl, keyPrefix, windowSeconds }) : memoryCounter(windowSeconds);
    return counter;
  };

  const logged = (what: string, error: unknown): void => {
    strapi.log.warn(`[newsroom] login throttle: ${what} failed, logins are not throttled: ${boundedLogLine(error)}`);
  };

  return {
    /**
     * Counts a login attempt of `address` as a failure until it succeeds (see `succeeded`), and answers 0; or,
     * when the address has used its budget, counts nothing and answers the seconds until it may try again.
     */
    async attempt(address: string): Promise<number> {
      try {
        return await counterOf().take(address, pluginConfig(strapi).loginThrottle.failuresPerIp);
      } catch (error) {
        logged('counting an attempt', error);
        return 0;
      }
    },

    /** The attempt of `address` succeeded: it does not count against the address. */
    async succeeded(address: string): Promise<void> {
      try {
        await counterOf().giveBack(address);
      } catch (error) {
        logged('taking back an attempt', error);
      }
    },

    async close(): Promise<void> {
      await counter?.close();
      counter = undefined;
    },
  };
};

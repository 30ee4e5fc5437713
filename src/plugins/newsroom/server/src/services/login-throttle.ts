import type { Core } from '@strapi/strapi';
import type { FailureCounter } from '../throttle/counter';
import { memoryCounter } from '../throttle/memory-counter';
import { redisCounter } from '../throttle/redis-counter';
import { boundedLogLine } from '../utils/log-line';
import { pluginConfig } from '../utils/plugin-config';

/**
 * Failed logins per client address, across accounts (see the login-throttle middleware). The counter only ever
 * slows attackers down: one that fails (Redis unreachable) is logged and the login goes on unthrottled.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  // Made on first use, once the configuration is loaded.
  let counter: FailureCounter | undefined;

  const counterOf = (): FailureCounter => {
    if (counter) return counter;
    const { windowSeconds, redisUrl } = pluginConfig(strapi).loginThrottle;
    const keyPrefix = `${pluginConfig(strapi).responseCache.keyPrefix}login-failures:`;
    counter = redisUrl ? redisCounter({ url: redisUrl, keyPrefix, windowSeconds }) : memoryCounter(windowSeconds);
    return counter;
  };

  const logged = (what: string, error: unknown): void => {
    strapi.log.warn(`[newsroom] login throttle: ${what} failed, logins are not throttled: ${boundedLogLine(error)}`);
  };

  return {
    /** Seconds until `address` may try to log in again; 0 when it may now. */
    async retryAfter(address: string): Promise<number> {
      try {
        return await counterOf().blockedFor(address, pluginConfig(strapi).loginThrottle.failuresPerIp);
      } catch (error) {
        logged('reading the count', error);
        return 0;
      }
    },

    async countFailure(address: string): Promise<void> {
      try {
        await counterOf().add(address);
      } catch (error) {
        logged('counting a failure', error);
      }
    },

    async close(): Promise<void> {
      await counter?.close();
      counter = undefined;
    },
  };
};

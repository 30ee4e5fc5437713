import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { tooManyFailures } from '../throttle/too-many-failures';
import { newsroomService } from '../utils/services';

type Context = Parameters<Core.MiddlewareHandler>[0];

/**
 * Placed after `strapi::body` in config/middlewares.ts. Strapi throttles logins per address and email (five in
 * five minutes): spraying one password over many accounts is never slowed. This counts the failed logins of a
 * client address (`ctx.request.ip`: with IS_PROXIED, from the load balancer's X-Forwarded-For) on
 * `/admin/login` and `/api/auth/local` (GraphQL `login`: graphql/login-throttle.ts), and past
 * `loginThrottle.failuresPerIp` in the window answers 429 with Retry-After until the window ends, whichever
 * account is tried.
 */
const loginThrottle = (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const restLogins = new Set([
    `${strapi.config.get<string>('admin.path', '/admin')}/login`,
    `${strapi.config.get<string>('api.rest.prefix', '/api')}/auth/local`,
  ]);

  return async (ctx: Context, next) => {
    if (ctx.method !== 'POST' || !restLogins.has(ctx.path.replace(/\/+$/, ''))) return next();

    const throttle = newsroomService(strapi, 'loginThrottle');
    const address = ctx.request.ip;
    const retryAfter = await throttle.retryAfter(address);
    if (retryAfter > 0) {
      ctx.set('Retry-After', String(retryAfter));
      throw tooManyFailures(retryAfter);
    }
    try {
      await next();
    } catch (error) {
      // A refused login (wrong password, unknown account) is a client error: count it, answer as Strapi does.
      if (error instanceof errors.ApplicationError && !(error instanceof errors.RateLimitError)) {
        await throttle.countFailure(address);
      }
      throw error;
    }
    if (ctx.status >= 400 && ctx.status < 500 && ctx.status !== 429) await throttle.countFailure(address);
  };
};

export default loginThrottle;

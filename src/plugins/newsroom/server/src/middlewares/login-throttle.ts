import type { Core } from '@strapi/strapi';
import { tooManyFailures } from '../throttle/too-many-failures';
import { newsroomService } from '../utils/services';

type Context = Parameters<Core.MiddlewareHandler>[0];

/**
 * Placed after `strapi::body` in config/middlewares.ts. Strapi throttles logins per address and email (five in
 * five minutes): spraying one password over many accounts is never slowed. This counts the login attempts of a
 * client address (`ctx.request.ip`: with IS_PROXIED, from the load balancer's X-Forwarded-For) on `/admin/login`
 * and `/api/auth/local` (GraphQL `login`: graphql/login-throttle.ts) as they start, each taken back when it
 * succeeds, so that parallel attempts cannot all pass before the first failure is counted; and past
 * `loginThrottle.failuresPerIp` in the window answers 429 with Retry-After until the window ends, whichever
 * account is tried.
 */
const loginThrottle = (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const restLogins = new Set(
    [
      `${strapi.config.get<string>('admin.path', '/admin')}/login`,
      `${strapi.config.get<string>('api.rest.prefix', '/api')}/auth/local`,
    ].map((path) => path.toLowerCase()),
  );

  return async (ctx: Context, next) => {
    // Koa's router matches paths whatever their case: so does this, or /API/AUTH/LOCAL would go unthrottled.
    if (ctx.method !== 'POST' || !restLogins.has(ctx.path.replace(/\/+$/, '').toLowerCase())) return next();

    const throttle = newsroomService(strapi, 'loginThrottle');
    const address = ctx.request.ip;
    const retryAfter = await throttle.attempt(address);
    if (retryAfter > 0) {
      ctx.set('Retry-After', String(retryAfter));
      throw tooManyFailures(retryAfter);
    }
    // A thrown error (a refused login) and any 4xx leave the attempt counted as a failure.
    await next();
    if (ctx.status < 400) await throttle.succeeded(address);
  };
};

export default loginThrottle;

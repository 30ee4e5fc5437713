import type { Core } from '@strapi/strapi';
import { cacheKey } from '../cache/keys';
import { isPrivateRequest } from '../utils/private-request';
import { newsroomService } from '../utils/services';
import { applyHttpCaching } from './http-cache';
import { LOOKUP_STATE, serveCachedAnswer } from './response-cache';

type Context = Parameters<Core.MiddlewareHandler>[0];

/**
 * Serves what the response cache holds before the rest of Strapi's stack (query and body parsing, session,
 * router, authentication, policies): a hit then costs a lookup and the answer's write, which is what makes cached
 * pages an order of magnitude faster. Placed early in config/middlewares.ts. It serves answers made for the public
 * role without asking the role again: a change to any role or permission purges every answer (see
 * services/response-cache.ts). A miss goes on; the route's response-cache middleware stores what it answers.
 */
const cachedAnswers = (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const prefix = `${strapi.config.get<string>('api.rest.prefix', '/api')}/newsroom/`;
  return async (ctx: Context, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !ctx.path.startsWith(prefix)) return next();
    const cache = newsroomService(strapi, 'responseCache');
    if (!cache.enabled() || isPrivateRequest(ctx)) return next();
    const lookup = await cache.lookup(cacheKey(ctx.path, ctx.querystring));
    if (!lookup?.answer) {
      ctx.state[LOOKUP_STATE] = lookup;
      return next();
    }
    serveCachedAnswer(ctx, lookup.answer);
    applyHttpCaching(strapi, ctx);
  };
};

export default cachedAnswers;

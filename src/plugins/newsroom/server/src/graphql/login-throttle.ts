import type { Core } from '@strapi/strapi';
import { tooManyFailures } from '../throttle/too-many-failures';
import { newsroomService } from '../utils/services';
import type { ResolverMiddleware } from './types';

type Context = Parameters<Core.MiddlewareHandler>[0];
interface GraphqlContext {
  koaContext: Context;
}

interface GraphqlExtensionService {
  use(extension: () => { resolversConfig: Record<string, { middlewares: ResolverMiddleware<unknown, GraphqlContext>[] }> }): void;
}

/**
 * Users & Permissions' GraphQL `login` counts against the same per-address budget of failed logins as
 * `/api/auth/local` (middlewares/login-throttle.ts): a sprayer cannot move to GraphQL to go on.
 */
export const registerGraphqlLoginThrottle = (strapi: Core.Strapi): void => {
  if (!strapi.plugin('graphql') || !strapi.plugin('users-permissions')) return;
  const throttled: ResolverMiddleware<unknown, GraphqlContext> = async (resolve, parent, args, context, info) => {
    const throttle = newsroomService(strapi, 'loginThrottle');
    const address = context.koaContext.request.ip;
    const retryAfter = await throttle.attempt(address);
    if (retryAfter > 0) {
      context.koaContext.set('Retry-After', String(retryAfter));
      throw tooManyFailures(retryAfter);
    }
    // A refused login throws: its attempt stays counted as a failure.
    const answer = await resolve(parent, args, context, info);
    await throttle.succeeded(address);
    return answer;
  };
  (strapi.plugin('graphql').service('extension') as GraphqlExtensionService).use(() => ({
    resolversConfig: { 'Mutation.login': { middlewares: [throttled] } },
  }));
};

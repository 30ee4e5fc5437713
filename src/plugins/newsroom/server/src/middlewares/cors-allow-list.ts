import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../utils/plugin-config';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** Where the configured front ends may read from another origin: the content API and GraphQL, nothing else. */
const FRONTEND_PREFIXES = (strapi: Core.Strapi): string[] => [
  strapi.config.get<string>('api.rest.prefix', '/api'),
  strapi.config.get<string>('plugin::graphql.endpoint', '/graphql'),
];

const isUnder = (path: string, prefix: string): boolean => path === prefix || path.startsWith(`${prefix}/`);

/**
 * Replaces what `strapi::cors` answers (configured in config/middlewares.ts as it is; only its origin and
 * credentials are decided here). Stock Strapi reflects any Origin, `null` included, with credentials: a page of
 * any site could then read `POST /admin/access-token` answered with the admin's refresh cookie.
 * - the admin's own origin (`admin.absoluteUrl`): CORS with credentials, on every route;
 * - `cors.origins` (NEWSROOM_CORS_ORIGINS): CORS without credentials, on `/api` and `/graphql` only;
 * - any other origin, and a request without Origin: no CORS header at all (stock Strapi sends an empty
 *   `Access-Control-Allow-Origin` when there is no Origin).
 */
export const corsAllowList =
  (cors: Core.MiddlewareFactory): Core.MiddlewareFactory =>
  (config, context) => {
    const { strapi } = context;
    const adminOrigin = new URL(strapi.config.get<string>('admin.absoluteUrl')).origin;
    const frontendOrigins = new Set(pluginConfig(strapi).cors.origins);
    const prefixes = FRONTEND_PREFIXES(strapi);
    const withCredentials = cors({ ...config, origin: [adminOrigin], credentials: true }, context) as Core.MiddlewareHandler;
    const withoutCredentials = cors(
      { ...config, origin: [...frontendOrigins], credentials: false },
      context,
    ) as Core.MiddlewareHandler;

    return async (ctx: Context, next) => {
      const origin = ctx.get('Origin');
      // The answer depends on the Origin: a shared cache must not give one origin's answer to another.
      ctx.vary('Origin');
      if (origin === adminOrigin) return withCredentials(ctx, next);
      if (frontendOrigins.has(origin) && prefixes.some((prefix) => isUnder(ctx.path, prefix))) {
        return withoutCredentials(ctx, next);
      }
      return next();
    };
  };

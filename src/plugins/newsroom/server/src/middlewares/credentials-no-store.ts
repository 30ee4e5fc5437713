import type { Core } from '@strapi/strapi';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** Routes whose answers carry a token or set a session cookie, under the admin's path and the content API's. */
const ADMIN_CREDENTIAL_ROUTES = ['/login', '/access-token', '/renew-token', '/register', '/register-admin', '/reset-password', '/logout'];
const CONTENT_API_CREDENTIAL_PREFIX = '/auth/';

/**
 * Placed in config/middlewares.ts. Answers that carry credentials (the admin's login, access-token, register,
 * reset; Users & Permissions' `/api/auth/*`) get `Cache-Control: no-store`: a browser's or a proxy's cache must
 * never keep a JWT. Stock Strapi sends them without any Cache-Control.
 */
const credentialsNoStore = (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const adminPath = strapi.config.get<string>('admin.path', '/admin');
  const adminRoutes = new Set(ADMIN_CREDENTIAL_ROUTES.map((route) => `${adminPath}${route}`.toLowerCase()));
  const authPrefix = `${strapi.config.get<string>('api.rest.prefix', '/api')}${CONTENT_API_CREDENTIAL_PREFIX}`.toLowerCase();
  // Koa's router matches paths whatever their case: so does this.
  const carriesCredentials = (path: string) => {
    const lower = path.toLowerCase();
    return adminRoutes.has(lower.replace(/\/+$/, '')) || lower.startsWith(authPrefix);
  };

  return async (ctx: Context, next) => {
    if (!carriesCredentials(ctx.path)) return next();
    try {
      await next();
    } finally {
      ctx.set('Cache-Control', 'no-store');
    }
  };
};

export default credentialsNoStore;

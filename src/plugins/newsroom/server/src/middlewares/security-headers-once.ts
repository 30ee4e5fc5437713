import type { Core } from '@strapi/strapi';

type Context = Parameters<Core.MiddlewareHandler>[0];
type Headers = [name: string, value: string | string[]][];

/**
 * Extends Strapi's security middleware (`strapi::security`, helmet, configured as it is) so that under
 * /api/newsroom it makes its headers once. Strapi builds a helmet instance anew for every request, about a tenth
 * of what a cached read costs. Its options vary only with the method and with the documentation, GraphQL and
 * admin paths, none of which is under /api/newsroom: there, the headers it set on the first request of each kind
 * (GET or not) are set again. Every other request goes through it as it is.
 */
export const securityHeadersOnce =
  (security: Core.MiddlewareFactory): Core.MiddlewareFactory =>
  (config, context) => {
    const secure = security(config, context) as Core.MiddlewareHandler;
    const prefix = `${context.strapi.config.get<string>('api.rest.prefix', '/api')}/newsroom/`;
    const made = new Map<boolean, Headers>();
    const setSince = (ctx: Context, before: Set<string>): Headers =>
      Object.entries(ctx.response.headers)
        .filter(([name]) => !before.has(name))
        .map(([name, value]) => [name, Array.isArray(value) ? value : String(value)]);

    return async (ctx, next) => {
      if (!ctx.path.startsWith(prefix)) return secure(ctx, next);
      const get = ctx.method === 'GET';
      const known = made.get(get);
      if (known) {
        for (const [name, value] of known) ctx.set(name, value);
        return next();
      }
      const before = new Set(Object.keys(ctx.response.headers));
      return secure(ctx, () => {
        made.set(get, setSince(ctx, before));
        return next();
      });
    };
  };

import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { pluginConfig } from '../utils/plugin-config';
import { isPrivateRequest } from '../utils/private-request';

type Context = Parameters<Core.MiddlewareHandler>[0];

const payloadOf = (body: unknown): string | Buffer =>
  typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);

// ETags already made for these very bytes (a cached answer's, kept with it): hashing tens of kilobytes again
// would be most of a cache hit's own work.
const knownEtags = new WeakMap<Buffer, string>();

export const rememberEtag = (bytes: Buffer, etag: string): void => {
  knownEtags.set(bytes, etag);
};

/** The ETag of an answer's bytes (or of the JSON of its body). */
export const etagOf = (body: unknown): string => {
  const known = Buffer.isBuffer(body) ? knownEtags.get(body) : undefined;
  if (known) return known;
  const etag = `W/"${createHash('sha1').update(payloadOf(body)).digest('base64url')}"`;
  if (Buffer.isBuffer(body)) rememberEtag(body, etag);
  return etag;
};

/**
 * `ETag` and `Cache-Control` on a public GET answer, and `304 Not Modified` to a matching `If-None-Match`.
 * The ETag is a hash of the answer itself, so a publish, unpublish or edit changes it at once, on every
 * instance, with nothing to invalidate.
 */
export const applyHttpCaching = (strapi: Core.Strapi, ctx: Context): void => {
  if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || ctx.status !== 200 || ctx.body == null) return;
  if (isPrivateRequest(ctx)) {
    ctx.set('Cache-Control', 'private, no-store');
    return;
  }
  // By default browsers ask again every time (a 304 is cheap) and shared caches after 30 s, so an
  // unpublished piece leaves every cache within that time; a CDN purged on Strapi's webhooks does better.
  const { maxAge, sharedMaxAge } = pluginConfig(strapi).httpCache;
  ctx.set('Cache-Control', `public, max-age=${maxAge}, s-maxage=${sharedMaxAge}, must-revalidate`);
  ctx.etag = etagOf(ctx.body);
  if (ctx.fresh) {
    ctx.status = 304;
    ctx.body = null;
  }
};

const httpCache =
  (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler =>
  async (ctx: Context, next) => {
    await next();
    applyHttpCaching(strapi, ctx);
  };

export default httpCache;

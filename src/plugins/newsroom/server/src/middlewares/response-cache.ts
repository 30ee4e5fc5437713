import type { Core } from '@strapi/strapi';
import { declaredTags } from '../cache/dependencies';
import { cacheKey, documentIdsIn, documentTag, EVERY_ANSWER, listTag, slugTag } from '../cache/keys';
import type { CachedAnswer, Lookup } from '../cache/store';
import { isPrivateRequest } from '../utils/private-request';
import { newsroomService } from '../utils/services';
import { etagOf, rememberEtag } from './http-cache';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** What a route's answers depend on beyond the documents they show (set in routes/content-api.ts). */
export interface ResponseCacheRouteConfig {
  /** The content types the route lists: a publication or a new entry changes the list. */
  lists?: string[];
  /** The content type whose slug is the route's `:slug`. */
  slug?: string;
}

/** Where the early middleware (public-reads) leaves its lookup of a miss (undefined: the store failed). */
export const LOOKUP_STATE = 'newsroomResponseCacheLookup';

const key = (ctx: Context): string => cacheKey(ctx.path, ctx.querystring);

export const serveCachedAnswer = (ctx: Context, answer: CachedAnswer): void => {
  ctx.status = answer.status;
  ctx.type = answer.type;
  ctx.body = answer.body;
  rememberEtag(answer.body, answer.etag);
  ctx.set('X-Cache', 'HIT');
};

const isJsonObject = (body: unknown): body is object =>
  body !== null &&
  typeof body === 'object' &&
  !Buffer.isBuffer(body) &&
  typeof (body as { pipe?: unknown }).pipe !== 'function';

/**
 * Keeps a public 200 that the cache missed (`lookup`: the miss, with the epoch to store under), filed under the
 * documents it shows (every `documentId` in a JSON answer, plus what the controller declared with
 * `cacheDependsOn`), the lists of its route and the `slug` it was asked for. The body is then sent as the bytes
 * kept, whose ETag is made once (see etagOf).
 */
export const keepAnswer = async (
  strapi: Core.Strapi,
  ctx: Context,
  config: ResponseCacheRouteConfig,
  lookup: Lookup | undefined,
  slug: unknown,
): Promise<void> => {
  ctx.set('X-Cache', 'MISS');
  const body: unknown = ctx.body;
  if (!lookup || ctx.status !== 200 || (typeof body !== 'string' && !isJsonObject(body))) return;

  const tags = new Set([EVERY_ANSWER, ...(config.lists ?? []).map(listTag), ...declaredTags(ctx)]);
  if (config.slug && typeof slug === 'string') tags.add(slugTag(config.slug, slug));
  if (typeof body !== 'string') for (const documentId of documentIdsIn(body)) tags.add(documentTag(documentId));
  // An answer under no tag of its own could only be purged with all the others.
  if (tags.size === 1) return;
  const bytes = Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  const answer: CachedAnswer = {
    status: 200,
    type: ctx.response.get('Content-Type'),
    etag: etagOf(bytes),
    body: bytes,
  };
  ctx.body = bytes;
  await newsroomService(strapi, 'responseCache').store(key(ctx), answer, [...tags], lookup.epoch);
};

/**
 * Serves public GET answers from the response cache, and keeps the 200s it misses, filed under the documents
 * they show (every `documentId` in a JSON answer, plus what the controller declared with `cacheDependsOn`), the
 * lists and the slug of the route. Writes purge those tags (see document-middlewares/response-cache.ts).
 * `X-Cache` says HIT, MISS or BYPASS (answers that are never cached: tokens, drafts).
 */
const responseCache =
  (config: ResponseCacheRouteConfig, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler =>
  async (ctx: Context, next) => {
    const cache = newsroomService(strapi, 'responseCache');
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !cache.enabled()) return next();
    if (isPrivateRequest(ctx)) {
      ctx.set('X-Cache', 'BYPASS');
      return next();
    }

    // Looked up already by the early middleware, whether it found the store or not (a failing store is not asked twice).
    const lookup =
      LOOKUP_STATE in ctx.state ? (ctx.state[LOOKUP_STATE] as Lookup | undefined) : await cache.lookup(key(ctx));
    if (lookup?.answer) {
      serveCachedAnswer(ctx, lookup.answer);
      return;
    }

    await next();
    await keepAnswer(strapi, ctx, config, lookup, ctx.params.slug);
  };

export default responseCache;

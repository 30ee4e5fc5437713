import type { Core, Schema, UID } from '@strapi/strapi';
import { cacheKey } from '../cache/keys';
import type { Lookup } from '../cache/store';
import { ARTICLE_UID } from '../constants';
import { articleListParams, slugQuery } from '../controllers/request';
import contentApi, { ARTICLE_LIST_CACHE, ARTICLE_PAGE_CACHE } from '../routes/content-api';
import { articlePageAnswer } from '../services/article';
import { cardListAnswer } from '../services/article-cards';
import { ARTICLE_PAGE_RELATIONS, type RelationShape } from '../services/populate';
import { isPrivateRequest } from '../utils/private-request';
import { newsroomService } from '../utils/services';
import { applyHttpCaching } from './http-cache';
import { keepAnswer, LOOKUP_STATE, serveCachedAnswer, type ResponseCacheRouteConfig } from './response-cache';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** A public read answered here, before Strapi's router, when the public role may make it. */
interface EarlyRead {
  /** Its route's path under /api/newsroom; a capture is the route's `:slug`. */
  path: RegExp;
  /** GET routes declared before it: Strapi's router takes the first that matches. */
  shadowedBy: RegExp[];
  /** What Users & Permissions would require of the public role for the route to give this answer unchanged. */
  actions: string[];
  cache: ResponseCacheRouteConfig;
  /** The route's answer, or null where only the route answers as it should (a 400, a 404, a redirect). */
  answer(ctx: Context, slug: string | undefined): Promise<object | null>;
}

/**
 * The content types of the relations a read shows, nested ones included: Strapi's output sanitizer removes a
 * relation whose type the role may not `find`, so an answer given without it needs the role to find them all.
 */
const relationTargets = (strapi: Core.Strapi, uid: string, shown: Record<string, RelationShape | 'all'>): string[] =>
  Object.entries(shown).flatMap(([name, shape]) => {
    const attributes: Record<string, Schema.Attribute.AnyAttribute> = strapi.getModel(uid as UID.Schema).attributes;
    const attribute = attributes[name];
    const nested = shape === 'all' ? {} : (shape.nested ?? {});
    if (attribute?.type === 'relation' && 'target' in attribute) {
      return [attribute.target, ...relationTargets(strapi, attribute.target, nested)];
    }
    if (attribute?.type === 'component') return relationTargets(strapi, attribute.component, nested);
    return [];
  });

/**
 * A request the early answer may take: Strapi's nested (bracketed) parameters are the route's to parse, and a NUL
 * anywhere is request-guard's to refuse.
 */
const plainRequest = (ctx: Context): boolean => !/\[|%5b/i.test(ctx.querystring) && !/%00/.test(ctx.url);

/** A route's path as a pattern, its parameters captured. */
const pattern = (path: string): RegExp => new RegExp(`^${path.replace(/:[^/]+/g, '([^/]+)')}$`);

/** The path of the content-API route of `handler`, and of the GET routes the router would try before it. */
const routeOf = (handler: string): Pick<EarlyRead, 'path' | 'shadowedBy'> => {
  const { routes } = contentApi;
  const index = routes.findIndex((route) => route.handler === handler);
  if (index < 0) throw new Error(`public-reads: no content-API route for ${handler}`);
  return {
    path: pattern(routes[index].path),
    shadowedBy: routes
      .slice(0, index)
      .filter((route) => route.method === 'GET')
      .map((route) => pattern(route.path)),
  };
};

const earlyReads = (strapi: Core.Strapi): EarlyRead[] => {
  // The query's own validation errors are the route's to give, with their 400.
  const parsed = async <T>(parse: () => Promise<T>): Promise<T | null> => {
    try {
      return await parse();
    } catch {
      return null;
    }
  };
  return [
    {
      ...routeOf('article.findBySlug'),
      actions: [
        `${ARTICLE_UID}.findOne`,
        ...[...new Set(relationTargets(strapi, ARTICLE_UID, ARTICLE_PAGE_RELATIONS))].map((uid) => `${uid}.find`),
      ],
      cache: ARTICLE_PAGE_CACHE,
      async answer(ctx, slug) {
        const query = slug === undefined ? null : await parsed(() => slugQuery(strapi, ctx));
        if (!query || slug === undefined) return null;
        const page = await newsroomService(strapi, 'article').findBySlug(slug, query);
        return page.kind === 'found' ? articlePageAnswer(page, page.article) : null;
      },
    },
    {
      ...routeOf('article.find'),
      actions: [`${ARTICLE_UID}.find`],
      cache: ARTICLE_LIST_CACHE,
      async answer(ctx) {
        const query = await parsed(() => articleListParams(strapi, ctx));
        return query && cardListAnswer(await newsroomService(strapi, 'articleCards').list(query));
      },
    },
  ];
};

const decoded = (segment: string): string | undefined => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
};

/**
 * The public reads that most of a news site's traffic is, answered before the rest of Strapi's stack (query and
 * body parsing, session, router, authentication, policies), which costs several times the reads themselves.
 * First from the response cache; then, for the article page and the article list, by the same services as their
 * routes, when the public role holds what the route would require (its permission and, for the page, `find` on
 * what it shows, without which the route's sanitizer would remove relations). Anything else (a token, a draft,
 * a nested or invalid query, a slug that does not name a published article) goes on to the route. Placed early in
 * config/middlewares.ts; answers made here are the routes' own, which tests/public-reads.test.ts compares.
 * Cached answers are served without asking the role again: a change to any role or permission purges them all
 * (services/public-access.ts).
 */
const publicReads = (_config: unknown, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const prefix = `${strapi.config.get<string>('api.rest.prefix', '/api')}/newsroom`;
  let reads: EarlyRead[] | undefined;
  return async (ctx: Context, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !ctx.path.startsWith(`${prefix}/`)) return next();
    if (isPrivateRequest(ctx)) return next();
    const cache = newsroomService(strapi, 'responseCache');
    const cached = cache.enabled();
    let lookup: Lookup | undefined;
    if (cached) {
      lookup = await cache.lookup(cacheKey(ctx.path, ctx.querystring));
      if (lookup?.answer) {
        serveCachedAnswer(ctx, lookup.answer);
        applyHttpCaching(strapi, ctx);
        return;
      }
      ctx.state[LOOKUP_STATE] = lookup;
    }

    const path = ctx.path.slice(prefix.length);
    reads ??= earlyReads(strapi);
    const read = reads.find((candidate) => candidate.path.test(path));
    if (!read || read.shadowedBy.some((route) => route.test(path)) || !plainRequest(ctx)) return next();
    const captured = read.path.exec(path)?.[1];
    const slug = captured === undefined ? undefined : decoded(captured);
    if (captured !== undefined && slug === undefined) return next();
    // An answer about to be cached is served to every instance until a write purges it: it must not rest on what
    // this instance read of the role before another instance's change (whose purge has already gone by).
    if (!(await newsroomService(strapi, 'publicAccess').allows(read.actions, { fresh: cached }))) return next();
    const answer = await read.answer(ctx, slug);
    if (!answer) return next();

    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = answer;
    if (cached) await keepAnswer(strapi, ctx, read.cache, lookup, slug);
    applyHttpCaching(strapi, ctx);
  };
};

export default publicReads;

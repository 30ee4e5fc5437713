import type { Core } from '@strapi/strapi';

type Context = Parameters<Core.MiddlewareHandler>[0];

/**
 * Whether the query may name `status`: only then is it parsed (`ctx.query`, Strapi's qs), which costs a public
 * read several percent. Keys may be percent-encoded, so the query is decoded first; one that cannot be is parsed.
 */
const mayNameStatus = (querystring: string): boolean => {
  try {
    return decodeURIComponent(querystring).includes('status');
  } catch {
    return true;
  }
};

/** A reader with a token may be reading drafts: such answers must sit in no cache, shared or ours. */
export const isPrivateRequest = (ctx: Context): boolean =>
  Boolean(ctx.request.header.authorization) ||
  (mayNameStatus(ctx.querystring) && ctx.query.status !== undefined && ctx.query.status !== 'published');

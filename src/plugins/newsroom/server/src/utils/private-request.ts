import type { Core } from '@strapi/strapi';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** A reader with a token may be reading drafts: such answers must sit in no cache, shared or ours. */
export const isPrivateRequest = (ctx: Context): boolean =>
  Boolean(ctx.request.header.authorization) || (ctx.query.status !== undefined && ctx.query.status !== 'published');

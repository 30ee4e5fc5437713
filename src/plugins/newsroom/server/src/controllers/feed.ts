import type { Core } from '@strapi/strapi';
import { cacheDependsOn } from '../cache/dependencies';
import type { FeedFormat } from '../services/article-formats';
import { newsroomService } from '../utils/services';
import { feedParams } from './request';

type Context = Parameters<Core.MiddlewareHandler>[0];

const CONTENT_TYPES: Readonly<Record<FeedFormat, string>> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
};

/** RSS and Atom feeds of the newest published articles, per locale and optionally per tag. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const serve = async (ctx: Context, format: FeedFormat) => {
    const params = await feedParams(strapi, ctx);
    const feed = await newsroomService(strapi, 'articleFormats').feed({ format, ...params });
    if (feed === null) return ctx.notFound(`No tag with slug "${params.tag}" in locale "${params.locale}"`);
    cacheDependsOn(ctx, feed.sources);
    ctx.type = CONTENT_TYPES[format];
    ctx.body = feed.xml;
  };
  return {
    rss: (ctx: Context) => serve(ctx, 'rss'),
    atom: (ctx: Context) => serve(ctx, 'atom'),
  };
};

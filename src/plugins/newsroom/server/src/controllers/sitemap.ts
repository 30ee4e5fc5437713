import type { Core } from '@strapi/strapi';
import { newsroomService } from '../utils/services';
import { parseOrThrow } from '../validation/parse';
import { newsSitemapQuery, sitemapQuery } from '../validation/queries';

type Context = Parameters<Core.MiddlewareHandler>[0];

const XML = 'application/xml; charset=utf-8';

/** Sitemaps for search engines: every published article with its locales, and Google News's recent ones. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async articles(ctx: Context) {
    const { page } = parseOrThrow(sitemapQuery, ctx.query, 'query');
    const base = `${strapi.config.get<string>('server.absoluteUrl')}/api/newsroom/sitemaps/articles.xml`;
    const answer = await newsroomService(strapi, 'sitemaps').articles(page, (n) => `${base}?page=${n}`);
    if (answer.kind === 'no-such-page') return ctx.notFound(`The article sitemap has ${answer.pageCount} page(s)`);
    ctx.type = XML;
    ctx.body = answer.xml;
  },

  async news(ctx: Context) {
    parseOrThrow(newsSitemapQuery, ctx.query, 'query');
    ctx.type = XML;
    ctx.body = await newsroomService(strapi, 'sitemaps').news();
  },
});

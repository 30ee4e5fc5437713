import { factories, type Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';
import { newsroomService } from '../utils/services';
import { articleWrite, suggestionRequest } from '../validation/article';
import { articleListParams, slugNotFound, slugQuery, validateWrite } from './request';

type Context = Parameters<Core.MiddlewareHandler>[0];

export default factories.createCoreController(ARTICLE_UID, ({ strapi }) => {
  /** One article, by slug, in one of the industry's formats. */
  const serveFormat = async (ctx: Context, format: 'jsonLd' | 'ninjs', type: string) => {
    const { slug } = ctx.params;
    const query = await slugQuery(strapi, ctx);
    const result = await newsroomService(strapi, 'articleFormats')[format](slug, query);
    if (result.kind !== 'found') return slugNotFound(ctx, `${query.status} article`, slug, query.locale, result);
    ctx.type = type;
    ctx.body = result.output;
  };

  return {
    async create(ctx) {
      const { data, locale } = await validateWrite(strapi, ctx, articleWrite.create);
      await newsroomService(strapi, 'relationTargets').assertArticleTargetsExist(data, locale);
      return super.create(ctx);
    },

    async update(ctx) {
      const { data, locale } = await validateWrite(strapi, ctx, articleWrite.update);
      await newsroomService(strapi, 'relationTargets').assertArticleTargetsExist(data, locale);
      return super.update(ctx);
    },

    async find(ctx) {
      const { cards, pagination } = await newsroomService(strapi, 'articleCards').list(
        await articleListParams(strapi, ctx),
      );
      return { data: cards, meta: { pagination } };
    },

    jsonLd: (ctx: Context) => serveFormat(ctx, 'jsonLd', 'application/ld+json; charset=utf-8'),

    ninjs: (ctx: Context) => serveFormat(ctx, 'ninjs', 'application/json; charset=utf-8'),

    async suggestEntities(ctx) {
      const { data, locale } = await validateWrite(strapi, ctx, suggestionRequest);
      ctx.body = { data: await newsroomService(strapi, 'entitySuggestions').suggest(data.text, locale) };
    },

    async findBySlug(ctx) {
      const { slug } = ctx.params;
      const query = await slugQuery(strapi, ctx);
      const page = await newsroomService(strapi, 'article').findBySlug(slug, query);
      if (page.kind !== 'found') return slugNotFound(ctx, `${query.status} article`, slug, query.locale, page);
      const article = await super.sanitizeOutput(page.article, ctx);
      return { data: { ...article, alternates: page.alternates }, meta: page.meta };
    },
  };
});

import { factories } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';
import { newsroomService } from '../utils/services';
import { articleWrite } from '../validation/article';
import { jsonForScript } from '../formats/json-ld';
import { articleListParams, slugNotFound, slugQuery, validateWrite } from './request';

export default factories.createCoreController(ARTICLE_UID, ({ strapi }) => ({
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
    const { cards, pagination } = await newsroomService(strapi, 'articleCards').list(await articleListParams(strapi, ctx));
    return { data: cards, meta: { pagination } };
  },

  async jsonLd(ctx) {
    const { slug } = ctx.params;
    const query = await slugQuery(strapi, ctx);
    const result = await newsroomService(strapi, 'articleFormats').jsonLd(slug, query);
    if (result.kind !== 'found') return slugNotFound(ctx, `${query.status} article`, slug, query.locale, result);
    ctx.type = 'application/ld+json; charset=utf-8';
    ctx.body = jsonForScript(result.output);
  },

  async ninjs(ctx) {
    const { slug } = ctx.params;
    const query = await slugQuery(strapi, ctx);
    const result = await newsroomService(strapi, 'articleFormats').ninjs(slug, query);
    if (result.kind !== 'found') return slugNotFound(ctx, `${query.status} article`, slug, query.locale, result);
    ctx.body = result.output;
  },

  async findBySlug(ctx) {
    const { slug } = ctx.params;
    const query = await slugQuery(strapi, ctx);
    const page = await newsroomService(strapi, 'article').findBySlug(slug, query);
    if (page.kind !== 'found') return slugNotFound(ctx, `${query.status} article`, slug, query.locale, page);
    const article = await super.sanitizeOutput(page.article, ctx);
    return { data: { ...article, alternates: page.alternates }, meta: page.meta };
  },
}));

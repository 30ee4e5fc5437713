import { factories } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';
import { newsroomService } from '../utils/services';
import { articleWrite } from '../validation/article';
import { slugQuery, validateWrite } from './request';

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

  async findBySlug(ctx) {
    const { slug } = ctx.params;
    const query = await slugQuery(strapi, ctx);
    const page = await newsroomService(strapi, 'article').findBySlug(slug, query);
    if (!page) {
      return ctx.notFound(`No ${query.status} article with slug "${slug}"${query.locale ? ` in locale "${query.locale}"` : ''}`);
    }
    const article = await super.sanitizeOutput(page.article, ctx);
    return super.transformResponse({ ...article, alternates: page.alternates });
  },
}));

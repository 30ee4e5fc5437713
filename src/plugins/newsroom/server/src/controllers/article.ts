import { factories, type Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { cacheDependsOn } from '../cache/dependencies';
import { ARTICLE_UID } from '../constants';
import { articlePageAnswer } from '../services/article';
import { cardListAnswer } from '../services/article-cards';
import { readableLocales } from '../utils/permission-checker';
import { newsroomService } from '../utils/services';
import { articleWrite, suggestionRequest } from '../validation/article';
import { correctionParams, deleteQuery, unpublishBody } from '../validation/corrections';
import { parseOrThrow } from '../validation/parse';
import {
  articleListParams,
  assertDeleteLocale,
  assertDeleteTargetExists,
  assertKnownLocale,
  notFound,
  slugNotFound,
  slugQuery,
  validateWrite,
  withIfMatch,
} from './request';

type Context = Parameters<Core.MiddlewareHandler>[0];

export default factories.createCoreController(ARTICLE_UID, ({ strapi }) => {
  /** One article, by slug, in one of the industry's formats. */
  const serveFormat = async (ctx: Context, format: 'jsonLd' | 'ninjs', type: string) => {
    const { slug } = ctx.params;
    const query = await slugQuery(strapi, ctx);
    const result = await newsroomService(strapi, 'articleFormats')[format](slug, query);
    if (result.kind !== 'found') return slugNotFound(ctx, `${query.status} article`, slug, query.locale, result);
    cacheDependsOn(ctx, result.page);
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
      return withIfMatch(
        strapi,
        ctx,
        ARTICLE_UID,
        locale,
        async () => (await super.update(ctx)) ?? notFound('article', ctx.params.id),
      );
    },

    /** Deleting says why, in `?reason=`: the record of published articles taken down keeps it. */
    async delete(ctx) {
      const { reason, ...query } = ctx.query as Record<string, unknown>;
      const why = parseOrThrow(deleteQuery, { reason }, 'query').reason;
      await assertDeleteLocale(strapi, ctx);
      await assertDeleteTargetExists(strapi, ctx, ARTICLE_UID, 'article');
      ctx.query = query;
      if (why) ctx.state.newsroomReason = why;
      return super.delete(ctx);
    },

    /** Takes one locale of a published article down, saying why. */
    async unpublish(ctx: Context) {
      const { documentId } = parseOrThrow(correctionParams, ctx.params, 'query');
      const { locale, reason } = parseOrThrow(unpublishBody, ctx.request.body ?? {});
      await assertKnownLocale(strapi, locale);
      const published = await strapi
        .documents(ARTICLE_UID)
        .findOne({ documentId, locale, status: 'published', fields: ['id'] });
      if (!published) throw new errors.NotFoundError(`article ${documentId} is not published in "${locale}"`);
      ctx.state.newsroomReason = reason;
      await strapi.documents(ARTICLE_UID).unpublish({ documentId, locale });
      ctx.body = { data: await newsroomService(strapi, 'publicationLog').of(documentId) };
    },

    /** Who took the article down, when and why: for editors (API tokens and the admin). */
    async publicationLog(ctx: Context) {
      const { documentId } = parseOrThrow(correctionParams, ctx.params, 'query');
      const log = await newsroomService(strapi, 'publicationLog').of(documentId);
      // A deleted article keeps its log: only a documentId with neither a log nor an entry is unknown.
      if (log.length === 0 && (await strapi.db.query(ARTICLE_UID).count({ where: { documentId } })) === 0) {
        notFound('article', documentId);
      }
      // In the admin, a role limited to some locales reads their takedowns only.
      const readable = readableLocales(strapi, ctx.state.userAbility, [...new Set(log.map((event) => event.articleLocale))]);
      ctx.body = { data: log.filter((event) => readable.includes(event.articleLocale)) };
    },

    async find(ctx) {
      return cardListAnswer(await newsroomService(strapi, 'articleCards').list(await articleListParams(strapi, ctx)));
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
      return articlePageAnswer(page, await super.sanitizeOutput(page.article, ctx));
    },
  };
});

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ARTICLE_UID } from '../constants';
import { publicCorrection } from '../services/article';
import { newsroomService } from '../utils/services';
import { correctionAmend, correctionLocaleQuery, correctionParams, correctionWrite } from '../validation/corrections';
import { parseOrThrow } from '../validation/parse';
import { assertKnownLocale, conflict } from './request';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** Corrections: appended to a published article's public log, amended with their history, never deleted. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: Context) {
    const { documentId } = parseOrThrow(correctionParams, ctx.params, 'query');
    const { locale } = parseOrThrow(correctionLocaleQuery, ctx.query, 'query');
    await assertKnownLocale(strapi, locale);
    const { data } = parseOrThrow(correctionWrite, ctx.request.body ?? {});
    const result = await newsroomService(strapi, 'corrections').add(documentId, locale, data);
    if (result.kind === 'not-found') throw new errors.NotFoundError(`no article "${documentId}"`);
    if (result.kind === 'not-published') {
      return conflict(ctx, `article ${documentId} is not published in "${locale}": corrections follow publication`);
    }
    ctx.status = 201;
    ctx.body = { data: { documentId: result.correction.documentId, ...publicCorrection(result.correction) } };
  },

  async find(ctx: Context) {
    const { documentId } = parseOrThrow(correctionParams, ctx.params, 'query');
    const { locale } = parseOrThrow(correctionLocaleQuery, ctx.query, 'query');
    await assertKnownLocale(strapi, locale);
    const log = await newsroomService(strapi, 'corrections').of(documentId, locale);
    // No corrections of an article that exists is an empty list; of one that never existed, a 404.
    if (log.length === 0 && (await strapi.db.query(ARTICLE_UID).count({ where: { documentId } })) === 0) {
      throw new errors.NotFoundError(`no article "${documentId}"`);
    }
    ctx.body = { data: log.map((entry) => ({ documentId: entry.documentId, ...publicCorrection(entry) })) };
  },

  async update(ctx: Context) {
    const { documentId } = parseOrThrow(correctionParams, ctx.params, 'query');
    const { data } = parseOrThrow(correctionAmend, ctx.request.body ?? {});
    const amended = await newsroomService(strapi, 'corrections').amend(documentId, data.text);
    if (!amended) throw new errors.NotFoundError(`no correction ${documentId}`);
    ctx.body = { data: { documentId: amended.documentId, ...publicCorrection(amended) } };
  },

  /** The admin's amendment: the route's policies checked the right to publish `locale`, the correction's own. */
  async updateInLocale(ctx: Context) {
    const { documentId } = parseOrThrow(correctionParams, ctx.params, 'query');
    const { locale } = parseOrThrow(correctionLocaleQuery, ctx.query, 'query');
    await assertKnownLocale(strapi, locale);
    const { data } = parseOrThrow(correctionAmend, ctx.request.body ?? {});
    const amended = await newsroomService(strapi, 'corrections').amend(documentId, data.text, locale);
    if (!amended) throw new errors.NotFoundError(`no correction ${documentId} in "${locale}"`);
    ctx.body = { data: { documentId: amended.documentId, ...publicCorrection(amended) } };
  },
});

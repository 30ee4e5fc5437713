import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { readableLocales } from '../utils/permission-checker';
import { newsroomService } from '../utils/services';
import { parseOrThrow } from '../validation/parse';
import {
  articleLocaleParams,
  articleParams,
  localeQuery,
  startTranslationBody,
  translationListQuery,
} from '../validation/translations';
import { assertKnownLocale, assertMayReadLocale, conflict } from './request';

type Context = Parameters<Core.MiddlewareHandler>[0];

const localeError = (locale: string, message: string) =>
  new errors.ValidationError(`locale: ${message}`, { errors: [{ path: ['locale'], message, name: 'ValidationError' }] });

const notFound = (documentId: string) => new errors.NotFoundError(`no article ${documentId}`);

/** The translators' routes: what is missing or out of date, starting a translation, marking it in line. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const translations = () => newsroomService(strapi, 'translations');

  return {
    async find(ctx: Context) {
      const query = parseOrThrow(translationListQuery, ctx.query, 'query');
      await assertKnownLocale(strapi, query.locale);
      assertMayReadLocale(strapi, ctx, query.locale);
      const all = (await newsroomService(strapi, 'locales').list()).map(({ code }) => code);
      const readable = readableLocales(strapi, ctx.state.userAbility, all);
      const { items, pagination } = await translations().list({ ...query, readable });
      ctx.body = { data: items, meta: { pagination } };
    },

    async findOne(ctx: Context) {
      const { documentId } = parseOrThrow(articleParams, ctx.params, 'query');
      const found = await translations().forArticle(documentId);
      if (!found) throw notFound(documentId);
      ctx.body = { data: found };
    },

    async start(ctx: Context) {
      const { documentId } = parseOrThrow(articleParams, ctx.params, 'query');
      const { locale } = parseOrThrow(startTranslationBody, ctx.request.body ?? {});
      await assertKnownLocale(strapi, locale);
      const result = await translations().start(documentId, locale);
      if (result.kind === 'not-found') throw notFound(documentId);
      if (result.kind === 'is-source') throw localeError(locale, `"${locale}" is the source locale of this article`);
      if (result.kind === 'exists') return conflict(ctx, `article ${documentId} already has a "${locale}" version`);
      ctx.status = 201;
      ctx.body = { data: { ...result.translations, missingEntities: result.missingEntities } };
    },

    async markInLine(ctx: Context) {
      const { documentId, locale } = parseOrThrow(articleLocaleParams, ctx.params, 'query');
      await assertKnownLocale(strapi, locale);
      const result = await translations().markInLine(documentId, locale);
      if (result === 'not-found') throw notFound(documentId);
      if (result === 'is-source') throw localeError(locale, `"${locale}" is the source locale of this article`);
      if (result === 'missing') throw new errors.NotFoundError(`article ${documentId} has no "${locale}" translation`);
      ctx.body = { data: result };
    },

    async entities(ctx: Context) {
      const { locale } = parseOrThrow(localeQuery, ctx.query, 'query');
      await assertKnownLocale(strapi, locale);
      ctx.body = { data: await translations().entitiesWithoutLocale(locale) };
    },
  };
};

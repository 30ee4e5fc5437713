import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ENTITY_TAG_UID, EXPERT_UID } from '../constants';
import { permissionCheckerFor, readableLocales } from '../utils/permission-checker';
import { newsroomService } from '../utils/services';
import { parseOrThrow } from '../validation/parse';
import {
  articleLocaleParams,
  articleParams,
  localeQuery,
  nameEntityBody,
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

    /** Names a missing tag or expert of the source in the translation's locale, and attaches it there. */
    async nameEntity(ctx: Context) {
      const { documentId, locale } = parseOrThrow(articleLocaleParams, ctx.params, 'query');
      const body = parseOrThrow(nameEntityBody, ctx.request.body ?? {});
      await assertKnownLocale(strapi, locale);
      // The route's policies check the article in the locale; the entity's own permission is checked here.
      const uid = body.kind === 'tag' ? ENTITY_TAG_UID : EXPERT_UID;
      // A PolicyError: Strapi answers any other ForbiddenError with a bare "Forbidden" (compose-endpoint).
      if (permissionCheckerFor(strapi, ctx.state.userAbility, uid).cannot.create({ locale })) {
        throw new errors.PolicyError(`You may not create ${body.kind === 'tag' ? 'tags' : 'experts'} in "${locale}"`, {
          policy: 'may-write-locale',
        });
      }
      const result = await newsroomService(strapi, 'translationEntities').nameInPlace({
        documentId,
        locale,
        kind: body.kind,
        entityDocumentId: body.documentId,
        name: body.name,
      });
      switch (result.kind) {
        case 'no-article':
          throw notFound(documentId);
        case 'is-source':
          throw localeError(locale, `"${locale}" is the source locale of this article`);
        case 'no-translation':
          throw new errors.NotFoundError(`article ${documentId} has no "${locale}" translation yet: start it first`);
        case 'no-entity':
          throw new errors.NotFoundError(`no ${body.kind} ${body.documentId}`);
        case 'not-in-source': {
          const message = `is not a ${body.kind} of this article's source`;
          throw new errors.ValidationError(`documentId: ${message}`, {
            errors: [{ path: ['documentId'], message, name: 'ValidationError' }],
          });
        }
        case 'exists':
          return conflict(ctx, `${body.kind} ${body.documentId} already has a "${locale}" version`);
        case 'named':
          ctx.body = { data: { missingEntities: result.missingEntities, entity: result.entity } };
      }
    },

    async entities(ctx: Context) {
      const { locale } = parseOrThrow(localeQuery, ctx.query, 'query');
      await assertKnownLocale(strapi, locale);
      ctx.body = { data: await translations().entitiesWithoutLocale(locale) };
    },
  };
};

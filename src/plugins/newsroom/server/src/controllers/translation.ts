import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID } from '../constants';
import type { InLineResult } from '../services/translations';
import type { Viewer, WorkspaceResult } from '../services/translation-workspace';
import { mayReadLocaleOf, permissionCheckerFor, readableLocales } from '../utils/permission-checker';
import { newsroomService } from '../utils/services';
import { parseOrThrow } from '../validation/parse';
import {
  articleLocaleParams,
  articleParams,
  copyStructureBody,
  localeQuery,
  nameEntityBody,
  saveWorkspaceBody,
  startTranslationBody,
  translationListQuery,
} from '../validation/translations';
import { assertKnownLocale, assertMayReadLocale, conflict } from './request';

type Context = Parameters<Core.MiddlewareHandler>[0];

const localeError = (locale: string, message: string) =>
  new errors.ValidationError(`locale: ${message}`, { errors: [{ path: ['locale'], message, name: 'ValidationError' }] });

const notFound = (documentId: string) => new errors.NotFoundError(`no article ${documentId}`);

const isSource = (locale: string) => localeError(locale, `"${locale}" is the source locale of this article`);

const noTranslation = (documentId: string, locale: string) =>
  new errors.NotFoundError(`article ${documentId} has no "${locale}" translation`);

/** What the admin user asking may do: read the source's locale, update the translation's. */
const viewerOf = (strapi: Core.Strapi, ctx: Context, locale: string): Viewer => ({
  mayRead: mayReadLocaleOf(strapi, ctx.state.userAbility),
  writable: !permissionCheckerFor(strapi, ctx.state.userAbility, ARTICLE_UID).cannot.update({ locale }),
});

/** The translators' routes: what is missing or out of date, starting a translation, marking it in line. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const translations = () => newsroomService(strapi, 'translations');
  const workspaces = () => newsroomService(strapi, 'translationWorkspace');

  const params = async (ctx: Context) => {
    const { documentId, locale } = parseOrThrow(articleLocaleParams, ctx.params, 'query');
    await assertKnownLocale(strapi, locale);
    return { documentId, locale, viewer: viewerOf(strapi, ctx, locale) };
  };

  /** A workspace, or the error its refusal stands for. */
  const answerWorkspace = (ctx: Context, documentId: string, locale: string, result: WorkspaceResult): void => {
    switch (result.kind) {
      case 'workspace':
        ctx.body = { data: result.workspace };
        return;
      case 'not-found':
        throw notFound(documentId);
      case 'is-source':
        throw isSource(locale);
      case 'missing':
        throw noTranslation(documentId, locale);
      case 'source-hidden':
        // A PolicyError: Strapi answers any other ForbiddenError with a bare "Forbidden", hiding which locale.
        throw new errors.PolicyError(`You may not read articles in "${result.sourceLocale}", the source locale of this article`, {
          policy: 'may-read-locale',
        });
      case 'stale':
        return conflict(
          ctx,
          `the "${locale}" translation was saved by someone else at ${result.updatedAt}, after the version you edited; reload it and reapply your changes`,
        );
    }
  };

  const answerInLine = (ctx: Context, documentId: string, locale: string, result: InLineResult | 'nothing-to-undo'): void => {
    if (result === 'not-found') throw notFound(documentId);
    if (result === 'is-source') throw isSource(locale);
    if (result === 'missing') throw noTranslation(documentId, locale);
    if (result === 'nothing-to-undo') return conflict(ctx, `the "${locale}" translation has no mark in line to undo`);
    ctx.body = { data: result };
  };

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
      // An admin user sees the locales their role may read (an API token: all of them).
      const readable = readableLocales(
        strapi,
        ctx.state.userAbility,
        found.locales.map((entry) => entry.locale),
      );
      ctx.body = { data: { ...found, locales: found.locales.filter((entry) => readable.includes(entry.locale)) } };
    },

    async start(ctx: Context) {
      const { documentId } = parseOrThrow(articleParams, ctx.params, 'query');
      const { locale } = parseOrThrow(startTranslationBody, ctx.request.body ?? {});
      await assertKnownLocale(strapi, locale);
      const result = await translations().start(documentId, locale);
      if (result.kind === 'not-found') throw notFound(documentId);
      if (result.kind === 'is-source') throw isSource(locale);
      if (result.kind === 'exists') return conflict(ctx, `article ${documentId} already has a "${locale}" version`);
      ctx.status = 201;
      ctx.body = { data: { ...result.translations, missingEntities: result.missingEntities } };
    },

    async markInLine(ctx: Context) {
      const { documentId, locale } = parseOrThrow(articleLocaleParams, ctx.params, 'query');
      await assertKnownLocale(strapi, locale);
      answerInLine(ctx, documentId, locale, await translations().markInLine(documentId, locale));
    },

    async undoInLine(ctx: Context) {
      const { documentId, locale } = parseOrThrow(articleLocaleParams, ctx.params, 'query');
      await assertKnownLocale(strapi, locale);
      answerInLine(ctx, documentId, locale, await translations().undoInLine(documentId, locale));
    },

    async workspace(ctx: Context) {
      const { documentId, locale, viewer } = await params(ctx);
      answerWorkspace(ctx, documentId, locale, await workspaces().get(documentId, locale, viewer));
    },

    async saveWorkspace(ctx: Context) {
      const { documentId, locale, viewer } = await params(ctx);
      const body = parseOrThrow(saveWorkspaceBody, ctx.request.body ?? {});
      answerWorkspace(ctx, documentId, locale, await workspaces().save(documentId, locale, body, viewer));
    },

    async copyStructure(ctx: Context) {
      const { documentId, locale, viewer } = await params(ctx);
      const { updatedAt } = parseOrThrow(copyStructureBody, ctx.request.body ?? {});
      answerWorkspace(ctx, documentId, locale, await workspaces().copyStructure(documentId, locale, updatedAt, viewer));
    },

    /** Names a missing tag or expert of the source in the translation's locale, and attaches it there. */
    async nameEntity(ctx: Context) {
      const body = parseOrThrow(nameEntityBody, ctx.request.body ?? {});
      const { documentId, locale, viewer } = await params(ctx);
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
        mayRead: viewer.mayRead,
      });
      switch (result.kind) {
        case 'no-article':
          throw notFound(documentId);
        case 'is-source':
          throw isSource(locale);
        case 'source-hidden':
          return answerWorkspace(ctx, documentId, locale, result);
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
          // The translator's page shows the whole translation again: the entity named, its quotes attributed.
          return answerWorkspace(ctx, documentId, locale, await workspaces().get(documentId, locale, viewer));
      }
    },

    async entities(ctx: Context) {
      const { locale } = parseOrThrow(localeQuery, ctx.query, 'query');
      await assertKnownLocale(strapi, locale);
      ctx.body = { data: await translations().entitiesWithoutLocale(locale) };
    },
  };
};

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { readableLocales } from '../utils/permission-checker';
import { newsroomService } from '../utils/services';
import { parseOrThrow } from '../validation/parse';
import type { NewsroomContentTypeUid } from '../constants';
import type { CardQuery } from '../services/article-cards';
import type { SlugResolution } from '../services/slug-resolver';
import { articleListQuery, entityPageQuery, feedQuery, searchQuery, slugPageQuery } from '../validation/queries';

type Context = Parameters<Core.MiddlewareHandler>[0];

// Strapi's own spelling of the two paging parameters; nothing else (start, limit, withCount) is taken.
const nestedPagination = z.object({
  pagination: z.object({ page: z.unknown().optional(), pageSize: z.unknown().optional() }).strict(),
});

const parameterError = (path: string, message: string) =>
  new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError' }] });

/** `page`/`pageSize` as plain parameters or Strapi's `pagination[page]`/`pagination[pageSize]`. */
const withPaging = (query: Record<string, unknown>) => {
  const { pagination, ...rest } = query;
  if (pagination === undefined) return rest;
  const nested = parseOrThrow(nestedPagination, { pagination }, 'query').pagination;
  for (const key of ['page', 'pageSize'] as const) {
    if (nested[key] !== undefined && rest[key] !== undefined) {
      throw parameterError(key, `${key}: given twice, as ${key} and as pagination[${key}]`);
    }
  }
  return { ...rest, ...nested };
};

// The shape of a locale code (ar, en, pt-BR, zh-Hans-CN): anything else is not looked up at all.
const LOCALE_CODE = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/;

/** Turns an unknown locale into a 400 that names it, instead of an empty answer or a 500. */
export const assertKnownLocale = async (strapi: Core.Strapi, locale: unknown): Promise<string | undefined> => {
  if (locale === undefined) return undefined;
  if (typeof locale !== 'string') throw parameterError('locale', 'locale: must be one locale code, given once');
  if (!LOCALE_CODE.test(locale) || !(await newsroomService(strapi, 'locales').exists(locale))) {
    throw parameterError('locale', `locale: unknown locale "${locale.slice(0, 40)}"`);
  }
  return locale;
};

export const slugQuery = async (strapi: Core.Strapi, ctx: Context) => {
  const query = parseOrThrow(slugPageQuery, { ...ctx.query }, 'query');
  return { ...query, locale: await assertKnownLocale(strapi, query.locale) };
};

export const entityPageParams = async (strapi: Core.Strapi, ctx: Context) => {
  const query = parseOrThrow(entityPageQuery, withPaging({ ...ctx.query }), 'query');
  return { ...query, locale: await assertKnownLocale(strapi, query.locale) };
};

/** The article list's query: a closed set of parameters, so a misspelt filter is a 400, not every article. */
export const articleListParams = async (strapi: Core.Strapi, ctx: Context): Promise<CardQuery> => {
  const { tag, expert, sort, ...query } = parseOrThrow(articleListQuery, withPaging({ ...ctx.query }), 'query');
  return {
    ...query,
    locale: await assertKnownLocale(strapi, query.locale),
    ...(tag ? { tag: { slug: tag } } : {}),
    ...(expert ? { expert: { slug: expert } } : {}),
    order: sort === 'firstPublishedAt:asc' ? 'asc' : 'desc',
  };
};

/** A feed's locale (the default locale when not given) and optional tag. */
export const feedParams = async (strapi: Core.Strapi, ctx: Context) => {
  const query = parseOrThrow(feedQuery, { ...ctx.query }, 'query');
  const locale =
    (await assertKnownLocale(strapi, query.locale)) ?? (await newsroomService(strapi, 'locales').defaultLocale());
  return { locale, tag: query.tag };
};

/** A search's query; the locale is the default one when not given. */
export const searchParams = async (strapi: Core.Strapi, ctx: Context) => {
  const query = parseOrThrow(searchQuery, withPaging({ ...ctx.query }), 'query');
  const locale =
    (await assertKnownLocale(strapi, query.locale)) ?? (await newsroomService(strapi, 'locales').defaultLocale());
  return { ...query, locale };
};

/** A 404 for a slug lookup; when the entry exists in other locales, it lists them with their slugs. */
export const slugNotFound = (
  ctx: Context,
  label: string,
  slug: string,
  locale: string | undefined,
  lookup: Exclude<SlugResolution, { kind: 'found' }>,
) => {
  if (lookup.kind === 'elsewhere') {
    const codes = lookup.availableLocales.map((row) => row.locale).join(', ');
    return ctx.notFound(`The ${label} "${slug}" is not published in locale "${locale}"; it is in: ${codes}`, {
      availableLocales: lookup.availableLocales,
    });
  }
  return ctx.notFound(`No ${label} with slug "${slug}"${locale ? ` in locale "${locale}"` : ''}`);
};

/**
 * Validates `{ data }` of a write request against the plugin's schema for it, before Strapi sees it.
 * Strapi's REST writes publish unless told otherwise; in a newsroom a write through the API makes or edits
 * the draft, and publishing is asked for explicitly with `?status=published`.
 */
export const validateWrite = async <T extends z.ZodTypeAny>(
  strapi: Core.Strapi,
  ctx: Context,
  data: T,
): Promise<{ data: z.infer<T>; locale: string }> => {
  const body = parseOrThrow(z.object({ data }).passthrough(), ctx.request.body ?? {});
  const locale = (await assertKnownLocale(strapi, ctx.query.locale)) ?? (await newsroomService(strapi, 'locales').defaultLocale());
  // Strapi writes in the locale of the query and ignores the one in the payload: a payload that names
  // another would be written where its sender did not mean it to be.
  const named = (body.data as { locale?: unknown }).locale;
  if (named !== undefined && named !== locale) {
    const message = `is "${String(named).slice(0, 40)}" but the request writes in "${locale}" (the locale is set by ?locale=)`;
    throw new errors.ValidationError(`data.locale: ${message}`, {
      errors: [{ path: ['data', 'locale'], message, name: 'ValidationError' }],
    });
  }
  if (ctx.query.status === undefined) ctx.query = { ...ctx.query, status: 'draft' };
  return { data: body.data, locale };
};

/**
 * An edit that sends `If-Match` with the `updatedAt` of the version it was made on is applied only if that is
 * still the stored version (else 412); the answer's `ETag` is the new version's, for the next edit.
 */
export const withIfMatch = async (
  strapi: Core.Strapi,
  ctx: Context,
  uid: NewsroomContentTypeUid,
  locale: string,
  write: () => Promise<unknown>,
): Promise<unknown> => {
  const header = ctx.request.get('if-match').trim();
  const updatedAt = header.replace(/^W\//, '').replace(/^"(.*)"$/, '$1');
  const result =
    header === '' || header === '*'
      ? await write()
      : await (() => {
          if (Number.isNaN(Date.parse(updatedAt))) {
            throw parameterError(
              'If-Match',
              'If-Match: expected the updatedAt of the version you edited, e.g. "2026-11-29T12:00:00.000Z"',
            );
          }
          const documentId = String(ctx.params.id);
          return newsroomService(strapi, 'writePreconditions').ifUnchanged(
            { uid, documentId, locale, updatedAt },
            write,
          );
        })();
  const stamp = (result as { data?: { updatedAt?: unknown } } | undefined)?.data?.updatedAt;
  if (typeof stamp === 'string') ctx.set('ETag', `"${stamp}"`);
  return result;
};

/** A delete's locale: one the site has, or `*` (every locale of the document), as Strapi takes it. */
export const assertDeleteLocale = async (strapi: Core.Strapi, ctx: Context): Promise<void> => {
  if (ctx.query.locale !== '*') await assertKnownLocale(strapi, ctx.query.locale);
};

/**
 * Strapi answers a delete of nothing with 204, as if it had deleted something: a document (in the locale
 * asked, the default one when none is, any with `*`) that does not exist is a 404 that names it.
 */
export const assertDeleteTargetExists = async (
  strapi: Core.Strapi,
  ctx: Context,
  uid: NewsroomContentTypeUid,
  label: string,
): Promise<void> => {
  const documentId = String(ctx.params.id);
  const asked = ctx.query.locale;
  const locale = asked === '*' ? undefined : typeof asked === 'string' ? asked : await newsroomService(strapi, 'locales').defaultLocale();
  const found = await strapi.db.query(uid).count({ where: { documentId, ...(locale ? { locale } : {}) } });
  if (found === 0) notFound(label, documentId);
};

/** Strapi answers an update of a document that does not exist with a bare "Not Found": this one names it. */
export const notFound = (label: string, documentId: unknown): never => {
  throw new errors.NotFoundError(`no ${label} "${String(documentId).slice(0, 64)}"`);
};

/** A 409 in the shape of Strapi's own errors (Strapi has no error class that maps to 409). */
export const conflict = (ctx: Context, message: string): void => {
  ctx.status = 409;
  ctx.body = { data: null, error: { status: 409, name: 'ConflictError', message, details: {} } };
};

/** In the admin, a role limited to some locales reads those only, as in the content manager. */
export const assertMayReadLocale = (strapi: Core.Strapi, ctx: Context, locale: string): void => {
  if (readableLocales(strapi, ctx.state.userAbility, [locale]).length === 0) {
    throw new errors.ForbiddenError(`You may not read articles in "${locale}"`);
  }
};

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { newsroomService } from '../utils/services';
import { parseOrThrow } from '../validation/parse';
import type { CardQuery } from '../services/article-cards';
import type { SlugResolution } from '../services/slug-resolver';
import { TAG_TYPES } from '../constants';

type Context = Parameters<Core.MiddlewareHandler>[0];

const pageNumber = z.coerce.number().int().min(1).max(100_000);

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

const slugParam = z.string().trim().min(1).max(200);

const paging = {
  page: pageNumber.default(1),
  pageSize: pageNumber.max(100).default(20),
};

const entityPageQuery = z.object({ locale: z.string().optional(), fallback: flag.optional(), ...paging });

// A date alone bounds the whole day: `to=2026-11-29` includes that day's articles.
const dateBound = (endOfDay: boolean) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/, 'must be a date (2026-11-29) or an ISO 8601 date-time')
    .transform((value, context) => {
      const date = new Date(value.length === 10 ? `${value}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z` : value);
      // new Date() rolls 2026-02-30 over to March: a real date reads back the same day.
      if (Number.isNaN(date.getTime()) || (value.length === 10 && date.toISOString().slice(0, 10) !== value)) {
        context.addIssue({ code: z.ZodIssueCode.custom, message: 'is not a valid date' });
      }
      return date;
    });

const articleListQuery = z
  .object({
    locale: z.string().optional(),
    status: z.enum(['published', 'draft']).default('published'),
    tag: slugParam.optional(),
    tagType: z.enum(TAG_TYPES).optional(),
    expert: slugParam.optional(),
    from: dateBound(false).optional(),
    to: dateBound(true).optional(),
    sort: z.enum(['firstPublishedAt:desc', 'firstPublishedAt:asc']).default('firstPublishedAt:desc'),
    ...paging,
  })
  .strict()
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: 'must not be after `to`', path: ['from'] });

/** `page`/`pageSize` as plain parameters or Strapi's `pagination[page]`/`pagination[pageSize]`. */
const withPaging = (query: Record<string, unknown>) => {
  const { pagination, ...rest } = query;
  const nested = (pagination ?? {}) as Record<string, unknown>;
  return {
    ...rest,
    ...(nested.page !== undefined ? { page: nested.page } : {}),
    ...(nested.pageSize !== undefined ? { pageSize: nested.pageSize } : {}),
  };
};

/** Turns an unknown locale into a 400 that names it, instead of an empty answer or a 500. */
export const assertKnownLocale = async (strapi: Core.Strapi, locale: unknown): Promise<string | undefined> => {
  if (locale === undefined) return undefined;
  if (typeof locale !== 'string' || !(await newsroomService(strapi, 'locales').exists(locale))) {
    const message = `locale: unknown locale "${String(locale)}"`;
    throw new errors.ValidationError(message, { errors: [{ path: ['locale'], message, name: 'ValidationError' }] });
  }
  return locale;
};

export const slugQuery = async (strapi: Core.Strapi, ctx: Context) => ({
  locale: await assertKnownLocale(strapi, ctx.query.locale),
  status: ctx.query.status === 'draft' ? ('draft' as const) : ('published' as const),
  fallback: parseOrThrow(z.object({ fallback: flag.optional() }), { fallback: ctx.query.fallback }).fallback,
});

export const entityPageParams = async (strapi: Core.Strapi, ctx: Context) => {
  const query = parseOrThrow(entityPageQuery, withPaging({ locale: ctx.query.locale, fallback: ctx.query.fallback, page: ctx.query.page, pageSize: ctx.query.pageSize, pagination: ctx.query.pagination }));
  return { ...query, locale: await assertKnownLocale(strapi, query.locale) };
};

/** The article list's query: a closed set of parameters, so a misspelt filter is a 400, not every article. */
export const articleListParams = async (strapi: Core.Strapi, ctx: Context): Promise<CardQuery> => {
  const { tag, expert, sort, ...query } = parseOrThrow(articleListQuery, withPaging({ ...ctx.query }));
  return {
    ...query,
    locale: await assertKnownLocale(strapi, query.locale),
    ...(tag ? { tag: { slug: tag } } : {}),
    ...(expert ? { expert: { slug: expert } } : {}),
    order: sort === 'firstPublishedAt:asc' ? 'asc' : 'desc',
  };
};

const feedQuery = z.object({ locale: z.string().optional(), tag: slugParam.optional() }).strict();

/** A feed's locale (the default locale when not given) and optional tag. */
export const feedParams = async (strapi: Core.Strapi, ctx: Context) => {
  const query = parseOrThrow(feedQuery, { ...ctx.query });
  const locale = (await assertKnownLocale(strapi, query.locale)) ?? (await newsroomService(strapi, 'locales').defaultLocale());
  return { locale, tag: query.tag };
};

/** A 404 for a slug lookup; when the entry exists in other locales, it lists them with their slugs. */
export const slugNotFound = (
  ctx: Context,
  label: string,
  slug: string,
  locale: string | undefined,
  lookup: Exclude<SlugResolution, { kind: 'found' }>
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
  data: T
): Promise<{ data: z.infer<T>; locale: string }> => {
  const body = parseOrThrow(z.object({ data }).passthrough(), ctx.request.body ?? {});
  const locale = (await assertKnownLocale(strapi, ctx.query.locale)) ?? (await newsroomService(strapi, 'locales').defaultLocale());
  if (ctx.query.status === undefined) ctx.query = { ...ctx.query, status: 'draft' };
  return { data: body.data, locale };
};

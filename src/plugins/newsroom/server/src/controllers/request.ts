import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { newsroomService } from '../utils/services';
import { parseOrThrow } from '../validation/parse';

type Context = Parameters<Core.MiddlewareHandler>[0];

const pageNumber = z.coerce.number().int().min(1).max(100_000);

const entityPageQuery = z.object({
  locale: z.string().optional(),
  page: pageNumber.default(1),
  pageSize: pageNumber.max(100).default(20),
});

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
});

export const entityPageParams = async (strapi: Core.Strapi, ctx: Context) => {
  const query = parseOrThrow(entityPageQuery, {
    locale: ctx.query.locale,
    page: ctx.query.page ?? (ctx.query.pagination as Record<string, unknown> | undefined)?.page,
    pageSize: ctx.query.pageSize ?? (ctx.query.pagination as Record<string, unknown> | undefined)?.pageSize,
  });
  return { ...query, locale: await assertKnownLocale(strapi, query.locale) };
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

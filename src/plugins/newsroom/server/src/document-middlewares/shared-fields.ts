import { isDeepStrictEqual } from 'node:util';
import type { Core, Modules } from '@strapi/strapi';
import { isNewsroomContentType, type NewsroomContentTypeUid } from '../constants';
import { createDocumentRowsRepository } from '../repositories/document-rows';
import { newsroomService } from '../utils/services';

type Next = Parameters<Modules.Documents.Middleware.Middleware>[1];

interface Params {
  documentId?: unknown;
  locale?: unknown;
  status?: unknown;
  populate?: unknown;
  fields?: unknown;
  data?: Record<string, unknown>;
}

// The actions after which Strapi's i18n copies a row's shared values into the other locales, and that row's state.
const SYNCING_ACTIONS: Readonly<Record<string, 'draft' | 'published'>> = {
  update: 'draft',
  publish: 'published',
  discardDraft: 'draft',
};

// What Strapi's i18n fills from another locale; an empty text would be copied into every other locale instead.
const isEmpty = (value: unknown): boolean => value === undefined || value === null || value === '';

/**
 * Keeps the fields every locale shares equal in every locale, where Strapi 5.54's i18n does not:
 * - A new locale of an existing document (an update in a locale it lacks) gets the values its drafts hold.
 *   Strapi fills the ones the data leaves empty from the document's published row first (its draft first on
 *   PostgreSQL, which sorts nulls first), then copies the new row's values into every other draft: a translation
 *   started after a journalist changed the genre of a published article's draft, but before it was published,
 *   put the published genre back into every draft. An empty value cannot be asked for (Strapi fills it), so it is
 *   set once the locale exists.
 * - Strapi copies a changed value into the other locales only when it differs from a row of the document it
 *   reads without order (on PostgreSQL often another locale's or the published one): an editor's change back
 *   to the published genre stayed in one draft. A write that changed its row's values copies them itself.
 */
export const sharedFieldsMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const params = (context.params ?? {}) as Params;
    const { documentId, locale } = params;
    const status = SYNCING_ACTIONS[context.action];
    if (!status || !isNewsroomContentType(context.uid)) return next();
    if (typeof documentId !== 'string' || typeof locale !== 'string') return next();
    const uid = context.uid;
    const rows = createDocumentRowsRepository(strapi);
    const exists = (await rows.localeRows(uid, documentId, locale)).length > 0;
    if (!exists) return context.action === 'update' ? newLocale(strapi, uid, documentId, locale, params, next) : next();

    const sharedFields = newsroomService(strapi, 'sharedFields');
    // A save of an existing locale that sends no shared field leaves them as they are: nothing to copy.
    const data = params.data ?? {};
    if (context.action === 'update' && !sharedFields.fieldsOf(uid).some((field) => field in data)) return next();
    return strapi.db.transaction(async () => {
      const before = await sharedFields.valuesIn(uid, documentId, locale, status);
      const result = await next();
      const after = await sharedFields.valuesIn(uid, documentId, locale, status);
      if (after && !isDeepStrictEqual(before, after)) await sharedFields.syncFrom(uid, documentId, locale, status);
      return result;
    });
  };

const newLocale = (
  strapi: Core.Strapi,
  uid: NewsroomContentTypeUid,
  documentId: string,
  locale: string,
  params: Params,
  next: Next,
) =>
  strapi.db.transaction(async () => {
    const sharedFields = newsroomService(strapi, 'sharedFields');
    const drafts = await sharedFields.draftValues(uid, documentId);
    if (!drafts) return next();
    const given = params.data ?? {};
    const left = Object.keys(drafts).filter((field) => isEmpty(given[field]));
    params.data = { ...given, ...Object.fromEntries(left.map((field) => [field, drafts[field] ?? undefined])) };
    const result = await next();

    const created = await sharedFields.valuesIn(uid, documentId, locale, 'draft');
    const differing = left.filter((field) => !isDeepStrictEqual(created?.[field] ?? null, drafts[field]));
    if (differing.length === 0) return result;
    const fixed = await strapi.documents(uid).update({
      documentId,
      locale,
      status: params.status,
      populate: params.populate,
      fields: params.fields,
      data: Object.fromEntries(differing.map((field) => [field, drafts[field]])),
    } as never);
    return fixed as typeof result;
  });

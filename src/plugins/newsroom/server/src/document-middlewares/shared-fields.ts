import { isDeepStrictEqual } from 'node:util';
import type { Core, Modules } from '@strapi/strapi';
import { isNewsroomContentType } from '../constants';
import { createDocumentRowsRepository } from '../repositories/document-rows';
import { newsroomService } from '../utils/services';

interface Params {
  documentId?: unknown;
  locale?: unknown;
  status?: unknown;
  populate?: unknown;
  fields?: unknown;
  data?: Record<string, unknown>;
}

// What Strapi's i18n fills from another locale; an empty text would be copied into every other locale instead.
const isEmpty = (value: unknown): boolean => value === undefined || value === null || value === '';

/**
 * A new locale of an existing document (an update in a locale it lacks) gets the shared fields its drafts
 * hold. Strapi 5.54 fills the ones the data leaves empty from the document's published row first (its draft
 * first on PostgreSQL, which sorts nulls first), then copies the new row's values into every other draft: a
 * translation started after a journalist changed the genre of a published article's draft, but before it was
 * published, put the published genre back into every draft. A value the drafts left empty cannot be asked
 * for (Strapi fills an empty one): it is set once the locale exists, which Strapi copies into the drafts again.
 */
export const sharedFieldsMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const params = (context.params ?? {}) as Params;
    const { documentId, locale } = params;
    if (context.action !== 'update' || !isNewsroomContentType(context.uid)) return next();
    if (typeof documentId !== 'string' || typeof locale !== 'string') return next();
    const uid = context.uid;
    const rows = createDocumentRowsRepository(strapi);
    if ((await rows.localeRows(uid, documentId, locale)).length > 0) return next();
    const sharedFields = newsroomService(strapi, 'sharedFields');
    const drafts = await sharedFields.draftValues(uid, documentId);
    if (!drafts) return next();

    return strapi.db.transaction(async () => {
      const given = params.data ?? {};
      const left = Object.keys(drafts).filter((field) => isEmpty(given[field]));
      params.data = { ...given, ...Object.fromEntries(left.map((field) => [field, drafts[field] ?? undefined])) };
      const result = await next();

      const created = await sharedFields.draftValuesIn(uid, documentId, locale);
      const differing = left.filter((field) => !isDeepStrictEqual(created?.[field] ?? null, drafts[field]));
      if (differing.length === 0) return result;
      return strapi.documents(uid).update({
        documentId,
        locale,
        status: params.status,
        populate: params.populate,
        fields: params.fields,
        data: Object.fromEntries(differing.map((field) => [field, drafts[field]])),
      } as never);
    });
  };

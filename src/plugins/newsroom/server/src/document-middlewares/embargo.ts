import type { Core, Modules } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';
import { inTurn } from '../database/write-turns';
import { newsroomService } from '../utils/services';
import { publishedLocales } from './published-locales';

interface Params {
  documentId?: unknown;
  locale?: unknown;
  status?: unknown;
  data?: Record<string, unknown>;
}

/**
 * No version is published before its embargo, whoever asks: the admin's Publish, the API's `status=published`,
 * a script. A create or update with status "published" publishes inside the document service, past the
 * middlewares, so those are checked here too, against the embargo they write.
 */
export const embargoMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== ARTICLE_UID) return next();
    const params = (context.params ?? {}) as Params;
    const writesAndPublishes =
      (context.action === 'create' || context.action === 'update') && params.status === 'published';
    if (context.action !== 'publish' && !writesAndPublishes) return next();

    const embargoes = newsroomService(strapi, 'embargoes');
    const documentId = typeof params.documentId === 'string' ? params.documentId : undefined;
    const defaultLocale = async () =>
      typeof params.locale === 'string' ? params.locale : await newsroomService(strapi, 'locales').defaultLocale();
    // In the document's turn: an edit that sets an embargo cannot slip in between the check and the publication.
    return inTurn(strapi, { uid: ARTICLE_UID, documentId }, () =>
      strapi.db.transaction(async () => {
        let locales: string[];
        if (params.data && 'embargoUntil' in params.data) {
          locales = [await defaultLocale()];
          embargoes.assertLifted(locales[0], params.data.embargoUntil);
        } else {
          locales = documentId ? await publishedLocales(strapi, documentId, params.locale) : [await defaultLocale()];
          if (documentId) for (const locale of locales) await embargoes.assertPublishable(documentId, locale);
        }
        const result = await next();
        const written = documentId ?? (result as { documentId?: unknown } | null)?.documentId;
        if (typeof written === 'string') await embargoes.clearPublished(written, locales);
        return result;
      }),
    );
  };

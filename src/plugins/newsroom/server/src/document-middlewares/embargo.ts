import type { Core, Modules } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';
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
    if (params.data && 'embargoUntil' in params.data) {
      const locale =
        typeof params.locale === 'string' ? params.locale : await newsroomService(strapi, 'locales').defaultLocale();
      embargoes.assertLifted(locale, params.data.embargoUntil);
    } else if (typeof params.documentId === 'string') {
      for (const locale of await publishedLocales(strapi, params.documentId, params.locale)) {
        await embargoes.assertPublishable(params.documentId, locale);
      }
    }
    return next();
  };

import type { Core, Modules } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';
import { newsroomService } from '../utils/services';
import { publishedLocales } from './published-locales';

// Every action after which an article's locales, or the text of its source, can differ.
const TRACKED_ACTIONS = new Set(['create', 'update', 'publish', 'unpublish', 'discardDraft', 'delete', 'clone']);

interface Params {
  documentId?: unknown;
  locale?: unknown;
  status?: unknown;
}

/**
 * Keeps the translation states of articles in step with every write, from the admin, the API or the seed,
 * and refuses to publish a translation whose source's tags or experts have no name in its locale.
 */
export const translationTrackingMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== ARTICLE_UID || !TRACKED_ACTIONS.has(context.action)) return next();
    const params = (context.params ?? {}) as Params;
    const translations = newsroomService(strapi, 'translations');
    // A create or update with status "published" publishes inside the document service, past the middlewares.
    const publishes = context.action === 'publish' || (context.action === 'update' && params.status === 'published');

    return strapi.db.transaction(async () => {
      if (publishes && typeof params.documentId === 'string') {
        for (const locale of await publishedLocales(strapi, params.documentId, params.locale)) {
          await translations.assertPublishable(params.documentId, locale);
        }
      }
      const result = await next();
      // A clone is a new document: it is the one to track, not its original.
      const documentId =
        context.action === 'clone'
          ? (result as { documentId?: unknown } | null)?.documentId
          : (params.documentId ?? (result as { documentId?: unknown } | null)?.documentId);
      if (typeof documentId === 'string') await translations.refresh(documentId);
      return result;
    });
  };

import type { Core, Modules } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';
import { newsroomService } from '../utils/services';

// Every action after which an article's locales, or the text of its source, can differ.
const TRACKED_ACTIONS = new Set(['create', 'update', 'publish', 'unpublish', 'discardDraft', 'delete', 'clone']);

/**
 * Keeps the translation states of articles in step with every write, from the admin, the API or the seed,
 * and refuses to publish a translation whose source's tags or experts have no name in its locale.
 */
export const translationTrackingMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== ARTICLE_UID || !TRACKED_ACTIONS.has(context.action)) return next();
    const params = context.params as { documentId?: unknown; locale?: unknown; status?: unknown } | undefined;
    // A create or update with status "published" publishes inside the document service, past the middlewares.
    const publishes = context.action === 'publish' || (context.action === 'update' && params?.status === 'published');
    const translations = newsroomService(strapi, 'translations');

    return strapi.db.transaction(async () => {
      if (publishes && typeof params?.documentId === 'string' && typeof params.locale === 'string') {
        await translations.assertPublishable(params.documentId, params.locale);
      }
      const result = await next();
      const documentId = params?.documentId ?? (result as { documentId?: unknown } | null)?.documentId;
      if (typeof documentId === 'string') await translations.refresh(documentId);
      return result;
    });
  };

import type { Core, Modules } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';
import { createDocumentRowsRepository } from '../repositories/document-rows';
import { newsroomService } from '../utils/services';
import { publishedLocales } from './published-locales';

interface Params {
  documentId?: unknown;
  locale?: unknown;
  status?: unknown;
}

/**
 * Keeps the desk's stages in step with Strapi: whatever publishes a locale (the admin's Publish, the API's
 * `status=published`, the embargo job) takes it off the desk, and a deleted locale leaves no stage behind.
 */
export const deskMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== ARTICLE_UID) return next();
    const params = (context.params ?? {}) as Params;
    const documentId = typeof params.documentId === 'string' ? params.documentId : undefined;
    const publishes =
      context.action === 'publish' || (context.action === 'update' && params.status === 'published');
    if (!documentId || (!publishes && context.action !== 'delete')) return next();

    const desk = newsroomService(strapi, 'desk');
    const locales = await publishedLocales(strapi, documentId, params.locale);
    const result = await next();
    if (publishes) {
      await desk.published(documentId, locales);
    } else {
      const left = new Set(await createDocumentRowsRepository(strapi).documentLocales(ARTICLE_UID, documentId));
      await desk.forgetDeleted(documentId, locales.filter((locale) => !left.has(locale)));
    }
    return result;
  };

import type { Core, Modules } from '@strapi/strapi';
import { ARTICLE_UID, isNewsroomContentType } from '../constants';
import type { Block } from '../utils/blocks';
import { newsroomService } from '../utils/services';

interface WriteParams {
  data?: Record<string, unknown>;
  locale?: string;
  documentId?: string;
}

const COMPUTED_ARTICLE_FIELDS = ['wordCount', 'readingTimeMinutes'] as const;

/**
 * Fills the fields that are derived, never typed: the slug of articles, experts and tags, and an article's
 * word count and reading time. A Document Service middleware, so the admin panel, the REST API and the
 * seed all go through it.
 */
export const derivedFieldsMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (!isNewsroomContentType(context.uid)) return next();
    if (context.action === 'clone') {
      const result = await next();
      const cloned = result as { documentId?: string } | null;
      if (cloned?.documentId) await newsroomService(strapi, 'slugs').reslugClone(context.uid, cloned.documentId);
      return result;
    }
    if (context.action !== 'create' && context.action !== 'update') return next();
    const params = context.params as WriteParams;
    const data = params.data;
    if (!data) return next();

    const locale =
      typeof params.locale === 'string' ? params.locale : await newsroomService(strapi, 'locales').defaultLocale();

    if (context.uid === ARTICLE_UID) {
      for (const field of COMPUTED_ARTICLE_FIELDS) delete data[field];
      if (Array.isArray(data.body)) {
        Object.assign(data, newsroomService(strapi, 'articleMetrics').measure(data.body as Block[], locale));
      }
    }

    const slug = await newsroomService(strapi, 'slugs').resolve({
      uid: context.uid,
      locale,
      documentId: params.documentId,
      data,
    });
    if (slug !== undefined) data.slug = slug;
    // Unchanged (perhaps sent back with stray spaces): the stored slug stays exactly as it is.
    else delete data.slug;

    return next();
  };

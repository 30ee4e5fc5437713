import type { Core, Modules } from '@strapi/strapi';
import { ARTICLE_UID, isNewsroomContentType, PLUGIN_ID } from '../constants';
import type { Block } from '../utils/blocks';

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
    if (!isNewsroomContentType(context.uid) || (context.action !== 'create' && context.action !== 'update')) {
      return next();
    }
    const params = context.params as WriteParams;
    const data = params.data;
    if (!data) return next();

    const plugin = strapi.plugin(PLUGIN_ID);
    const locale =
      typeof params.locale === 'string' ? params.locale : await plugin.service('locales').defaultLocale();

    if (context.uid === ARTICLE_UID) {
      for (const field of COMPUTED_ARTICLE_FIELDS) delete data[field];
      if (Array.isArray(data.body)) {
        Object.assign(data, plugin.service('articleMetrics').measure(data.body as Block[], locale));
      }
    }

    const slug = await plugin.service('slugs').resolve({
      uid: context.uid,
      locale,
      documentId: params.documentId,
      data,
    });
    if (slug !== undefined) data.slug = slug;

    return next();
  };

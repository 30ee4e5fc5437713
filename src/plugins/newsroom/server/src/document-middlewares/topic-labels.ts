import type { Core, Modules } from '@strapi/strapi';
import { MEDIA_TOPIC_UID } from '../constants';
import { topicLabel } from '../vocabularies/media-topics';

interface WriteParams {
  data?: Record<string, unknown>;
  documentId?: string;
}

/**
 * Keeps a Media Topic's label (what the admin shows and searches for it) made from its names and code, on
 * every write that changes either; a label sent with the data is never kept.
 */
export const topicLabelsMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== MEDIA_TOPIC_UID || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as WriteParams;
    const data = params.data;
    if (!data) return next();
    delete data.label;
    if (!('names' in data) && !('code' in data)) return next();
    const stored =
      context.action === 'update' && typeof params.documentId === 'string'
        ? ((await strapi.db.query(MEDIA_TOPIC_UID).findOne({
            select: ['code', 'names'],
            where: { documentId: params.documentId },
          })) as { code: string; names: unknown } | null)
        : null;
    const code = typeof data.code === 'string' ? data.code : stored?.code;
    if (code) data.label = topicLabel('names' in data ? data.names : stored?.names, code);
    return next();
  };

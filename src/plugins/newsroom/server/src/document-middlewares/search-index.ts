import type { Core, Modules } from '@strapi/strapi';
import { isNewsroomContentType } from '../constants';
import { newsroomService } from '../utils/services';

// Every action after which what the public may find can differ.
const INDEXED_ACTIONS = new Set(['create', 'update', 'publish', 'unpublish', 'discardDraft', 'delete', 'clone']);

/**
 * Keeps the search index in step with every write, from the admin, the API or the seed: the index is
 * maintained on save and publish, never at query time.
 */
export const searchIndexMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (!isNewsroomContentType(context.uid) || !INDEXED_ACTIONS.has(context.action)) return next();
    const result = await next();
    // A clone is a new document: index it, not its original.
    const documentId =
      context.action === 'clone'
        ? (result as { documentId?: unknown } | null)?.documentId
        : ((context.params as { documentId?: unknown } | undefined)?.documentId ??
          (result as { documentId?: unknown } | null)?.documentId);
    if (typeof documentId === 'string') await newsroomService(strapi, 'searchIndexer').reindex(context.uid, documentId);
    return result;
  };

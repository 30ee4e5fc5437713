import type { Core, Modules } from '@strapi/strapi';
import { isNewsroomContentType } from '../constants';
import { createDocumentRowsRepository, type SlugRow } from '../repositories/document-rows';
import { createSlugRedirectsRepository } from '../repositories/slug-redirects';

// Every action after which the public slug of a locale may differ from before.
const ACTIONS_THAT_MOVE_SLUGS = new Set(['update', 'publish', 'unpublish', 'discardDraft', 'delete']);

/**
 * Keeps the old public slug of an entry resolving after an editor changes it: a link shared yesterday must
 * lead to the article today (the API says where it moved, so the site can answer 301). Compares the public
 * slugs of the document before and after the action, whichever path (admin, REST, seed) changed them.
 */
export const slugHistoryMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const documentId = (context.params as { documentId?: unknown } | undefined)?.documentId;
    if (!isNewsroomContentType(context.uid) || !ACTIONS_THAT_MOVE_SLUGS.has(context.action)) return next();
    if (typeof documentId !== 'string') return next();

    const uid = context.uid;
    const rows = createDocumentRowsRepository(strapi);
    const redirects = createSlugRedirectsRepository(strapi);
    return strapi.db.transaction(async () => {
      const before = await rows.publishedLocales(uid, documentId);
      const result = await next();
      const after = await rows.publishedLocales(uid, documentId);

      // A public slug that is gone is kept, also when the locale was unpublished: if it comes back under
      // another slug, the old links follow it; while it is unpublished, they lead nowhere.
      const now = new Map(after.map((row: SlugRow) => [row.locale, row.slug]));
      for (const old of before) {
        if (old.slug && now.get(old.locale) !== old.slug) {
          await redirects.record(uid, { targetDocumentId: documentId, targetLocale: old.locale, slug: old.slug });
        }
      }
      await redirects.prune(uid, documentId, await rows.documentLocales(uid, documentId), after);
      return result;
    });
  };

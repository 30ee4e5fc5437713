import type { Core, Modules } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';
import { newsroomService } from '../utils/services';

const TAKEDOWNS = new Set(['unpublish', 'delete']);

interface PublishedRow {
  locale: string;
  title: string | null;
  slug: string | null;
}

/**
 * Leaves a record each time a published article version goes: unpublished or deleted, from the admin, the
 * API or a script. What was public before and is not after is what was taken down.
 */
export const publicationLogMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const documentId = (context.params as { documentId?: unknown } | undefined)?.documentId;
    if (context.uid !== ARTICLE_UID || !TAKEDOWNS.has(context.action) || typeof documentId !== 'string') return next();
    const published = (): Promise<PublishedRow[]> =>
      strapi.db.query(ARTICLE_UID).findMany({
        select: ['locale', 'title', 'slug'],
        where: { documentId, publishedAt: { $notNull: true } },
      });

    return strapi.db.transaction(async () => {
      const before = await published();
      const result = await next();
      const after = new Set((await published()).map((row) => row.locale));
      const gone = before.filter((row) => !after.has(row.locale));
      if (gone.length > 0) {
        await newsroomService(strapi, 'publicationLog').recordTakedown(
          gone.map((row) => ({ documentId, locale: row.locale, title: row.title, slug: row.slug })),
          context.action as 'unpublish' | 'delete'
        );
      }
      return result;
    });
  };

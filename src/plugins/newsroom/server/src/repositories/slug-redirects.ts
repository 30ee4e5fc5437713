import type { Core } from '@strapi/strapi';
import { SLUG_REDIRECT_UID, type NewsroomContentTypeUid } from '../constants';
import type { SlugRow } from './document-rows';

export interface SlugRedirect {
  targetDocumentId: string;
  targetLocale: string;
  slug: string;
}

/** Hand-written queries on the slugs that entries were published under before an editor changed them. */
export const createSlugRedirectsRepository = (strapi: Core.Strapi) => {
  const table = () => strapi.db.query(SLUG_REDIRECT_UID);
  return {
    /** Points an old slug at a document, replacing whatever it pointed at before. */
    async record(uid: NewsroomContentTypeUid, redirect: SlugRedirect): Promise<void> {
      await table().deleteMany({ where: { targetUid: uid, targetLocale: redirect.targetLocale, slug: redirect.slug } });
      await table().create({ data: { targetUid: uid, ...redirect } });
    },

    /** Forgets old slugs that a document holds publicly again, or that belong to locales it no longer has. */
    async prune(uid: NewsroomContentTypeUid, documentId: string, locales: string[], current: SlugRow[]) {
      await table().deleteMany({
        where: {
          targetUid: uid,
          targetDocumentId: documentId,
          $or: [
            { targetLocale: { $notIn: locales.length > 0 ? locales : [''] } },
            ...current.filter((row) => row.slug).map((row) => ({ targetLocale: row.locale, slug: row.slug })),
          ],
        },
      });
    },

    /** Old slugs in one locale starting with `base` that point at other documents. */
    async slugsHeldForOthers(
      uid: NewsroomContentTypeUid,
      { locale, base, documentId }: { locale: string; base: string; documentId?: string }
    ): Promise<string[]> {
      const rows: { slug: string }[] = await table().findMany({
        select: ['slug'],
        where: {
          targetUid: uid,
          targetLocale: locale,
          slug: { $startsWith: base },
          ...(documentId ? { targetDocumentId: { $ne: documentId } } : {}),
        },
      });
      return rows.map((row) => row.slug);
    },

    /** The documents an old slug points at, in one locale or in any. */
    async find(uid: NewsroomContentTypeUid, slug: string, locale?: string): Promise<SlugRedirect[]> {
      return table().findMany({
        select: ['targetDocumentId', 'targetLocale', 'slug'],
        where: { targetUid: uid, slug, ...(locale ? { targetLocale: locale } : {}) },
        orderBy: { id: 'desc' },
        limit: 10,
      });
    },
  };
};

import type { Core } from '@strapi/strapi';
import type { NewsroomContentTypeUid } from '../constants';
import { createDocumentRowsRepository, type SlugRow } from '../repositories/document-rows';
import { createSlugRedirectsRepository } from '../repositories/slug-redirects';
import { newsroomService } from '../utils/services';

export type PublicationStatus = 'published' | 'draft';

export interface SlugLookup {
  locale?: string;
  status: PublicationStatus;
  /** Serve the entry in the slug's own locale when it does not exist in the requested one. */
  fallback?: boolean;
}

export type SlugResolution =
  | {
      kind: 'found';
      documentId: string;
      locale: string;
      /** The entry's current slug in `locale`. */
      slug: string | null;
      /** Set when the requested slug is not the current one (an old slug, or another locale's). */
      movedFrom?: string;
      /** Set when the requested locale was missing and the fallback served another. */
      requestedLocale?: string;
    }
  /** The slug names an entry that is not published in the requested locale. */
  | { kind: 'elsewhere'; availableLocales: SlugRow[] }
  | { kind: 'none' };

/**
 * What a public slug leads to: the entry holding it now, else the entry that held it before (slug
 * history), else, when a locale was asked for, the same entry in another locale.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = createDocumentRowsRepository(strapi);
  const redirects = createSlugRedirectsRepository(strapi);

  const currentIn = async (uid: NewsroomContentTypeUid, documentId: string, locale: string) =>
    (await rows.publishedLocales(uid, documentId)).find((row) => row.locale === locale);

  /** The document an old slug points at, if it is still published in the redirect's locale. */
  const viaHistory = async (uid: NewsroomContentTypeUid, slug: string, locale?: string) => {
    for (const redirect of await redirects.find(uid, slug, locale)) {
      const current = await currentIn(uid, redirect.targetDocumentId, redirect.targetLocale);
      if (current) return current;
    }
    return undefined;
  };

  return {
    async resolve(uid: NewsroomContentTypeUid, slug: string, { locale, status, fallback }: SlugLookup): Promise<SlugResolution> {
      const defaultLocale = await newsroomService(strapi, 'locales').defaultLocale();
      const published = status === 'published';
      const row = await rows.findBySlug(uid, { slug, locale, published, defaultLocale });
      if (row) return { kind: 'found', ...row };
      // Drafts have no public history: a draft is reached by its current slug only.
      if (!published) return { kind: 'none' };

      const moved = await viaHistory(uid, slug, locale);
      if (moved) return { kind: 'found', ...moved, movedFrom: slug };
      if (!locale) return { kind: 'none' };

      const elsewhere =
        (await rows.findBySlug(uid, { slug, published: true, defaultLocale })) ?? (await viaHistory(uid, slug));
      if (!elsewhere) return { kind: 'none' };
      const translation = await currentIn(uid, elsewhere.documentId, locale);
      if (translation) return { kind: 'found', ...translation, movedFrom: slug };
      if (fallback) {
        return {
          kind: 'found',
          ...elsewhere,
          ...(elsewhere.slug === slug ? {} : { movedFrom: slug }),
          requestedLocale: locale,
        };
      }
      return { kind: 'elsewhere', availableLocales: await rows.publishedLocales(uid, elsewhere.documentId) };
    },
  };
};

export type Found = Extract<SlugResolution, { kind: 'found' }>;

/** What a page answer's `meta` tells a frontend about how its slug resolved: where to 301, what it fell back to. */
export const resolutionMeta = (found: Found) => ({
  ...(found.movedFrom !== undefined && found.slug !== null ? { movedTo: { locale: found.locale, slug: found.slug } } : {}),
  ...(found.requestedLocale !== undefined ? { fallback: { requestedLocale: found.requestedLocale, locale: found.locale } } : {}),
});

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SLUG_SOURCE_FIELD, type NewsroomContentTypeUid } from '../constants';
import { createDocumentRowsRepository } from '../repositories/document-rows';
import { createSlugRedirectsRepository } from '../repositories/slug-redirects';
import { cutAtWordBoundary, makeSlug, SLUG_MAX_LENGTH, withCollisionSuffix, type SlugScript } from '../text';
import { pluginConfig } from '../utils/plugin-config';

// Room for a numeric suffix ("-2" ... "-999999999"). A numbered candidate cuts its base back to a word
// boundary to make room, so every candidate starts with the base cut for the longest suffix.
const SUFFIX_ROOM = 10;

export interface SlugRequest {
  uid: NewsroomContentTypeUid;
  locale: string;
  documentId?: string;
  data: Record<string, unknown>;
}

const slugError = (message: string) =>
  new errors.ValidationError(message, { errors: [{ path: ['slug'], message, name: 'ValidationError' }] });

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = createDocumentRowsRepository(strapi);
  const redirects = createSlugRedirectsRepository(strapi);

  const scriptFor = (locale: string): SlugScript => pluginConfig(strapi).slugScript[locale] ?? 'native';

  const baseFor = (uid: NewsroomContentTypeUid, source: string, locale: string): string =>
    makeSlug(source, scriptFor(locale)) || makeSlug(source, 'latin') || strapi.contentType(uid).info.singularName;

  // A generated slug also avoids the old slugs of other entries: links shared under them must keep leading
  // to the entry they were shared for.
  const firstFree = async (uid: NewsroomContentTypeUid, base: string, locale: string, documentId?: string) => {
    const prefix = cutAtWordBoundary(base, SLUG_MAX_LENGTH - SUFFIX_ROOM);
    const taken = new Set([
      ...(await rows.slugsTakenByOthers(uid, { locale, base: prefix, documentId })),
      ...(await redirects.slugsHeldForOthers(uid, { locale, base: prefix, documentId })),
    ]);
    let n = 1;
    while (taken.has(withCollisionSuffix(base, n))) n += 1;
    return withCollisionSuffix(base, n);
  };

  /** Whether a stored slug is still the one generated from the stored title (possibly numbered). */
  const followsSource = (slug: string, base: string): boolean => {
    const numbered = /-(\d+)$/.exec(slug);
    return slug === base || (numbered !== null && withCollisionSuffix(base, Number(numbered[1])) === slug);
  };

  return {
    /**
     * Gives each row of a freshly cloned document (the admin's "Duplicate") a slug of its own, in place of the
     * placeholder it was written with; returns them by locale.
     */
    async reslugClone(uid: NewsroomContentTypeUid, documentId: string): Promise<Map<string, string | null>> {
      const sourceField = SLUG_SOURCE_FIELD[uid];
      const slugs = new Map<string, string | null>();
      for (const row of await rows.slugSourceRows(uid, documentId)) {
        const source = row[sourceField];
        // A draft saved without its title gets its slug when it gets a title.
        const slug = source ? await firstFree(uid, baseFor(uid, source, row.locale), row.locale, documentId) : null;
        await rows.setSlug(uid, row.id, slug);
        slugs.set(row.locale, slug);
      }
      return slugs;
    },

    /**
     * The slug to store for a create or update, or undefined to keep the stored one.
     * - An explicit slug is normalised (same rules, script kept) and must be free in its locale.
     * - A new entry, a new locale of one, or a cleared slug gets one from the title (or name), numbered on
     *   collision.
     * - While a published version exists, a slug never follows the title; a never-published draft's
     *   generated slug does.
     */
    async resolve({ uid, locale, documentId, data }: SlugRequest): Promise<string | undefined> {
      const sourceField = SLUG_SOURCE_FIELD[uid];
      const source = typeof data[sourceField] === 'string' ? (data[sourceField] as string) : undefined;
      const stored = documentId ? await rows.localeRows(uid, documentId, locale) : [];
      const draft = stored.find((row) => row.publishedAt === null) ?? stored[0];
      const storedSource = draft?.[sourceField] ?? undefined;
      const requested = typeof data.slug === 'string' ? data.slug.trim() : undefined;
      const cleared = 'slug' in data && (data.slug === null || requested === '');

      if (requested && requested !== draft?.slug) {
        const slug = makeSlug(requested, 'native');
        if (!slug) throw slugError('slug must contain at least one letter or digit');
        if ((await rows.slugsTakenByOthers(uid, { locale, base: slug, documentId })).includes(slug)) {
          throw slugError(`slug "${slug}" is already used by another entry in locale "${locale}"`);
        }
        return slug;
      }

      if (!draft?.slug || cleared) {
        const from = source ?? storedSource;
        return from ? firstFree(uid, baseFor(uid, from, locale), locale, documentId) : undefined;
      }

      const everPublished =
        strapi.contentType(uid).options?.draftAndPublish !== true || stored.some((row) => row.publishedAt !== null);
      if (!everPublished && source !== undefined && storedSource && source !== storedSource) {
        if (followsSource(draft.slug, baseFor(uid, storedSource, locale))) {
          return firstFree(uid, baseFor(uid, source, locale), locale, documentId);
        }
      }
      return undefined;
    },
  };
};

import type { Core } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';
import { newsroomService } from '../utils/services';
import { createDocumentRowsRepository, type SlugRow } from '../repositories/document-rows';
import { ARTICLE_PAGE_POPULATE } from './populate';
import { resolutionMeta, type SlugLookup, type SlugResolution } from './slug-resolver';

export interface ArticlePage {
  kind: 'found';
  article: Record<string, unknown>;
  /** The other locales the article is published in, with their slugs (hreflang). */
  alternates: SlugRow[];
  meta: ReturnType<typeof resolutionMeta>;
}

export type ArticleLookup = ArticlePage | Exclude<SlugResolution, { kind: 'found' }>;

export default factories.createCoreService(ARTICLE_UID, ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = createDocumentRowsRepository(strapi);
  return {
    /** The whole article a slug leads to (see slugResolver), with the other locales it is published in. */
    async findBySlug(slug: string, lookup: SlugLookup): Promise<ArticleLookup> {
      const found = await newsroomService(strapi, 'slugResolver').resolve(ARTICLE_UID, slug, lookup);
      if (found.kind !== 'found') return found;
      const article = await strapi.documents(ARTICLE_UID).findOne({
        documentId: found.documentId,
        locale: found.locale,
        status: lookup.status,
        populate: ARTICLE_PAGE_POPULATE,
      });
      if (!article) return { kind: 'none' };
      const alternates = (await rows.publishedLocales(ARTICLE_UID, found.documentId)).filter(
        (alternate) => alternate.locale !== found.locale
      );
      return { kind: 'found', article, alternates, meta: resolutionMeta(found) };
    },
  };
});

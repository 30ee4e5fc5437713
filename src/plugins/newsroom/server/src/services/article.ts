import type { Core } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';
import { newsroomService } from '../utils/services';
import { createDocumentRowsRepository, type SlugRow } from '../repositories/document-rows';
import type { CorrectionView } from '../formats/article-view';
import type { Correction } from '../repositories/corrections';
import { ARTICLE_PAGE_POPULATE } from './populate';
import { resolutionMeta, type SlugLookup, type SlugResolution } from './slug-resolver';

export interface ArticlePage {
  kind: 'found';
  article: Record<string, unknown>;
  /** The other locales the article is published in, with their slugs (hreflang). */
  alternates: SlugRow[];
  /** Its public log of corrections in this locale. */
  corrections: CorrectionView[];
  meta: ReturnType<typeof resolutionMeta>;
}

/** A correction as the public sees it: its wording now, and the wordings it had before. */
export const publicCorrection = (entry: Correction): CorrectionView & { earlierWordings: Correction['earlierWordings'] } => ({
  kind: entry.kind,
  text: entry.text,
  issuedAt: entry.issuedAt,
  amendedAt: entry.amendedAt,
  earlierWordings: entry.earlierWordings,
});

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
      const corrections = (await newsroomService(strapi, 'corrections').of(found.documentId, found.locale)).map(publicCorrection);
      return { kind: 'found', article: { ...article, corrections }, alternates, corrections, meta: resolutionMeta(found) };
    },
  };
});

import type { Core } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';
import { newsroomService } from '../utils/services';
import { createArticleReadsRepository, type ArticleRow, type PublicCorrection } from '../repositories/article-reads';
import type { SlugRow } from '../repositories/document-rows';
import type { CorrectionView } from '../formats/article-view';
import type { Correction } from '../repositories/corrections';
import { resolutionMeta, type Found, type SlugLookup, type SlugResolution } from './slug-resolver';

export interface ArticlePage {
  kind: 'found';
  article: Record<string, unknown>;
  /** The other locales the article is published in, with their slugs (hreflang). */
  alternates: SlugRow[];
  /** Its public log of corrections in this locale. */
  corrections: CorrectionView[];
  meta: ReturnType<typeof resolutionMeta>;
}

/** A correction as the public sees it (as the article page reads it, repositories/article-reads.ts). */
export const publicCorrection = (entry: Correction): PublicCorrection => ({
  kind: entry.kind,
  text: entry.text,
  issuedAt: entry.issuedAt,
  amendedAt: entry.amendedAt,
  earlierWordings: entry.earlierWordings,
});

/** GET /articles/slug/:slug's answer: `article` is the page's article as the reader may see it. */
export const articlePageAnswer = (page: ArticlePage, article: Record<string, unknown>) => ({
  data: { ...article, alternates: page.alternates, corrections: page.corrections },
  meta: page.meta,
});

export type ArticleLookup = ArticlePage | Exclude<SlugResolution, { kind: 'found' }>;

export default factories.createCoreService(ARTICLE_UID, ({ strapi }: { strapi: Core.Strapi }) => {
  const reads = createArticleReadsRepository(strapi);

  const page = (found: Found, row: ArticleRow): ArticlePage => ({
    kind: 'found',
    article: { ...row.article, corrections: row.corrections },
    alternates: row.alternates,
    corrections: row.corrections,
    meta: resolutionMeta(found),
  });

  return {
    /**
     * The whole article a slug leads to (see slugResolver), with the other locales it is published in. A slug
     * that names a row as it is, the usual case, is read with its article in one query; only other slugs
     * (old ones, other locales') go through the resolver.
     */
    async findBySlug(slug: string, lookup: SlugLookup): Promise<ArticleLookup> {
      const { locale, status } = lookup;
      const direct = await reads.articlePage({
        slug,
        locale,
        status,
        defaultLocale: locale ?? (await newsroomService(strapi, 'locales').defaultLocale()),
      });
      if (direct) {
        const { documentId, locale: rowLocale } = direct.article as { documentId: string; locale: string };
        return page({ kind: 'found', documentId, locale: rowLocale, slug }, direct);
      }
      const found = await newsroomService(strapi, 'slugResolver').resolve(ARTICLE_UID, slug, lookup);
      if (found.kind !== 'found') return found;
      const row = await reads.articlePage({ documentId: found.documentId, locale: found.locale, status });
      return row ? page(found, row) : { kind: 'none' };
    },
  };
});

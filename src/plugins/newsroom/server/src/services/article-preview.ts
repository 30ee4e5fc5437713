import type { Core } from '@strapi/strapi';
import type { PreviewArticle } from '../formats/preview-page';
import { createArticleReadsRepository } from '../repositories/article-reads';
import type { PreviewStatus } from '../utils/preview-signature';

/**
 * What the preview page shows of one version of an article: the article page's own read (the fields, relations
 * and components of services/populate's page, in its order, with the locale's public log of corrections), of
 * the draft or of the published version, so that the preview is what the article page will serve.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reads = createArticleReadsRepository(strapi);
  return {
    async load(documentId: string, locale: string, status: PreviewStatus): Promise<PreviewArticle | null> {
      const row = await reads.articlePage({ documentId, locale, status });
      return row ? ({ ...row.article, corrections: row.corrections } as unknown as PreviewArticle) : null;
    },
  };
};

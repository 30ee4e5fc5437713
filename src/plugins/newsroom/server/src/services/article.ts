import type { Core } from '@strapi/strapi';
import { factories } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';
import { newsroomService } from '../utils/services';
import { createDocumentRowsRepository, type SlugRow } from '../repositories/document-rows';
import { ARTICLE_PAGE_POPULATE } from './populate';

export type PublicationStatus = 'published' | 'draft';

export interface ArticlePage {
  article: Record<string, unknown>;
  alternates: SlugRow[];
}

export default factories.createCoreService(ARTICLE_UID, ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = createDocumentRowsRepository(strapi);
  return {
    /** The whole article a slug names, in the given status, with the other locales it is published in. */
    async findBySlug(
      slug: string,
      { locale, status }: { locale?: string; status: PublicationStatus }
    ): Promise<ArticlePage | null> {
      const defaultLocale = await newsroomService(strapi, 'locales').defaultLocale();
      const row = await rows.findBySlug(ARTICLE_UID, { slug, locale, published: status === 'published', defaultLocale });
      if (!row) return null;
      const article = await strapi.documents(ARTICLE_UID).findOne({
        documentId: row.documentId,
        locale: row.locale,
        status,
        populate: ARTICLE_PAGE_POPULATE,
      });
      if (!article) return null;
      const alternates = (await rows.publishedLocales(ARTICLE_UID, row.documentId)).filter(
        (alternate) => alternate.locale !== row.locale
      );
      return { article, alternates };
    },
  };
});

import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, type EXPERT_UID, type ENTITY_TAG_UID } from '../constants';
import { newsroomService } from '../utils/services';
import { createDocumentRowsRepository, type SlugRow } from '../repositories/document-rows';
import { ARTICLE_CARD_FIELDS } from './populate';

export interface Pagination {
  page: number;
  pageSize: number;
}

export interface EntityPage {
  entity: Record<string, unknown>;
  articles: Record<string, unknown>[];
  pagination: Pagination & { pageCount: number; total: number };
  alternates: SlugRow[];
}

/**
 * An expert's or a tag's page: the entry a slug names and the published articles that carry it, in the
 * entry's locale, newest first. Shared by experts and tags, which differ only in the article relation.
 */
export const createEntityPageService = (
  strapi: Core.Strapi,
  uid: typeof EXPERT_UID | typeof ENTITY_TAG_UID,
  articleRelation: 'experts' | 'tags'
) => {
  const rows = createDocumentRowsRepository(strapi);
  return {
    async findBySlug(
      slug: string,
      { locale, page, pageSize }: { locale?: string } & Pagination
    ): Promise<EntityPage | null> {
      const defaultLocale = await newsroomService(strapi, 'locales').defaultLocale();
      const row = await rows.findBySlug(uid, { slug, locale, published: true, defaultLocale });
      if (!row) return null;
      const entity = await strapi.documents(uid).findOne({ documentId: row.documentId, locale: row.locale });
      if (!entity) return null;

      const query = {
        locale: row.locale,
        status: 'published' as const,
        filters: { [articleRelation]: { documentId: row.documentId } },
      };
      const articles = await strapi.documents(ARTICLE_UID).findMany({
        ...query,
        fields: [...ARTICLE_CARD_FIELDS],
        sort: [{ publishedAt: 'desc' }, { id: 'desc' }],
        start: (page - 1) * pageSize,
        limit: pageSize,
      });
      const total = await strapi.documents(ARTICLE_UID).count(query);
      const alternates = (await rows.publishedLocales(uid, row.documentId)).filter(
        (alternate) => alternate.locale !== row.locale
      );
      return {
        entity,
        articles,
        pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
        alternates,
      };
    },
  };
};

import type { Core } from '@strapi/strapi';
import type { EXPERT_UID, ENTITY_TAG_UID } from '../constants';
import { newsroomService } from '../utils/services';
import { createDocumentRowsRepository, type SlugRow } from '../repositories/document-rows';
import type { CardPaginationMeta, Pagination } from './article-cards';
import { resolutionMeta, type SlugResolution } from './slug-resolver';

export interface EntityPage {
  kind: 'found';
  entity: Record<string, unknown>;
  articles: Record<string, unknown>[];
  pagination: CardPaginationMeta;
  alternates: SlugRow[];
  meta: ReturnType<typeof resolutionMeta>;
}

export type EntityLookup = EntityPage | Exclude<SlugResolution, { kind: 'found' }>;

/**
 * An expert's or a tag's page: the entry a slug leads to and the published articles that carry it, in the
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
      { locale, fallback, page, pageSize }: { locale?: string; fallback?: boolean } & Pagination
    ): Promise<EntityLookup> {
      const found = await newsroomService(strapi, 'slugResolver').resolve(uid, slug, {
        locale,
        fallback,
        status: 'published',
      });
      if (found.kind !== 'found') return found;
      const entity = await strapi.documents(uid).findOne({ documentId: found.documentId, locale: found.locale });
      if (!entity) return { kind: 'none' };

      const { cards, pagination } = await newsroomService(strapi, 'articleCards').list({
        locale: found.locale,
        status: 'published',
        [articleRelation === 'tags' ? 'tag' : 'expert']: { documentId: found.documentId },
        order: 'desc',
        page,
        pageSize,
      });
      const alternates = (await rows.publishedLocales(uid, found.documentId)).filter(
        (alternate) => alternate.locale !== found.locale
      );
      return { kind: 'found', entity, articles: cards, pagination, alternates, meta: resolutionMeta(found) };
    },
  };
};

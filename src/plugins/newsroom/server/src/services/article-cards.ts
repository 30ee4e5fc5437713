import type { Core } from '@strapi/strapi';
import { createArticleReadsRepository } from '../repositories/article-reads';
import { newsroomService } from '../utils/services';
import type { PublicationStatus } from './slug-resolver';

export interface Pagination {
  page: number;
  pageSize: number;
}

export interface PaginationMeta extends Pagination {
  pageCount: number;
  total: number;
}

export interface CardQuery extends Pagination {
  locale?: string;
  status: PublicationStatus;
  /** Slug of a tag, or documentId of one (a tag page). */
  tag?: { slug: string } | { documentId: string };
  tagType?: string;
  genre?: string;
  /** An IPTC Media Topic QCode. */
  subject?: string;
  expert?: { slug: string } | { documentId: string };
  /** Inclusive bounds on the first publication. */
  from?: Date;
  to?: Date;
  order: 'asc' | 'desc';
  /** Cards with their body, for feeds that carry the full text. */
  withBody?: boolean;
}

export interface CardPage {
  cards: Record<string, unknown>[];
  pagination: PaginationMeta;
}

/**
 * Article cards: what lists, section fronts, tag and expert pages and feeds show. One query gives the page
 * with each card's tags, experts, Media Topics and lead image and the total (see repositories/article-reads),
 * whatever the page size and the number of articles.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reads = createArticleReadsRepository(strapi);
  return {
    async list({ page, pageSize, locale, ...filters }: CardQuery): Promise<CardPage> {
      const { cards, total } = await reads.cardPage({
        ...filters,
        // What the Document Service reads when no locale is asked for.
        locale: locale ?? (await newsroomService(strapi, 'locales').defaultLocale()),
        offset: (page - 1) * pageSize,
        limit: pageSize,
      });
      return { cards, pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } };
    },
  };
};

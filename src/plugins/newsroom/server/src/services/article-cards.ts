import type { Core } from '@strapi/strapi';
import { createArticleReadsRepository, type CardPageQuery } from '../repositories/article-reads';
import { pluginConfig } from '../utils/plugin-config';
import { newsroomService } from '../utils/services';

export interface Pagination {
  page: number;
  pageSize: number;
}

export interface PaginationMeta extends Pagination {
  pageCount: number;
  total: number;
}

/** A card list's pagination: its total may be a lower bound (see `exactTotalUpTo` in the plugin's config). */
export interface CardPaginationMeta extends PaginationMeta {
  /** False when more than `total` articles match: at least one page follows this one. */
  totalIsExact: boolean;
}

/** A card list as asked: the repository's filters, with the locale optional (the default one when absent). */
export interface CardQuery extends Pagination, Omit<CardPageQuery, 'locale' | 'offset' | 'limit' | 'countUpTo'> {
  locale?: string;
}

export interface CardPage {
  cards: Record<string, unknown>[];
  pagination: CardPaginationMeta;
}

/** GET /articles's answer. */
export const cardListAnswer = ({ cards, pagination }: CardPage) => ({ data: cards, meta: { pagination } });

/**
 * Article cards: what lists, section fronts, tag and expert pages and feeds show. One query gives the page
 * with each card's tags, experts, Media Topics and lead image and the total (see repositories/article-reads),
 * whatever the page size and the number of articles.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const reads = createArticleReadsRepository(strapi);
  return {
    async list({ page, pageSize, locale, ...filters }: CardQuery): Promise<CardPage> {
      const offset = (page - 1) * pageSize;
      const { cards, total, exact } = await reads.cardPage({
        ...filters,
        // What the Document Service reads when no locale is asked for.
        locale: locale ?? (await newsroomService(strapi, 'locales').defaultLocale()),
        offset,
        limit: pageSize,
        // Past the page asked for, so that a bounded total still shows whether another page follows.
        countUpTo: Math.max(pluginConfig(strapi).exactTotalUpTo, offset + pageSize + 1),
      });
      return {
        cards,
        pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total, totalIsExact: exact },
      };
    },
  };
};

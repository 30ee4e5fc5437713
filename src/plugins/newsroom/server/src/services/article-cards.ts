import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';
import { ARTICLE_CARD_FIELDS, ARTICLE_CARD_POPULATE } from './populate';
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
 * Article cards: what lists, section fronts, tag and expert pages and feeds show. One query for the page,
 * one per populated relation (tags, experts, Media Topics, lead image) for the whole page, and one count: the
 * same six whatever the page size.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(query: CardQuery): Promise<CardPage> {
    const conditions: Record<string, unknown>[] = [];
    if (query.tag) conditions.push({ tags: query.tag });
    if (query.tagType) conditions.push({ tags: { type: query.tagType } });
    if (query.genre) conditions.push({ genre: query.genre });
    if (query.subject) conditions.push({ subjects: { code: query.subject } });
    if (query.expert) conditions.push({ experts: query.expert });
    if (query.from) conditions.push({ firstPublishedAt: { $gte: query.from.toISOString() } });
    if (query.to) conditions.push({ firstPublishedAt: { $lte: query.to.toISOString() } });

    const where = {
      ...(query.locale ? { locale: query.locale } : {}),
      status: query.status,
      ...(conditions.length > 0 ? { filters: { $and: conditions } } : {}),
    };
    // One after the other: each Document Service call runs in its own transaction, and on SQLite's single
    // connection a parallel call would land in a transaction that the other has already closed.
    const cards = await strapi.documents(ARTICLE_UID).findMany({
      ...where,
      fields: query.withBody ? [...ARTICLE_CARD_FIELDS, 'body'] : [...ARTICLE_CARD_FIELDS],
      populate: ARTICLE_CARD_POPULATE,
      sort: [{ firstPublishedAt: query.order }, { id: query.order }],
      start: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    const total = await strapi.documents(ARTICLE_UID).count(where);
    return {
      cards,
      pagination: {
        page: query.page,
        pageSize: query.pageSize,
        pageCount: Math.ceil(total / query.pageSize),
        total,
      },
    };
  },
});

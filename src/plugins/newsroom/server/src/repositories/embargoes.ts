import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';

export interface DueEmbargo {
  id: number;
  documentId: string;
  locale: string;
  title: string | null;
  slug: string | null;
  embargoUntil: string | Date;
}

/** Queries on the drafts that carry an embargo (Strapi's query engine: the date columns differ by dialect). */
export const createEmbargoesRepository = (strapi: Core.Strapi) => ({
  /** The embargo time of a document's draft in one locale, if it has one. */
  async draftEmbargo(documentId: string, locale: string): Promise<Date | null> {
    const row: { embargoUntil: string | Date | null } | null = await strapi.db.query(ARTICLE_UID).findOne({
      select: ['embargoUntil'],
      where: { documentId, locale, publishedAt: null },
    });
    return row?.embargoUntil ? new Date(row.embargoUntil) : null;
  },

  /** Drafts still under embargo in these locales, soonest first (the dashboard's list). */
  async scheduled(locales: string[], limit: number): Promise<Omit<DueEmbargo, 'id'>[]> {
    if (locales.length === 0) return [];
    return strapi.db.query(ARTICLE_UID).findMany({
      select: ['documentId', 'locale', 'title', 'slug', 'embargoUntil'],
      where: { publishedAt: null, locale: { $in: locales }, embargoUntil: { $gt: new Date() } },
      orderBy: [{ embargoUntil: 'asc' }, { id: 'asc' }],
      limit,
    });
  },

  /** Drafts whose embargo has passed, oldest first, but for those `skipped`. */
  async due(now: Date, limit: number, skipped: number[] = []): Promise<DueEmbargo[]> {
    return strapi.db.query(ARTICLE_UID).findMany({
      select: ['id', 'documentId', 'locale', 'title', 'slug', 'embargoUntil'],
      where: {
        publishedAt: null,
        embargoUntil: { $lte: now },
        ...(skipped.length > 0 ? { id: { $notIn: skipped } } : {}),
      },
      orderBy: [{ embargoUntil: 'asc' }, { id: 'asc' }],
      limit,
    });
  },

  /**
   * Clears the embargo of a document's locales, draft and published rows: once a version is published, by the
   * job or by hand, nothing is left scheduled (the job would otherwise publish the next draft, or publish
   * again after a takedown).
   */
  async clear(documentId: string, locales: string[]): Promise<void> {
    await strapi.db.query(ARTICLE_UID).updateMany({
      where: { documentId, locale: { $in: locales }, embargoUntil: { $notNull: true } },
      data: { embargoUntil: null },
    });
  },

  /**
   * Takes a due draft for publication by clearing its embargo: of several instances, only the first gets a row
   * back (PostgreSQL and MariaDB hold the row until its transaction ends, then the others find it cleared).
   */
  async claim(row: DueEmbargo): Promise<boolean> {
    const { count } = await strapi.db.query(ARTICLE_UID).updateMany({
      where: { id: row.id, publishedAt: null, embargoUntil: row.embargoUntil },
      data: { embargoUntil: null },
    });
    return count === 1;
  },
});

import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, TRANSLATION_STATE_UID } from '../constants';

/** Hand-written queries on published article rows, for sitemaps: one statement per page, whatever the archive. */

export interface PublishedRow {
  documentId: string;
  locale: string;
  slug: string;
  updatedAt: string;
}

export interface RecentRow {
  documentId: string;
  locale: string;
  slug: string;
  title: string;
  firstPublishedAt: string;
}

const iso = (value: unknown): string => new Date(value as string | number | Date).toISOString();

// Bound parameters per statement stay well under SQLite's and PostgreSQL's limits on a 50,000-URL page.
const IN_CHUNK = 5000;

const chunks = <T>(list: T[]): T[][] =>
  Array.from({ length: Math.ceil(list.length / IN_CHUNK) }, (_, index) => list.slice(index * IN_CHUNK, (index + 1) * IN_CHUNK));

export const createSitemapRowsRepository = (strapi: Core.Strapi) => {
  const articles = () => strapi.db.query(ARTICLE_UID);
  const published = { publishedAt: { $notNull: true }, slug: { $notNull: true } };

  return {
    async countPublished(): Promise<number> {
      return articles().count({ where: published });
    },

    /** Published article versions (one per document and locale), oldest first so pages stay stable. */
    async publishedPage(offset: number, limit: number): Promise<PublishedRow[]> {
      const rows: { documentId: string; locale: string; slug: string; updatedAt: unknown }[] = await articles().findMany({
        select: ['documentId', 'locale', 'slug', 'updatedAt'],
        where: published,
        orderBy: [{ id: 'asc' }],
        offset,
        limit,
      });
      return rows.map((row) => ({ ...row, updatedAt: iso(row.updatedAt) }));
    },

    /** Every published version of these documents: the alternates of each. */
    async publishedVersionsOf(documentIds: string[]): Promise<PublishedRow[]> {
      const found: PublishedRow[] = [];
      for (const chunk of chunks(documentIds)) {
        const rows: { documentId: string; locale: string; slug: string; updatedAt: unknown }[] = await articles().findMany({
          select: ['documentId', 'locale', 'slug', 'updatedAt'],
          where: { ...published, documentId: { $in: chunk } },
          orderBy: [{ locale: 'asc' }],
        });
        found.push(...rows.map((row) => ({ ...row, updatedAt: iso(row.updatedAt) })));
      }
      return found;
    },

    /** The source locale of each of these documents, where translation tracking knows it. */
    async sourceLocalesOf(documentIds: string[]): Promise<Map<string, string>> {
      const sources = new Map<string, string>();
      for (const chunk of chunks(documentIds)) {
        const rows: { articleDocumentId: string; articleLocale: string }[] = await strapi.db.query(TRANSLATION_STATE_UID).findMany({
          select: ['articleDocumentId', 'articleLocale'],
          where: { role: 'source', articleDocumentId: { $in: chunk } },
        });
        for (const row of rows) sources.set(row.articleDocumentId, row.articleLocale);
      }
      return sources;
    },

    /** Versions first published since `since`, newest first. */
    async firstPublishedSince(since: Date, limit: number): Promise<RecentRow[]> {
      const rows: { documentId: string; locale: string; slug: string; title: string; firstPublishedAt: unknown }[] =
        await articles().findMany({
          select: ['documentId', 'locale', 'slug', 'title', 'firstPublishedAt'],
          where: { ...published, firstPublishedAt: { $gte: since.toISOString() } },
          orderBy: [{ firstPublishedAt: 'desc' }, { id: 'desc' }],
          limit,
        });
      return rows.map((row) => ({ ...row, firstPublishedAt: iso(row.firstPublishedAt) }));
    },
  };
};

import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID } from '../constants';

/**
 * Hand-written aggregate queries for the newsroom dashboard. Table and column names come from Strapi's
 * own metadata, so they follow the schema; every query is one statement whatever the archive's size.
 */

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

interface AttributeMetadata {
  joinTable?: JoinTable;
}

export interface ArticleRow {
  documentId: string;
  locale: string;
  title: string;
  slug: string | null;
  updatedAt: string;
  publishedAt: string | null;
  publishedUpdatedAt: string | null;
}

export interface LocaleCoverageRow {
  locale: string;
  documents: number;
  published: number;
}

export interface TagUsageRow {
  documentId: string;
  name: string;
  slug: string | null;
  type: string;
  articles: number;
}

export interface ExpertQuoteRow {
  documentId: string;
  name: string;
  jobTitle: string | null;
  quotes: number;
  articles: number;
}

const asNumber = (value: unknown): number => Number(value ?? 0);

const asIso = (value: unknown): string | null => {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(typeof value === 'number' ? value : String(value));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

export const createNewsroomStatsRepository = (strapi: Core.Strapi) => {
  const knex = () => strapi.db.connection;
  const tableOf = (uid: string): string => strapi.db.metadata.get(uid).tableName;
  const joinTableOf = (uid: string, attribute: string): JoinTable => {
    const joinTable = (strapi.db.metadata.get(uid).attributes[attribute] as AttributeMetadata | undefined)?.joinTable;
    if (!joinTable) throw new Error(`${uid}.${attribute} has no join table`);
    return joinTable;
  };

  return {
    /**
     * The most recently edited articles of one locale, each with its published version's dates: the draft
     * row is edited, the published row is what readers see.
     */
    async latestArticles(locale: string, limit: number): Promise<ArticleRow[]> {
      const articles = tableOf(ARTICLE_UID);
      const rows: Record<string, unknown>[] = await knex()
        .select(
          'd.document_id',
          'd.locale',
          'd.title',
          'd.slug',
          'd.updated_at',
          'p.published_at',
          'p.updated_at as published_updated_at'
        )
        .from({ d: articles })
        .leftJoin({ p: articles }, function joinPublished() {
          this.on('p.document_id', '=', 'd.document_id').andOn('p.locale', '=', 'd.locale').andOnNotNull('p.published_at');
        })
        .whereNull('d.published_at')
        .andWhere('d.locale', locale)
        .orderBy([
          { column: 'd.updated_at', order: 'desc' },
          { column: 'd.id', order: 'desc' },
        ])
        .limit(limit);
      return rows.map((row) => ({
        documentId: String(row.document_id),
        locale: String(row.locale),
        title: String(row.title ?? ''),
        slug: (row.slug as string | null) ?? null,
        updatedAt: asIso(row.updated_at) ?? '',
        publishedAt: asIso(row.published_at),
        publishedUpdatedAt: asIso(row.published_updated_at),
      }));
    },

    /** Per locale: how many article documents have a version in it, and how many are published in it. */
    async coverageByLocale(): Promise<{ total: number; locales: LocaleCoverageRow[] }> {
      const articles = tableOf(ARTICLE_UID);
      const [{ total }] = await knex().from(articles).countDistinct({ total: 'document_id' });
      const rows: Record<string, unknown>[] = await knex()
        .select('locale')
        .countDistinct({ documents: 'document_id' })
        .select(knex().raw('count(distinct case when published_at is not null then document_id end) as published'))
        .from(articles)
        .groupBy('locale');
      return {
        total: asNumber(total),
        locales: rows.map((row) => ({
          locale: String(row.locale),
          documents: asNumber(row.documents),
          published: asNumber(row.published),
        })),
      };
    },

    /** Tags by the number of published articles (in the locale) that carry them. */
    async tagUsage(locale: string): Promise<TagUsageRow[]> {
      const link = joinTableOf(ARTICLE_UID, 'tags');
      const rows: Record<string, unknown>[] = await knex()
        .select('t.document_id', 't.name', 't.slug', 't.type')
        .countDistinct({ articles: 'a.document_id' })
        .from({ a: tableOf(ARTICLE_UID) })
        .join({ l: link.name }, `l.${link.joinColumn.name}`, 'a.id')
        .join({ t: tableOf(ENTITY_TAG_UID) }, 't.id', `l.${link.inverseJoinColumn.name}`)
        .whereNotNull('a.published_at')
        .andWhere('a.locale', locale)
        .groupBy('t.document_id', 't.name', 't.slug', 't.type')
        .orderBy([
          { column: 'articles', order: 'desc' },
          { column: 't.name', order: 'asc' },
        ]);
      return rows.map((row) => ({
        documentId: String(row.document_id),
        name: String(row.name ?? ''),
        slug: (row.slug as string | null) ?? null,
        type: String(row.type ?? ''),
        articles: asNumber(row.articles),
      }));
    },

    /** Experts by the number of quotes attributed to them in published articles of the locale. */
    async expertQuotes(locale: string, limit: number): Promise<ExpertQuoteRow[]> {
      const components = joinTableOf(ARTICLE_UID, 'quotes');
      const quoteExpert = joinTableOf('newsroom.quote', 'expert');
      const rows: Record<string, unknown>[] = await knex()
        .select('e.document_id', 'e.name', 'e.job_title')
        .count({ quotes: 'q.id' })
        .countDistinct({ articles: 'a.document_id' })
        .from({ a: tableOf(ARTICLE_UID) })
        .join({ c: components.name }, function joinQuotes() {
          this.on(`c.${components.joinColumn.name}`, '=', 'a.id').andOnVal('c.field', '=', 'quotes');
        })
        .join({ q: tableOf('newsroom.quote') }, 'q.id', `c.${components.inverseJoinColumn.name}`)
        .join({ qe: quoteExpert.name }, `qe.${quoteExpert.joinColumn.name}`, 'q.id')
        .join({ e: tableOf(EXPERT_UID) }, 'e.id', `qe.${quoteExpert.inverseJoinColumn.name}`)
        .whereNotNull('a.published_at')
        .andWhere('a.locale', locale)
        .groupBy('e.document_id', 'e.name', 'e.job_title')
        .orderBy([
          { column: 'quotes', order: 'desc' },
          { column: 'e.name', order: 'asc' },
        ])
        .limit(limit);
      return rows.map((row) => ({
        documentId: String(row.document_id),
        name: String(row.name ?? ''),
        jobTitle: (row.job_title as string | null) ?? null,
        quotes: asNumber(row.quotes),
        articles: asNumber(row.articles),
      }));
    },
  };
};

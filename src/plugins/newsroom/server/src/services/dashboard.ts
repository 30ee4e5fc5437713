import type { Core } from '@strapi/strapi';
import { TAG_TYPES, type TagType } from '../constants';
import { createNewsroomStatsRepository, type ExpertQuoteRow, type TagUsageRow } from '../repositories/newsroom-stats';
import type { WaitingPiece } from '../utils/desk-view';
import { editorialStatus, type EditorialStatus } from '../utils/editorial-status';
import { newsroomService } from '../utils/services';

export type { EditorialStatus } from '../utils/editorial-status';

export interface DashboardArticle {
  documentId: string;
  title: string;
  slug: string | null;
  status: EditorialStatus;
  updatedAt: string;
  publishedAt: string | null;
}

export interface LocaleCoverage {
  locale: string;
  name: string;
  isDefault: boolean;
  /** Article documents published in this locale. */
  published: number;
  /** Started in this locale but not published in it. */
  draftOnly: number;
  /** Article documents with no version at all in this locale. */
  missing: number;
}

/** A draft waiting for its embargo: the embargo job publishes it at `embargoUntil`. */
export interface EmbargoedArticle {
  documentId: string;
  locale: string;
  title: string;
  embargoUntil: string;
}

export interface Dashboard {
  locale: string;
  totals: { articles: number };
  /** In every locale the viewer may read, soonest first. */
  embargoed: EmbargoedArticle[];
  latest: { locale: string; articles: DashboardArticle[] }[];
  coverage: LocaleCoverage[];
  tagsByType: { type: TagType; tags: TagUsageRow[] }[];
  experts: ExpertQuoteRow[];
  /** Filed pieces in the viewer's locales, longest waiting first. */
  waitingForDesk: WaitingPiece[];
}

export interface DashboardQuery {
  /** The locale whose tag and expert rankings are shown; the default locale when absent. */
  locale?: string;
  /** Rows per list. */
  limit: number;
  /** The locales the viewer may read; the others are left out. */
  readable?: string[];
}


export default ({ strapi }: { strapi: Core.Strapi }) => {
  const stats = createNewsroomStatsRepository(strapi);

  return {
    /** What the newsroom's front page in the admin shows: what moved, what is live where, what is used most. */
    async overview(query: DashboardQuery): Promise<Dashboard> {
      const locales = (await newsroomService(strapi, 'locales').list()).filter(
        ({ code }) => !query.readable || query.readable.includes(code)
      );
      const locale = query.locale ?? (await newsroomService(strapi, 'locales').defaultLocale());

      const latest = [];
      for (const { code } of locales) {
        const rows = await stats.latestArticles(code, query.limit);
        latest.push({
          locale: code,
          articles: rows.map((row) => ({
            documentId: row.documentId,
            title: row.title,
            slug: row.slug,
            status: editorialStatus(row.updatedAt, row.publishedUpdatedAt),
            updatedAt: row.updatedAt,
            publishedAt: row.publishedAt,
          })),
        });
      }

      const { total, locales: counted } = await stats.coverageByLocale();
      const coverage = locales.map(({ code, name, isDefault }) => {
        const row = counted.find((entry) => entry.locale === code);
        const documents = row?.documents ?? 0;
        const published = row?.published ?? 0;
        return { locale: code, name, isDefault, published, draftOnly: documents - published, missing: total - documents };
      });

      const tags = await stats.tagUsage(locale);
      const tagsByType = TAG_TYPES.map((type) => ({
        type,
        tags: tags.filter((tag) => tag.type === type).slice(0, query.limit),
      })).filter((group) => group.tags.length > 0);

      const embargoed = await newsroomService(strapi, 'embargoes').scheduled(
        locales.map(({ code }) => code),
        query.limit,
      );

      return {
        locale,
        totals: { articles: total },
        embargoed: embargoed.map((row) => ({
          documentId: row.documentId,
          locale: row.locale,
          title: row.title ?? '',
          embargoUntil: new Date(row.embargoUntil).toISOString(),
        })),
        latest,
        coverage,
        tagsByType,
        experts: await stats.expertQuotes(locale, query.limit),
        waitingForDesk: await newsroomService(strapi, 'desk').waiting(
          locales.map(({ code }) => code),
          query.limit,
        ),
      };
    },
  };
};

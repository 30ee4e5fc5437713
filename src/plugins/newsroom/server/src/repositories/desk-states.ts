import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, DESK_STATE_UID } from '../constants';
import type { DeskStage } from '../utils/desk-view';

/** The last move of one locale of an article between its writer and the desk. */
export interface DeskMove {
  articleDocumentId: string;
  articleLocale: string;
  stage: DeskStage;
  actor: string | null;
  note: string | null;
  at: string;
}

/** A filed piece as the desk's list shows it. */
export interface WaitingRow extends DeskMove {
  title: string;
}

const FIELDS = ['articleDocumentId', 'articleLocale', 'stage', 'actor', 'note', 'at'];

const asIso = (value: string | Date): string => new Date(value).toISOString();

/** One row per article and locale, replaced at each move (the publication log keeps every move). */
export const createDeskStatesRepository = (strapi: Core.Strapi) => {
  const table = () => strapi.db.query(DESK_STATE_UID);
  return {
    async of(documentId: string, locale: string): Promise<DeskMove | null> {
      const row: DeskMove | null = await table().findOne({
        select: FIELDS,
        where: { articleDocumentId: documentId, articleLocale: locale },
      });
      return row ? { ...row, at: asIso(row.at) } : null;
    },

    /** Writes a move; the caller holds the document's turn, so two moves of one locale do not both insert. */
    async save(move: DeskMove): Promise<void> {
      const where = { articleDocumentId: move.articleDocumentId, articleLocale: move.articleLocale };
      const updated = await table().updateMany({ where, data: move });
      if (updated.count === 0) await table().create({ data: move });
    },

    /** What is waiting for the desk in some locales, longest waiting first, with each draft's title. */
    async waiting(locales: string[], limit: number): Promise<WaitingRow[]> {
      if (locales.length === 0) return [];
      const rows: DeskMove[] = await table().findMany({
        select: FIELDS,
        where: { stage: 'desk', articleLocale: { $in: locales } },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
        limit,
      });
      if (rows.length === 0) return [];
      const drafts: { documentId: string; locale: string; title: string }[] = await strapi.db.query(ARTICLE_UID).findMany({
        select: ['documentId', 'locale', 'title'],
        where: { documentId: { $in: [...new Set(rows.map((row) => row.articleDocumentId))] }, publishedAt: null },
      });
      const titles = new Map(drafts.map((draft) => [`${draft.documentId}:${draft.locale}`, draft.title]));
      // A locale deleted since it was filed is no longer waiting.
      return rows.flatMap((row) => {
        const title = titles.get(`${row.articleDocumentId}:${row.articleLocale}`);
        return title === undefined ? [] : [{ ...row, at: asIso(row.at), title }];
      });
    },

    /** Forgets the moves of deleted locales. */
    async remove(documentId: string, locales: string[]): Promise<void> {
      if (locales.length > 0) await table().deleteMany({ where: { articleDocumentId: documentId, articleLocale: { $in: locales } } });
    },
  };
};

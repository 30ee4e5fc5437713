import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, TRANSLATION_STATE_UID } from '../constants';

/**
 * Hand-written queries on the translation states: one `source` row per article (its source locale and the
 * revision of its current text) and one `translation` row per translated locale (the source revision it
 * was last brought in line with). A translation is outdated when the two revisions differ.
 */

export type TranslationStatus = 'source' | 'missing' | 'draft' | 'published' | 'outdated';

export interface TranslationState {
  articleDocumentId: string;
  articleLocale: string;
  role: 'source' | 'translation';
  sourceLocale: string;
  revision: string;
  inLineAt: string | null;
  /** What the last "mark in line" replaced, for its undo (null: nothing to undo). */
  undoRevision?: string | null;
  undoInLineAt?: string | null;
}

export interface LocaleStatusRow {
  documentId: string;
  sourceLocale: string;
  status: TranslationStatus;
  sourceRevision: string;
  revision: string | null;
  inLineAt: string | null;
  /** The locale has a published version (an outdated one may be live). */
  published: boolean;
}

export const createTranslationStatesRepository = (strapi: Core.Strapi) => {
  const states = () => strapi.db.query(TRANSLATION_STATE_UID);
  const tableOf = (uid: string) => strapi.db.metadata.get(uid).tableName;

  /**
   * One row per article document with its status in `locale`, worked out by the database so that filtering
   * by status, counting and paging stay one statement each whatever the archive's size.
   */
  const statusQuery = (locale: string) => {
    const knex = strapi.db.connection;
    const articles = tableOf(ARTICLE_UID);
    const table = tableOf(TRANSLATION_STATE_UID);
    const isPublished = `EXISTS (SELECT 1 FROM ${articles} p WHERE p.document_id = src.article_document_id AND p.locale = ? AND p.published_at IS NOT NULL)`;
    const status = knex.raw(
      `CASE
         WHEN src.source_locale = ? THEN 'source'
         WHEN NOT EXISTS (SELECT 1 FROM ${articles} r WHERE r.document_id = src.article_document_id AND r.locale = ?) THEN 'missing'
         WHEN t.revision IS NOT NULL AND t.revision <> src.revision THEN 'outdated'
         WHEN ${isPublished} THEN 'published'
         ELSE 'draft'
       END`,
      [locale, locale, locale],
    );
    return (
      knex
        .from({ src: table })
        .leftJoin({ t: table }, function joinTranslation() {
          this.on('t.article_document_id', '=', 'src.article_document_id')
            .andOnVal('t.role', '=', 'translation')
            .andOnVal('t.article_locale', '=', locale);
        })
        .where('src.role', 'source')
        // A document whose every locale was removed behind the document service (a locale deleted in the
        // settings) is not listed, even before its states are pruned.
        .whereExists(function hasArticle() {
          this.select(knex.raw('1')).from({ a: articles }).whereRaw('a.document_id = src.article_document_id');
        })
        .select({
          documentId: 'src.article_document_id',
          sourceLocale: 'src.source_locale',
          sourceRevision: 'src.revision',
          sourceChangedAt: 'src.updated_at',
          revision: 't.revision',
          inLineAt: 't.in_line_at',
          status,
          published: knex.raw(`CASE WHEN ${isPublished} THEN 1 ELSE 0 END`, [locale]),
        })
    );
  };

  return {
    async forDocument(documentId: string): Promise<TranslationState[]> {
      return states().findMany({ where: { articleDocumentId: documentId } });
    },

    /** Writes the state of one locale of one article, replacing the one it had. */
    async save(state: TranslationState): Promise<void> {
      const where = { articleDocumentId: state.articleDocumentId, articleLocale: state.articleLocale };
      const existing = await states().findOne({ select: ['id'], where });
      if (existing) await states().update({ where: { id: existing.id }, data: state });
      else await states().create({ data: state });
    },

    /** Forgets locales of an article that are gone (all of them when `locales` is empty). */
    async removeOtherThan(documentId: string, locales: string[]): Promise<void> {
      await states().deleteMany({
        where: { articleDocumentId: documentId, ...(locales.length > 0 ? { articleLocale: { $notIn: locales } } : {}) },
      });
    },

    /**
     * Forgets states whose article version is gone without the document service knowing (i18n deletes a
     * locale's rows directly): a source state among them lets the document pick its source again.
     */
    async pruneOrphans(): Promise<number> {
      const knex = strapi.db.connection;
      const articles = tableOf(ARTICLE_UID);
      return knex(tableOf(TRANSLATION_STATE_UID))
        .whereNotExists(function hasVersion() {
          this.select(knex.raw('1'))
            .from({ a: articles })
            .whereRaw(`a.document_id = ${tableOf(TRANSLATION_STATE_UID)}.article_document_id`)
            .andWhereRaw(`a.locale = ${tableOf(TRANSLATION_STATE_UID)}.article_locale`);
        })
        .delete();
    },

    /** Article documents that have no source state yet (written before translation tracking, or by raw SQL). */
    async untrackedDocumentIds(): Promise<string[]> {
      const knex = strapi.db.connection;
      const rows: { document_id: string }[] = await knex
        .distinct('a.document_id')
        .from({ a: tableOf(ARTICLE_UID) })
        .whereNotExists(function tracked() {
          this.select(knex.raw('1'))
            .from({ s: tableOf(TRANSLATION_STATE_UID) })
            .whereRaw('s.article_document_id = a.document_id')
            .andWhere('s.role', 'source');
        });
      return rows.map((row) => row.document_id);
    },

    /** A page of articles with their status in one locale, optionally only one status; latest source changes first. */
    async page(
      locale: string,
      { status, offset, limit }: { status?: TranslationStatus; offset: number; limit: number },
    ): Promise<{ rows: LocaleStatusRow[]; total: number }> {
      const knex = strapi.db.connection;
      const filtered = knex.from(statusQuery(locale).as('s')).modify((query) => {
        if (status) query.where('s.status', status);
      });
      const [{ total }] = await filtered.clone().count({ total: '*' });
      const rows: (Omit<LocaleStatusRow, 'published'> & { published: number | string | boolean })[] = await filtered
        .clone()
        .select('s.*')
        .orderBy([
          { column: 's.sourceChangedAt', order: 'desc' },
          { column: 's.documentId', order: 'asc' },
        ])
        .offset(offset)
        .limit(limit);
      return {
        total: Number(total),
        rows: rows.map(({ documentId, sourceLocale, status: rowStatus, sourceRevision, revision, inLineAt, published }) => ({
          documentId,
          sourceLocale,
          status: rowStatus,
          sourceRevision,
          revision,
          inLineAt: inLineAt ? new Date(inLineAt).toISOString() : null,
          // 1, '1' or true, as each dialect answers.
          published: Number(published) === 1,
        })),
      };
    },
  };
};

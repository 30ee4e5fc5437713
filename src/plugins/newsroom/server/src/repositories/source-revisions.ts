import type { Core } from '@strapi/strapi';
import { SOURCE_REVISION_UID } from '../constants';
import type { SegmentContent } from '../utils/translation-segments';

/**
 * The recorded text of a source at its revisions: one row per article and revision, kept while a translation
 * is in line with it (or could be put back in line with it by an undo), so the translators' view can show
 * what changed since.
 */
export const createSourceRevisionsRepository = (strapi: Core.Strapi) => {
  const revisions = () => strapi.db.query(SOURCE_REVISION_UID);

  return {
    /** Records the source's text at `revision`, unless it already is (the text of one revision never differs). */
    async record(articleDocumentId: string, sourceLocale: string, revision: string, content: SegmentContent): Promise<void> {
      const existing = await revisions().findOne({ select: ['id'], where: { articleDocumentId, revision } });
      if (existing) return;
      await revisions().create({
        data: { articleDocumentId, sourceLocale, revision, content, recordedAt: new Date().toISOString() },
      });
    },

    /** The source's text at `revision`, or null when it was not recorded. */
    async find(articleDocumentId: string, revision: string): Promise<SegmentContent | null> {
      const row: { content: SegmentContent } | null = await revisions().findOne({
        select: ['content'],
        where: { articleDocumentId, revision },
      });
      return row?.content ?? null;
    },

    /** Forgets an article's revisions other than `kept` (all of them when `kept` is empty). */
    async keepOnly(articleDocumentId: string, kept: string[]): Promise<void> {
      await revisions().deleteMany({
        where: { articleDocumentId, ...(kept.length > 0 ? { revision: { $notIn: kept } } : {}) },
      });
    },
  };
};

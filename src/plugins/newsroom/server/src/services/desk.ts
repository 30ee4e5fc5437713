import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';
import { inTurn } from '../database/write-turns';
import { createDeskStatesRepository, type DeskMove } from '../repositories/desk-states';
import type { DeskStage, DeskState, PublishedChanges, WaitingPiece } from '../utils/desk-view';
import { editorialStatus } from '../utils/editorial-status';
import { newsroomService } from '../utils/services';
import { sourceChanges } from '../utils/source-changes';
import { segmentTexts, type SegmentContent, type SegmentGroup } from '../utils/translation-segments';
import { requestActor } from './publication-log';

export type DeskResult = { kind: 'moved'; state: DeskState } | { kind: 'not-found' } | { kind: 'refused'; state: DeskState };

interface VersionRow {
  title: string | null;
  slug: string | null;
  updatedAt: string | Date;
  publishedAt: string | Date | null;
}

// What an editor reads again before re-publishing: the words of the piece, not its metadata.
const REVIEWED_GROUPS: readonly SegmentGroup[] = ['title', 'standfirst', 'body', 'quotes'];

/**
 * The newsroom's desk, free where Strapi's review workflows are paid: a locale of an article goes from its
 * writer to the desk (filed, with an optional note), back to its writer (returned, with a note) or out
 * (published, by any road). Each move is kept per locale and recorded in the publication log.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const moves = createDeskStatesRepository(strapi);

  const versionsOf = async (documentId: string, locale: string) => {
    const rows: VersionRow[] = await strapi.db.query(ARTICLE_UID).findMany({
      select: ['title', 'slug', 'updatedAt', 'publishedAt'],
      where: { documentId, locale },
    });
    return { draft: rows.find((row) => row.publishedAt === null), live: rows.find((row) => row.publishedAt !== null) };
  };

  const stateFrom = (move: DeskMove | null, draft: VersionRow, live: VersionRow | undefined): DeskState => {
    const status = editorialStatus(draft.updatedAt, live ? live.updatedAt : null);
    const stage: DeskStage = move?.stage === 'desk' ? 'desk' : status === 'published' ? 'published' : 'writing';
    return {
      stage,
      published: live !== undefined,
      modified: status === 'modified',
      lastMove: move ? { stage: move.stage, by: move.actor, at: move.at, note: move.note } : null,
    };
  };

  /** A move from one stage to another, in the document's turn so that two moves of one locale do not cross. */
  const move = async (
    documentId: string,
    locale: string,
    to: 'desk' | 'writing',
    from: DeskStage,
    note: string | null,
  ): Promise<DeskResult> =>
    inTurn(strapi, { uid: ARTICLE_UID, documentId }, async () =>
      strapi.db.transaction(async (): Promise<DeskResult> => {
        const { draft, live } = await versionsOf(documentId, locale);
        if (!draft) return { kind: 'not-found' };
        const before = stateFrom(await moves.of(documentId, locale), draft, live);
        if (before.stage !== from) return { kind: 'refused', state: before };
        const saved: DeskMove = {
          articleDocumentId: documentId,
          articleLocale: locale,
          stage: to,
          actor: requestActor(strapi),
          note,
          at: new Date().toISOString(),
        };
        await moves.save(saved);
        await newsroomService(strapi, 'publicationLog').recordDeskMove(
          { documentId, locale, title: draft.title, slug: draft.slug },
          to === 'desk' ? 'file' : 'return',
          note,
        );
        return { kind: 'moved', state: stateFrom(saved, draft, live) };
      }),
    );

  return {
    async stateOf(documentId: string, locale: string): Promise<DeskState | null> {
      const { draft, live } = await versionsOf(documentId, locale);
      return draft ? stateFrom(await moves.of(documentId, locale), draft, live) : null;
    },

    /** The writer hands a piece in; only one being written (never published, or changed since) can be. */
    file: (documentId: string, locale: string, note: string | null) => move(documentId, locale, 'desk', 'writing', note),

    /** The desk hands a filed piece back to its writer, saying why. */
    return: (documentId: string, locale: string, note: string) => move(documentId, locale, 'writing', 'desk', note),

    /**
     * After a publication (the admin's Publish, the API, the embargo job): the locales that had gone through
     * the desk are published. A move from the desk is logged when someone asked for it; the embargo job's
     * publication is logged by the job itself.
     */
    async published(documentId: string, locales: string[]): Promise<void> {
      for (const locale of locales) {
        const previous = await moves.of(documentId, locale);
        if (!previous || previous.stage === 'published') continue;
        await moves.save({ ...previous, stage: 'published', actor: requestActor(strapi), note: null, at: new Date().toISOString() });
        if (!strapi.requestContext.get()) continue;
        const { live } = await versionsOf(documentId, locale);
        await newsroomService(strapi, 'publicationLog').recordDeskMove(
          { documentId, locale, title: live?.title ?? null, slug: live?.slug ?? null },
          'publish',
          null,
        );
      }
    },

    /** After a deletion: the locales that are gone have no stage. */
    forgetDeleted: (documentId: string, locales: string[]): Promise<void> => moves.remove(documentId, locales),

    /** A word diff of the draft against the published version: headline, standfirst, body and quotes. */
    async changesSincePublished(documentId: string, locale: string): Promise<PublishedChanges | null> {
      const read = (status: 'draft' | 'published') =>
        strapi.documents(ARTICLE_UID).findOne({ documentId, locale, status, populate: { quotes: true } }) as Promise<SegmentContent | null>;
      const [draft, live] = await Promise.all([read('draft'), read('published')]);
      if (!draft) return null;
      if (!live) return { published: false, entries: [] };
      const reviewed = (content: SegmentContent) => segmentTexts(content).filter((segment) => REVIEWED_GROUPS.includes(segment.group));
      return { published: true, entries: sourceChanges(reviewed(live), reviewed(draft), locale) };
    },

    /** What waits for the desk in the locales the viewer may read, longest waiting first. */
    async waiting(locales: string[], limit: number): Promise<WaitingPiece[]> {
      return (await moves.waiting(locales, limit)).map((row) => ({
        documentId: row.articleDocumentId,
        locale: row.articleLocale,
        title: row.title,
        filedBy: row.actor,
        filedAt: row.at,
        note: row.note,
      }));
    },
  };
};

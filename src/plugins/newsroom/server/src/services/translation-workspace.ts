import { setTimeout as sleep } from 'node:timers/promises';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ARTICLE_UID, EXPERT_UID } from '../constants';
import { inTurn } from '../database/write-turns';
import { counterparts, sourceChanges } from '../utils/source-changes';
import { newsroomService } from '../utils/services';
import {
  applySegments,
  pairSegments,
  segmentTexts,
  writableKeys,
  type SegmentContent,
  type SegmentEdit,
  type SegmentQuote,
} from '../utils/translation-segments';
import { rebuildStructure } from '../utils/translation-structure';
import type { Changes, Workspace } from '../utils/translation-workspace-view';

export type { Workspace } from '../utils/translation-workspace-view';

/** Why a workspace could not be given or written. */
export type WorkspaceRefusal =
  | { kind: 'not-found' }
  | { kind: 'is-source' }
  | { kind: 'missing' }
  | { kind: 'source-hidden'; sourceLocale: string }
  | { kind: 'stale'; updatedAt: string };

export type WorkspaceResult = { kind: 'workspace'; workspace: Workspace } | WorkspaceRefusal;

/** The viewer: whether they may read the source's locale, and update the translation's. */
export interface Viewer {
  mayRead(locale: string): boolean;
  writable: boolean;
}

interface TranslationVersion extends SegmentContent {
  updatedAt: string;
  quotes?: SegmentQuote[] | null;
}

const TRANSLATION_POPULATE = {
  quotes: { populate: { expert: { fields: ['name' as const] } } },
  keyFigures: true,
  sources: true,
};

const iso = (value: string | Date | null | undefined): string | null => (value ? new Date(value).toISOString() : null);

const fieldError = (path: (string | number)[], message: string) =>
  new errors.ValidationError(`${path.join('.')}: ${message}`, { errors: [{ path, message, name: 'ValidationError' }] });

/**
 * The translators' view of one translation: each source segment beside its translation, what changed in the
 * source since the translation was last in line, and the writes it makes (text into the translation's own
 * structure; the source's structure copied again). Every write goes through the document service, so the
 * article's document middlewares (slugs, counts, translation tracking, caches) run as for any edit.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const translations = () => newsroomService(strapi, 'translations');
  const articles = () => strapi.documents(ARTICLE_UID);

  const draftOf = (documentId: string, locale: string) =>
    articles().findOne({ documentId, locale, status: 'draft', populate: TRANSLATION_POPULATE }) as Promise<TranslationVersion | null>;

  /** The names, in `locale`, of the experts the source quotes. */
  const expertNames = async (source: SegmentContent, locale: string): Promise<Map<string, string>> => {
    const ids = (source.quotes ?? []).flatMap((quote) => (quote.expert ? [quote.expert.documentId] : []));
    if (ids.length === 0) return new Map();
    const rows: { documentId: string; name: string }[] = await strapi.db
      .query(EXPERT_UID)
      .findMany({ select: ['documentId', 'name'], where: { documentId: { $in: ids }, locale } });
    return new Map(rows.map((row) => [row.documentId, row.name]));
  };

  const build = async (documentId: string, locale: string, viewer: Viewer): Promise<WorkspaceResult> => {
    const current = await translations().forArticle(documentId);
    if (!current) return { kind: 'not-found' };
    if (current.sourceLocale === locale) return { kind: 'is-source' };
    if (!viewer.mayRead(current.sourceLocale)) return { kind: 'source-hidden', sourceLocale: current.sourceLocale };
    const source = await translations().source(documentId, current.sourceLocale);
    if (!source) return { kind: 'not-found' };
    const sourceContent = translations().recordedContent(source);
    const entry = current.locales.find((candidate) => candidate.locale === locale);
    const status = entry && entry.status !== 'source' ? entry.status : 'missing';
    const [draft, published, state] = await Promise.all([
      status === 'missing' ? null : draftOf(documentId, locale),
      strapi.db.query(ARTICLE_UID).findOne({
        select: ['updatedAt'],
        where: { documentId, locale, publishedAt: { $notNull: true } },
      }) as Promise<{ updatedAt: string | Date } | null>,
      translations().stateOf(documentId, locale),
    ]);
    const outdated = status === 'outdated';
    let changes: Changes | null = null;
    if (outdated && state) {
      const since = iso(state.inLineAt);
      const recorded = await translations().recordedSource(documentId, state.revision);
      changes = recorded
        ? { recorded: true, since, entries: sourceChanges(segmentTexts(recorded), segmentTexts(sourceContent), current.sourceLocale) }
        : { recorded: false, since, entries: [] };
    }
    return {
      kind: 'workspace',
      workspace: {
        documentId,
        locale,
        sourceLocale: current.sourceLocale,
        exists: draft !== null,
        status,
        published: published !== null,
        modified: draft !== null && published !== null && new Date(draft.updatedAt).getTime() > new Date(published.updatedAt).getTime(),
        outdated,
        sourceRevision: current.sourceRevision,
        inLineRevision: draft ? (state?.revision ?? null) : null,
        inLineAt: draft ? iso(state?.inLineAt) : null,
        undoInLine: draft && state?.undoRevision ? { revision: state.undoRevision, inLineAt: iso(state.undoInLineAt) } : null,
        updatedAt: iso(draft?.updatedAt),
        writable: viewer.writable,
        segments: pairSegments(sourceContent, draft, { expertNames: await expertNames(sourceContent, locale) }),
        changes,
        missingEntities: await translations().entitiesMissingIn(source, locale),
      },
    };
  };

  /**
   * Runs a write of the translation's draft once its preconditions hold: the article and the locale exist,
   * the viewer may read the source, and the draft is still the version the writer read (`updatedAt`).
   * Rows are locked to the end of the write, as every writer of the document does (database/write-turns).
   */
  const writeDraft = async (
    documentId: string,
    locale: string,
    updatedAt: string | null,
    viewer: Viewer,
    data: (draft: TranslationVersion, sourceLocale: string) => Promise<Record<string, unknown> | null>,
  ): Promise<WorkspaceResult> => {
    const refusal = await inTurn(strapi, { uid: ARTICLE_UID, documentId, slugLocales: [locale] }, () =>
      strapi.db.transaction(async (): Promise<WorkspaceRefusal | null> => {
        const current = await translations().forArticle(documentId);
        if (!current) return { kind: 'not-found' };
        if (current.sourceLocale === locale) return { kind: 'is-source' };
        if (!viewer.mayRead(current.sourceLocale)) return { kind: 'source-hidden', sourceLocale: current.sourceLocale };
        const draft = await draftOf(documentId, locale);
        if (!draft) return { kind: 'missing' };
        const written = await data(draft, current.sourceLocale);
        const stamp = new Date(draft.updatedAt);
        if (updatedAt === null || stamp.getTime() !== Date.parse(updatedAt)) return { kind: 'stale', updatedAt: stamp.toISOString() };
        if (!written) return null;
        // A write in the same millisecond would give the new version the old one's stamp: a writer holding
        // the old one could then still win.
        if (Date.now() <= stamp.getTime()) await sleep(stamp.getTime() - Date.now() + 1);
        await articles().update({ documentId, locale, data: written as never });
        return null;
      }),
    );
    return refusal ?? build(documentId, locale, viewer);
  };

  return {
    get: build,

    /**
     * Writes the listed segments into the translation's draft, each into its place in the translation's own
     * structure; unlisted and unchanged segments are left as they are. A key the translation has no place
     * for, or a text past its field's limit, is a 400 naming it.
     */
    async save(documentId: string, locale: string, request: { updatedAt: string | null; segments: SegmentEdit[] }, viewer: Viewer) {
      return writeDraft(documentId, locale, request.updatedAt, viewer, async (draft) => {
        const keys = writableKeys(draft);
        const seen = new Set<string>();
        request.segments.forEach(({ key, text }, index) => {
          const limit = keys.get(key);
          if (limit === undefined) {
            throw fieldError(['segments', index, 'key'], `the translation has no segment "${key}" (copy the source's structure again to get it)`);
          }
          if (seen.has(key)) throw fieldError(['segments', index, 'key'], `"${key}" is given twice`);
          seen.add(key);
          if (text.length > limit) throw fieldError(['segments', index, 'text'], `must be at most ${limit} characters`);
        });
        const write = applySegments(draft, request.segments);
        const data: Record<string, unknown> = { ...write.scalars };
        if (write.body) data.body = write.body;
        if (write.quotes) {
          data.quotes = write.quotes.map((quote) => ({ text: quote.text ?? '', kind: quote.kind ?? 'direct', expert: quote.expert?.documentId ?? null }));
        }
        if (write.keyFigures) {
          data.keyFigures = write.keyFigures.map(({ value, qualifier, unit, label, period }) => ({ value, qualifier, unit, label, period }));
        }
        if (write.sources) data.sources = write.sources.map(({ name, url }) => ({ name, url }));
        return Object.keys(data).length > 0 ? data : null;
      });
    },

    /**
     * Rebuilds the translation's body, quotes, key figures and sources to the source's structure today. Each
     * segment keeps the text of the translation's segment that stands for it: found through the source text
     * recorded at the translation's in-line revision when there is one (so an inserted paragraph shifts
     * nothing), else at the same place when it is of the same kind.
     */
    async copyStructure(documentId: string, locale: string, updatedAt: string | null, viewer: Viewer) {
      return writeDraft(documentId, locale, updatedAt, viewer, async (draft, sourceLocale) => {
        const source = await translations().source(documentId, sourceLocale);
        if (!source) return null;
        const sourceContent = translations().recordedContent(source);
        const state = await translations().stateOf(documentId, locale);
        const recorded = state ? await translations().recordedSource(documentId, state.revision) : null;
        const mine = new Map(segmentTexts(draft).map((segment) => [segment.key, segment]));
        const sourceSegments = segmentTexts(sourceContent);
        const aligned = recorded ? counterparts(segmentTexts(recorded), sourceSegments) : null;
        const kinds = new Map(sourceSegments.map((segment) => [segment.key, segment.kind]));
        const counterpart = (key: string): string | undefined => {
          if (aligned) return aligned.get(key);
          return mine.get(key)?.kind === kinds.get(key) ? key : undefined;
        };
        const rebuilt = rebuildStructure(sourceContent, draft, counterpart);
        // A quote's expert joins in the translation's locale only where that expert has a version there.
        const named = await expertNames(sourceContent, locale);
        return {
          body: rebuilt.body,
          quotes: rebuilt.quotes.map((quote) => ({
            text: quote.text ?? '',
            kind: quote.kind ?? 'direct',
            expert: quote.expert && named.has(quote.expert.documentId) ? quote.expert.documentId : null,
          })),
          keyFigures: rebuilt.keyFigures,
          sources: rebuilt.sources,
        };
      });
    },
  };
};

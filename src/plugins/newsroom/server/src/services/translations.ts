import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID } from '../constants';
import { createDocumentRowsRepository } from '../repositories/document-rows';
import { readSourceVersion } from '../repositories/source-versions';
import { createSourceRevisionsRepository } from '../repositories/source-revisions';
import { createTransactionLocks } from '../repositories/transaction-lock';
import {
  createTranslationStatesRepository,
  type LocaleStatusRow,
  type TranslationState,
  type TranslationStatus,
} from '../repositories/translation-states';
import type { Block } from '../utils/blocks';
import type { MissingEntityInPlace } from '../utils/translation-workspace-view';
import { sourceRevision, type TranslatableContent } from '../utils/source-revision';
import { newsroomService } from '../utils/services';
import { emptyText } from '../utils/translation-structure';
import type { InlineNode, SegmentContent } from '../utils/translation-segments';

export interface LocaleTranslation {
  locale: string;
  status: TranslationStatus;
  /** The source revision this locale was last brought in line with (the source's own, for the source). */
  revision: string | null;
  inLineAt: string | null;
  /** Whether readers see this locale: an outdated translation may or may not be live. */
  published: boolean;
}

export interface ArticleTranslations {
  documentId: string;
  sourceLocale: string;
  sourceRevision: string;
  locales: LocaleTranslation[];
}

export interface MissingEntity {
  kind: 'tag' | 'expert';
  documentId: string;
  name: string;
  /** The tag's type or the expert's kind, for context. */
  type?: string;
  /** The indexes of the source's quotes attributed to this expert. */
  quotes?: number[];
}

export type InLineResult = ArticleTranslations | 'not-found' | 'is-source' | 'missing';

export type StartResult =
  | { kind: 'not-found' }
  | { kind: 'exists' }
  | { kind: 'is-source' }
  | { kind: 'started'; translations: ArticleTranslations; missingEntities: MissingEntity[] };

/** The tags and experts of a source version, named in its locale, and which quotes each expert said. */
export interface SourceEntities {
  tags?: { documentId: string; name: string; type?: string | null }[];
  experts?: { documentId: string; name: string; kind?: string | null }[];
  quotes?: readonly { expert?: { documentId: string } | null }[] | null;
}

export interface SourceArticle extends TranslatableContent, SourceEntities {
  locale: string;
  leadImageCaption?: string | null;
  leadImageAlt?: string | null;
  body?: Block[] | null;
  quotes?: { text?: string | null; kind?: string | null; expert?: { documentId: string; name?: string | null } | null }[] | null;
  keyFigures?:
    | {
        value?: number | null;
        qualifier?: string | null;
        unit?: string | null;
        label?: string | null;
        period?: string | null;
      }[]
    | null;
  sources?: { name?: string | null; url?: string | null }[] | null;
  subjects?: { documentId: string }[];
}

// documentId comes with every relation; name says which one is missing.
const SOURCE_POPULATE = {
  quotes: { populate: { expert: { fields: ['name' as const] } } },
  keyFigures: true,
  sources: true,
  tags: { fields: ['name' as const, 'type' as const] },
  experts: { fields: ['name' as const, 'kind' as const] },
  subjects: { fields: ['code' as const] },
};

/** What is recorded of a source at a revision: the text its translators carry, in the shape segments read. */
const recordedContent = (source: SourceArticle): SegmentContent => ({
  title: source.title ?? '',
  standfirst: source.standfirst ?? '',
  byline: source.byline ?? '',
  leadImageCaption: source.leadImageCaption ?? '',
  leadImageAlt: source.leadImageAlt ?? '',
  body: source.body ?? [],
  quotes: (source.quotes ?? []).map((quote) => ({
    text: quote.text ?? '',
    kind: quote.kind ?? 'direct',
    expert: quote.expert ? { documentId: quote.expert.documentId, name: quote.expert.name ?? null } : null,
  })),
  keyFigures: (source.keyFigures ?? []).map(({ value, qualifier, unit, label, period }) => ({ value, qualifier, unit, label, period })),
  sources: (source.sources ?? []).map(({ name, url }) => ({ name, url })),
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = createDocumentRowsRepository(strapi);
  const states = createTranslationStatesRepository(strapi);
  const revisions = createSourceRevisionsRepository(strapi);
  const locks = createTransactionLocks(strapi);
  const articles = () => strapi.documents(ARTICLE_UID);

  /** What readers of a locale see (its published version), or its draft while it was never published. */
  const currentVersion = async (documentId: string, locale: string): Promise<SourceArticle | null> => {
    const find = (status: 'published' | 'draft') =>
      articles().findOne({ documentId, locale, status, populate: SOURCE_POPULATE }) as Promise<SourceArticle | null>;
    const version = (await find('published')) ?? (await find('draft'));
    if (!version) return null;
    return { ...version, corrections: await newsroomService(strapi, 'corrections').of(documentId, locale) };
  };

  /** Under the lock `refresh` takes: a mark, its undo and a refresh of one article never interleave. */
  const inTranslationsTurn = <T>(documentId: string, work: () => Promise<T>): Promise<T> =>
    strapi.db.transaction(async ({ trx }): Promise<T> => {
      await locks.lock(trx, `translations:${documentId}`);
      return work();
    }) as Promise<T>;

  const sourceStateOf = (all: TranslationState[]) => all.find((state) => state.role === 'source');

  /** The source's tags and experts that have no version in `locale`. */
  const entitiesMissingIn = async (source: SourceEntities, locale: string): Promise<MissingEntityInPlace[]> => {
    const missing: MissingEntityInPlace[] = [];
    for (const [kind, uid, list] of [
      ['tag', ENTITY_TAG_UID, source.tags ?? []],
      ['expert', EXPERT_UID, source.experts ?? []],
    ] as const) {
      const present = await rows.existingDocumentIds(
        uid,
        list.map((entity) => entity.documentId),
        locale,
      );
      for (const entity of list) {
        if (present.has(entity.documentId)) continue;
        const type = ('type' in entity && entity.type) || ('kind' in entity && entity.kind) || undefined;
        const quotes = (source.quotes ?? []).flatMap((quote, index) =>
          quote.expert?.documentId === entity.documentId ? [index] : [],
        );
        missing.push({
          kind,
          documentId: entity.documentId,
          name: entity.name,
          ...(type ? { type } : {}),
          quotes: kind === 'expert' ? quotes : [],
        });
      }
    }
    return missing;
  };

  const service = {
    entitiesMissingIn,

    /**
     * Brings the translation states of one article up to date after a write: the source's revision follows
     * its current text, a locale that appeared starts in line with it, a locale that is gone is forgotten.
     * Idempotent; called after every write to an article, whichever path made it.
     */
    async refresh(documentId: string): Promise<void> {
      // Two instances (or a read and a write) refreshing one article take turns: each reads the states
      // the other wrote, so no locale gets two.
      await inTranslationsTurn(documentId, async () => {
        const locales = await rows.documentLocales(ARTICLE_UID, documentId);
        await states.removeOtherThan(documentId, locales);
        if (locales.length === 0) {
          await revisions.keepOnly(documentId, []);
          return;
        }
        const known = await states.forDocument(documentId);
        const sourceLocale = sourceStateOf(known)?.articleLocale ?? (await rows.firstLocale(ARTICLE_UID, documentId));
        if (!sourceLocale) return;
        const source = await currentVersion(documentId, sourceLocale);
        if (!source) return;
        const revision = sourceRevision(source);
        // Recorded even when unchanged: an article written before revisions were recorded gets its text kept.
        await revisions.record(documentId, sourceLocale, revision, recordedContent(source));
        if (sourceStateOf(known)?.revision !== revision) {
          await states.save({
            articleDocumentId: documentId,
            articleLocale: sourceLocale,
            role: 'source',
            sourceLocale,
            revision,
            inLineAt: null,
          });
          // Kept: today's text, and the texts translations are in line with or would be put back in line with.
          const kept = known.flatMap((state) => (state.role === 'translation' ? [state.revision, state.undoRevision ?? ''] : []));
          await revisions.keepOnly(documentId, [...new Set([revision, ...kept.filter(Boolean)])]);
        }
        for (const locale of locales) {
          if (locale === sourceLocale || known.some((state) => state.articleLocale === locale)) continue;
          await states.save({
            articleDocumentId: documentId,
            articleLocale: locale,
            role: 'translation',
            sourceLocale,
            revision,
            inLineAt: new Date().toISOString(),
          });
        }
      });
    },

    /**
     * Tracks the articles written before translation tracking existed (their translations start in line),
     * and repairs those whose locales were removed behind the document service.
     */
    async backfill(): Promise<number> {
      await states.pruneOrphans();
      const untracked = await states.untrackedDocumentIds();
      for (const documentId of untracked) await service.refresh(documentId);
      return untracked.length;
    },

    /** Every site locale of one article with its status, or null when there is no such article. */
    async forArticle(documentId: string): Promise<ArticleTranslations | null> {
      const locales = await rows.documentLocales(ARTICLE_UID, documentId);
      if (locales.length === 0) return null;
      let known = await states.forDocument(documentId);
      if (!sourceStateOf(known)) {
        await service.refresh(documentId);
        known = await states.forDocument(documentId);
      }
      const source = sourceStateOf(known);
      if (!source) return null;
      const published = new Set((await rows.publishedLocales(ARTICLE_UID, documentId)).map((row) => row.locale));
      const siteLocales = await newsroomService(strapi, 'locales').list();
      return {
        documentId,
        sourceLocale: source.articleLocale,
        sourceRevision: source.revision,
        locales: siteLocales.map(({ code }): LocaleTranslation => {
          const state = known.find((entry) => entry.articleLocale === code);
          let status: TranslationStatus;
          if (code === source.articleLocale) status = 'source';
          else if (!locales.includes(code)) status = 'missing';
          else if (state && state.revision !== source.revision) status = 'outdated';
          else status = published.has(code) ? 'published' : 'draft';
          return {
            locale: code,
            status,
            revision: state?.revision ?? null,
            inLineAt: state?.inLineAt ? new Date(state.inLineAt).toISOString() : null,
            published: published.has(code),
          };
        }),
      };
    },

    /** Articles with their status in one locale, for the translators' list. */
    async list(query: {
      locale: string;
      status?: TranslationStatus;
      page: number;
      pageSize: number;
      /** The locales the viewer may read: a source's title in another locale is left out. */
      readable?: string[];
    }) {
      const { rows: found, total } = await states.page(query.locale, {
        status: query.status,
        offset: (query.page - 1) * query.pageSize,
        limit: query.pageSize,
      });
      const titles = await rows.titlesOf(found.map((row: LocaleStatusRow) => row.documentId));
      return {
        items: found.map((row) => {
          const mayReadSource = !query.readable || query.readable.includes(row.sourceLocale);
          const sourceTitle = mayReadSource ? (titles.get(`${row.documentId}:${row.sourceLocale}`) ?? '') : '';
          return {
            ...row,
            locale: query.locale,
            title: titles.get(`${row.documentId}:${query.locale}`) ?? sourceTitle,
            sourceTitle,
          };
        }),
        pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total },
      };
    },

    /**
     * Starts a translation: a draft in `locale` with the source's structure (sections, quote slots and
     * their experts, key figures' numbers, sources, tags and experts in their `locale` versions) and its
     * words left for the translator.
     */
    async start(documentId: string, locale: string): Promise<StartResult> {
      // Checked and written in one transaction: a translator creating the locale meanwhile is not overwritten.
      return strapi.db.transaction(() => service.startInTransaction(documentId, locale));
    },

    async startInTransaction(documentId: string, locale: string): Promise<StartResult> {
      const current = await service.forArticle(documentId);
      if (!current) return { kind: 'not-found' };
      if (current.sourceLocale === locale) return { kind: 'is-source' };
      if (current.locales.find((entry) => entry.locale === locale)?.status !== 'missing') return { kind: 'exists' };
      const source = await currentVersion(documentId, current.sourceLocale);
      if (!source) return { kind: 'not-found' };

      const missingEntities = await entitiesMissingIn(source, locale);
      const available = (list: { documentId: string }[] | undefined, kind: MissingEntity['kind']) =>
        (list ?? [])
          .map((entity) => entity.documentId)
          .filter((id) => !missingEntities.some((missing) => missing.kind === kind && missing.documentId === id));
      const experts = new Set(available(source.experts, 'expert'));
      const quoteExperts = await rows.existingDocumentIds(
        EXPERT_UID,
        (source.quotes ?? []).flatMap((quote) => (quote.expert ? [quote.expert.documentId] : [])),
        locale,
      );

      await articles().update({
        documentId,
        locale,
        data: {
          title: '',
          standfirst: '',
          byline: '',
          body: (source.body ?? []).map((block) => emptyText(block as unknown as InlineNode)),
          quotes: (source.quotes ?? []).map((quote) => ({
            text: '',
            kind: quote.kind ?? 'direct',
            expert: quote.expert && quoteExperts.has(quote.expert.documentId) ? quote.expert.documentId : null,
          })),
          keyFigures: (source.keyFigures ?? []).map((figure) => ({
            value: figure.value,
            qualifier: figure.qualifier ?? 'exact',
            unit: '',
            label: '',
            period: '',
          })),
          sources: (source.sources ?? []).map((entry) => ({ name: entry.name, url: entry.url })),
          tags: available(source.tags, 'tag'),
          // Media Topics are one vocabulary for every locale: the translation is classified like its source.
          subjects: (source.subjects ?? []).map((subject) => subject.documentId),
          experts: [...experts],
        } as never,
      });
      const translations = await service.forArticle(documentId);
      return translations ? { kind: 'started', translations, missingEntities } : { kind: 'not-found' };
    },

    /** Records that the translation in `locale` now says what the source says, remembering what that replaced. */
    async markInLine(documentId: string, locale: string): Promise<InLineResult> {
      return inTranslationsTurn(documentId, async () => {
        const current = await service.forArticle(documentId);
        if (!current) return 'not-found';
        if (current.sourceLocale === locale) return 'is-source';
        const before = current.locales.find((entry) => entry.locale === locale);
        if (!before || before.status === 'missing') return 'missing';
        await states.save({
          articleDocumentId: documentId,
          articleLocale: locale,
          role: 'translation',
          sourceLocale: current.sourceLocale,
          revision: current.sourceRevision,
          inLineAt: new Date().toISOString(),
          undoRevision: before.revision,
          undoInLineAt: before.inLineAt,
        });
        return (await service.forArticle(documentId)) ?? 'not-found';
      });
    },

    /** The locale an article is translated from (its first one, until its states are recorded). */
    async sourceLocaleOf(documentId: string): Promise<string | undefined> {
      return (
        sourceStateOf(await states.forDocument(documentId))?.articleLocale ??
        (await rows.firstLocale(ARTICLE_UID, documentId))
      );
    },

    /** Takes back the last "mark in line" of `locale`: its revision and date are the ones before it again. */
    async undoInLine(documentId: string, locale: string): Promise<InLineResult | 'nothing-to-undo'> {
      return inTranslationsTurn(documentId, async () => {
        const current = await service.forArticle(documentId);
        if (!current) return 'not-found';
        if (current.sourceLocale === locale) return 'is-source';
        if (current.locales.find((entry) => entry.locale === locale)?.status === 'missing') return 'missing';
        const state = (await states.forDocument(documentId)).find((entry) => entry.articleLocale === locale);
        if (!state?.undoRevision) return 'nothing-to-undo';
        await states.save({
          articleDocumentId: documentId,
          articleLocale: locale,
          role: 'translation',
          sourceLocale: state.sourceLocale,
          revision: state.undoRevision,
          inLineAt: state.undoInLineAt ? new Date(state.undoInLineAt).toISOString() : null,
          undoRevision: null,
          undoInLineAt: null,
        });
        return (await service.forArticle(documentId)) ?? 'not-found';
      });
    },

    /** The state of one locale of one article: its revision, and what an undo of its last mark would restore. */
    async stateOf(documentId: string, locale: string): Promise<TranslationState | undefined> {
      return (await states.forDocument(documentId)).find((entry) => entry.articleLocale === locale);
    },

    /** The version of the source a translator works from (what readers see), or null. */
    source: currentVersion,

    /** The source's text as recorded at `revision`, or null when it was not. */
    recordedSource: (documentId: string, revision: string) => revisions.find(documentId, revision),

    recordedContent,

    /** The tags and experts of an article's source, and which of its quotes each expert said: one read. */
    sourceEntities: (documentId: string, sourceLocale: string) =>
      readSourceVersion<SourceEntities>(strapi, documentId, sourceLocale, {
        select: ['id'],
        populate: {
          tags: { select: ['documentId', 'name', 'type'] },
          experts: { select: ['documentId', 'name', 'kind'] },
          quotes: { populate: { expert: { select: ['documentId'] } } },
        },
      }),

    /** The source's tags and experts the translation in `locale` cannot carry yet; null when there is no article. */
    async missingEntitiesOf(
      documentId: string,
      locale: string,
    ): Promise<{ sourceLocale: string; missing: MissingEntityInPlace[] } | null> {
      const sourceLocale = await service.sourceLocaleOf(documentId);
      if (!sourceLocale) return null;
      if (sourceLocale === locale) return { sourceLocale, missing: [] };
      const source = await service.sourceEntities(documentId, sourceLocale);
      return source ? { sourceLocale, missing: await entitiesMissingIn(source, locale) } : null;
    },

    /**
     * Refuses to publish a translation while tags or experts of its source have no name in its locale:
     * a reader of the English page must not meet an Arabic-only tag.
     */
    async assertPublishable(documentId: string, locale: string): Promise<void> {
      const found = await service.missingEntitiesOf(documentId, locale);
      if (!found || found.missing.length === 0) return;
      const { sourceLocale, missing } = found;
      const names = missing.map((entity) => `${entity.kind} "${entity.name}"`).join(', ');
      const message = `cannot publish in "${locale}": ${names} of the ${sourceLocale} source ${missing.length === 1 ? 'has' : 'have'} no "${locale}" version yet`;
      throw new errors.ValidationError(message, {
        errors: missing.map((entity) => ({
          path: [entity.kind === 'tag' ? 'tags' : 'experts'],
          message: `${entity.kind} "${entity.name}" (${entity.documentId}) has no "${locale}" version`,
          name: 'ValidationError',
        })),
      });
    },

    /** Tags and experts without a version in `locale`: what must be named before articles can follow. */
    async entitiesWithoutLocale(locale: string): Promise<MissingEntity[]> {
      const missing: MissingEntity[] = [];
      for (const [kind, uid] of [
        ['tag', ENTITY_TAG_UID],
        ['expert', EXPERT_UID],
      ] as const) {
        for (const entity of await rows.documentsWithoutLocale(uid, locale)) missing.push({ kind, ...entity });
      }
      return missing;
    },
  };
  return service;
};

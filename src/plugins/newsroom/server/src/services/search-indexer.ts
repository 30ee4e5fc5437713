import type { Core } from '@strapi/strapi';
import { documentTag, listTag } from '../cache/keys';
import { ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID, type NewsroomContentTypeUid } from '../constants';
import { createDocumentRowsRepository } from '../repositories/document-rows';
import { createSearchIndexRepository, type SearchEntry, type SearchKind } from '../repositories/search-index';
import { indexTerms } from '../text';
import { blocksToPlainText, type Block } from '../utils/blocks';
import { newsroomService } from '../utils/services';

export const SEARCH_KIND: Readonly<Record<NewsroomContentTypeUid, SearchKind>> = {
  [ARTICLE_UID]: 'article',
  [EXPERT_UID]: 'expert',
  [ENTITY_TAG_UID]: 'tag',
};

const UID_OF_KIND: Readonly<Record<SearchKind, NewsroomContentTypeUid>> = {
  article: ARTICLE_UID,
  expert: EXPERT_UID,
  tag: ENTITY_TAG_UID,
};

interface EntityRow {
  locale: string;
  updatedAt: Date | string;
  name: string;
  aliases?: unknown;
  jobTitle?: string | null;
  affiliation?: string | null;
  description?: string | null;
}

/**
 * An entry's version is when what it was made from last changed: the published article's updatedAt, or the
 * latest of an expert's or tag's locales (each entry holds the names of all of them). A restore or an import
 * writes rows behind the document service, with their own updatedAt: the versions then differ.
 */
const versionOf = (...updatedAt: (Date | string)[]): string =>
  new Date(Math.max(...updatedAt.map((value) => new Date(value).getTime()))).toISOString();

const SEPARATOR = '\u0000';
const key = (...parts: string[]): string => parts.join(SEPARATOR);

interface VersionRow {
  documentId: string;
  locale: string;
  updatedAt: Date | string;
}

const joined = (...parts: (string | null | undefined)[]): string => parts.filter(Boolean).join('\n');

const aliasesOf = (row: EntityRow): string[] =>
  Array.isArray(row.aliases) ? row.aliases.filter((alias): alias is string => typeof alias === 'string') : [];

/**
 * Keeps the search index in step with the content, on every write (see document-middlewares/search-index):
 * published articles only, in each locale they are published in; experts and tags in every locale, found
 * also by their names in the other locales, so that "Taliban" finds the Arabic tag طالبان.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const index = createSearchIndexRepository(strapi);
  const rows = createDocumentRowsRepository(strapi);

  const entry = (
    kind: SearchKind,
    documentId: string,
    locale: string,
    { title, titleTerms, text, version }: { title: string; titleTerms: string; text: string; version: string },
  ): SearchEntry => ({
    kind,
    documentId,
    locale,
    title,
    text,
    titleTerms: indexTerms(titleTerms),
    textTerms: indexTerms(text),
    version,
  });

  const reindexArticle = async (documentId: string) => {
    for (const locale of await rows.documentLocales(ARTICLE_UID, documentId)) {
      const article = await strapi.documents(ARTICLE_UID).findOne({
        documentId,
        locale,
        status: 'published',
        fields: ['title', 'standfirst', 'body', 'updatedAt'],
        populate: { quotes: { fields: ['text'] } },
      });
      const text = article
        ? joined(
            article.standfirst,
            blocksToPlainText((article.body ?? []) as Block[]),
            ...((article.quotes ?? []) as { text: string }[]).map((quote) => quote.text),
          )
        : '';
      await index.put(
        'article',
        documentId,
        locale,
        article
          ? entry('article', documentId, locale, {
              title: article.title ?? '',
              titleTerms: article.title ?? '',
              text,
              version: versionOf(article.updatedAt as Date | string),
            })
          : null,
      );
    }
  };

  const reindexEntity = async (uid: typeof EXPERT_UID | typeof ENTITY_TAG_UID, documentId: string) => {
    const kind = SEARCH_KIND[uid];
    const all: EntityRow[] = await strapi.db.query(uid).findMany({ where: { documentId } });
    const everyName = all.flatMap((row) => [row.name, ...aliasesOf(row)]).join('\n');
    const version = all.length > 0 ? versionOf(...all.map((row) => row.updatedAt)) : '';
    for (const row of all) {
      const text = joined(...aliasesOf(row), row.jobTitle, row.affiliation, row.description);
      await index.put(
        kind,
        documentId,
        row.locale,
        entry(kind, documentId, row.locale, { title: row.name, titleTerms: everyName, text, version }),
      );
    }
  };

  /** The version every entry should have, by kind, documentId and locale. */
  const expectedVersions = async (): Promise<Map<string, string>> => {
    const expected = new Map<string, string>();
    const select = ['documentId', 'locale', 'updatedAt'];
    const articles: VersionRow[] = await strapi.db
      .query(ARTICLE_UID)
      .findMany({ select, where: { publishedAt: { $notNull: true } } });
    for (const row of articles) expected.set(key('article', row.documentId, row.locale), versionOf(row.updatedAt));
    for (const uid of [EXPERT_UID, ENTITY_TAG_UID] as const) {
      const entities: VersionRow[] = await strapi.db.query(uid).findMany({ select });
      const byDocument = new Map<string, VersionRow[]>();
      for (const row of entities) byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row]);
      for (const [documentId, locales] of byDocument) {
        const version = versionOf(...locales.map((row) => row.updatedAt));
        for (const row of locales) expected.set(key(SEARCH_KIND[uid], documentId, row.locale), version);
      }
    }
    return expected;
  };

  /** Brings the index in line with one document, whatever happened to it (a deleted one leaves it). */
  const reindex = async (uid: NewsroomContentTypeUid, documentId: string): Promise<void> => {
    await index.removeDocument(SEARCH_KIND[uid], documentId);
    if (uid === ARTICLE_UID) await reindexArticle(documentId);
    else await reindexEntity(uid, documentId);
  };

  return {
    reindex,

    async ensureSchema(): Promise<void> {
      await index.ensureSchema();
    },

    /** Rebuilds the whole index from the content: `npm run search:reindex`. */
    async rebuild(): Promise<number> {
      await index.clear();
      let documents = 0;
      for (const uid of [ARTICLE_UID, EXPERT_UID, ENTITY_TAG_UID] as const) {
        const ids: { documentId: string }[] = await strapi.db.query(uid).findMany({ select: ['documentId'] });
        for (const documentId of new Set(ids.map((row) => row.documentId))) {
          await reindex(uid, documentId);
          documents += 1;
        }
      }
      return documents;
    },

    /**
     * Re-indexes every document whose entries differ from the content (missing, left over, or of another
     * version), at each start: the content may have been written behind the document service since (an empty
     * index, `strapi import`, a database restore). Reads keys and timestamps, not texts.
     */
    async repair(): Promise<number> {
      const expected = await expectedVersions();
      const indexed = await index.versions();
      const stale = new Set<string>();
      for (const entry of indexed) {
        const entryKey = key(entry.kind, entry.documentId, entry.locale);
        if (expected.get(entryKey) !== entry.version) stale.add(key(entry.kind, entry.documentId));
        expected.delete(entryKey);
      }
      // What is left was never indexed.
      for (const entryKey of expected.keys()) stale.add(entryKey.split(SEPARATOR, 2).join(SEPARATOR));
      const purged = new Set<string>();
      for (const document of stale) {
        const [kind, documentId] = document.split(SEPARATOR) as [SearchKind, string];
        await reindex(UID_OF_KIND[kind], documentId);
        purged.add(documentTag(documentId)).add(listTag(UID_OF_KIND[kind]));
      }
      // What was written behind the document service (a restore) may also sit in the response cache.
      await newsroomService(strapi, 'responseCache').purgeAfterWrite([...purged]);
      return stale.size;
    },
  };
};

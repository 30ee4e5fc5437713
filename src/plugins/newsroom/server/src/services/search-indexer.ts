import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID, type NewsroomContentTypeUid } from '../constants';
import { createDocumentRowsRepository } from '../repositories/document-rows';
import { createSearchIndexRepository, type SearchEntry, type SearchKind } from '../repositories/search-index';
import { indexTerms } from '../text';
import { blocksToPlainText, type Block } from '../utils/blocks';

export const SEARCH_KIND: Readonly<Record<NewsroomContentTypeUid, SearchKind>> = {
  [ARTICLE_UID]: 'article',
  [EXPERT_UID]: 'expert',
  [ENTITY_TAG_UID]: 'tag',
};

interface EntityRow {
  locale: string;
  name: string;
  aliases?: unknown;
  jobTitle?: string | null;
  affiliation?: string | null;
  description?: string | null;
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
    { title, titleTerms, text }: { title: string; titleTerms: string; text: string }
  ): SearchEntry => ({ kind, documentId, locale, title, text, titleTerms: indexTerms(titleTerms), textTerms: indexTerms(text) });

  const reindexArticle = async (documentId: string) => {
    for (const locale of await rows.documentLocales(ARTICLE_UID, documentId)) {
      const article = await strapi.documents(ARTICLE_UID).findOne({
        documentId,
        locale,
        status: 'published',
        fields: ['title', 'standfirst', 'body'],
        populate: { quotes: { fields: ['text'] } },
      });
      const text = article
        ? joined(
            article.standfirst,
            blocksToPlainText((article.body ?? []) as Block[]),
            ...((article.quotes ?? []) as { text: string }[]).map((quote) => quote.text)
          )
        : '';
      await index.put(
        'article',
        documentId,
        locale,
        article ? entry('article', documentId, locale, { title: article.title ?? '', titleTerms: article.title ?? '', text }) : null
      );
    }
  };

  const reindexEntity = async (uid: typeof EXPERT_UID | typeof ENTITY_TAG_UID, documentId: string) => {
    const kind = SEARCH_KIND[uid];
    const all: EntityRow[] = await strapi.db.query(uid).findMany({ where: { documentId } });
    const everyName = all.flatMap((row) => [row.name, ...aliasesOf(row)]).join('\n');
    for (const row of all) {
      const text = joined(...aliasesOf(row), row.jobTitle, row.affiliation, row.description);
      await index.put(kind, documentId, row.locale, entry(kind, documentId, row.locale, { title: row.name, titleTerms: everyName, text }));
    }
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

    /** Rebuilds the whole index from the content: `npm run search:reindex`, and a first start. */
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

    isEmpty: () => index.isEmpty(),
  };
};

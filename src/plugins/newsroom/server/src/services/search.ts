import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID } from '../constants';
import { createSearchIndexRepository, type SearchHit, type SearchKind } from '../repositories/search-index';
import { highlight, queryTerms } from '../text';
import type { Pagination, PaginationMeta } from './article-cards';

export interface SearchQuery extends Pagination {
  q: string;
  locale: string;
  types: SearchKind[];
}

export interface SearchResult {
  kind: SearchKind;
  documentId: string;
  locale: string;
  title: string;
  slug: string | null;
  /** HTML: a passage as written, escaped, with the matching words in <mark>. */
  snippet: string;
  score: number;
  /** Card fields of the entry: an article's standfirst and date, a tag's type, an expert's job. */
  [field: string]: unknown;
}

// What each kind of result shows besides its title, read in one query per kind for a whole page.
const CARD_FIELDS = {
  article: { uid: ARTICLE_UID, fields: ['slug', 'standfirst', 'firstPublishedAt', 'readingTimeMinutes'] },
  expert: { uid: EXPERT_UID, fields: ['slug', 'jobTitle', 'affiliation', 'kind'] },
  tag: { uid: ENTITY_TAG_UID, fields: ['slug', 'type', 'wikidataId'] },
} as const;

/** Search over published articles, experts and tags, the way Arabic readers spell (see text/search-terms). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const index = createSearchIndexRepository(strapi);

  const cardsOf = async (kind: SearchKind, hits: SearchHit[], locale: string) => {
    const ids = hits.filter((hit) => hit.kind === kind).map((hit) => hit.documentId);
    if (ids.length === 0) return new Map<string, Record<string, unknown>>();
    const { uid, fields } = CARD_FIELDS[kind];
    const rows: Record<string, unknown>[] = await strapi.db.query(uid).findMany({
      select: ['documentId', ...fields],
      where: { documentId: { $in: ids }, locale, ...(kind === 'article' ? { publishedAt: { $notNull: true } } : {}) },
    });
    return new Map(rows.map((row) => [row.documentId as string, row]));
  };

  return {
    async search({ q, locale, types, page, pageSize }: SearchQuery): Promise<{ results: SearchResult[]; pagination: PaginationMeta }> {
      const terms = queryTerms(q);
      const { hits, total } = await index.search(terms, {
        locale,
        kinds: types,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      const cards = new Map<SearchKind, Map<string, Record<string, unknown>>>();
      for (const kind of types) cards.set(kind, await cardsOf(kind, hits, locale));
      const results = hits.map((hit) => {
        const card = { ...cards.get(hit.kind)?.get(hit.documentId) };
        delete card.documentId;
        return {
          kind: hit.kind,
          documentId: hit.documentId,
          locale: hit.locale,
          title: hit.title,
          slug: null,
          ...card,
          snippet: highlight(hit.text || hit.title, terms),
          score: hit.score,
        };
      });
      return { results, pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } };
    },
  };
};

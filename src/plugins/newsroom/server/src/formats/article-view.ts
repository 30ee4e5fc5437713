import type { TagType } from '../constants';
import { iptcGenre, isGenre, type Genre } from '../vocabularies/genres';
import { mediaTopicUri, topicName } from '../vocabularies/media-topics';
import type { Block } from '../utils/blocks';

/** What the standard outputs read of an article: the shape ARTICLE_PAGE_POPULATE and the card query give. */

export interface ExpertView {
  documentId: string;
  name: string;
  slug: string | null;
  jobTitle?: string | null;
  affiliation?: string | null;
  kind: 'analyst' | 'official' | 'journalist' | 'outlet';
  wikidataId?: string | null;
  locale: string;
}

export interface TagView {
  documentId: string;
  name: string;
  slug: string | null;
  type: TagType;
  wikidataId?: string | null;
  locale: string;
}

export interface ArticleView {
  documentId: string;
  locale: string;
  title: string;
  slug: string | null;
  standfirst?: string | null;
  byline?: string | null;
  body?: Block[] | null;
  wordCount?: number | null;
  readingTimeMinutes?: number | null;
  quotes?: { text: string; kind: 'direct' | 'paraphrase'; expert?: ExpertView | null }[] | null;
  sources?: { name: string; url?: string | null }[] | null;
  tags?: TagView[] | null;
  experts?: ExpertView[] | null;
  createdAt?: string | null;
  updatedAt?: string | null;
  publishedAt?: string | null;
  firstPublishedAt?: string | null;
  genre?: string | null;
  /** IPTC Media Topics the article is classified under. */
  subjects?: { code: string; names?: unknown }[] | null;
  /** The public log of corrections and clarifications in this locale, oldest first. */
  corrections?: CorrectionView[] | null;
}

export interface CorrectionView {
  kind: 'correction' | 'clarification';
  text: string;
  issuedAt: string;
  amendedAt?: string | null;
}

/** Another locale of the same article, as the outputs link to it. */
export interface TranslationRef {
  locale: string;
  slug: string | null;
}

/** Where this locale stands among the article's locales: the one it was written in, and the others. */
export interface TranslationContext {
  sourceLocale: string;
  alternates: TranslationRef[];
}

export const publicationDate = (article: ArticleView): string | undefined =>
  article.firstPublishedAt ?? article.publishedAt ?? undefined;

/** When this version last changed: its publication, or a later correction (which readers must be told of). */
export const versionDate = (article: ArticleView): string | undefined => {
  const dates = [
    article.publishedAt ?? article.updatedAt,
    ...(article.corrections ?? []).map((correction) => correction.amendedAt ?? correction.issuedAt),
  ].filter((date): date is string => typeof date === 'string');
  if (dates.length === 0) return undefined;
  return dates.reduce((latest, date) => (Date.parse(date) > Date.parse(latest) ? date : latest));
};

/** The article's genre; one written before genres existed is news. */
export const genreOf = (article: ArticleView): Genre => (isGenre(article.genre) ? article.genre : 'news');

export const genreConcept = (article: ArticleView) => iptcGenre(genreOf(article));

/** The article's Media Topics, named in its locale, with their IPTC URIs. */
export const subjectConcepts = (article: ArticleView): { code: string; name: string; uri: string }[] =>
  (article.subjects ?? []).map((subject) => ({
    code: subject.code,
    name: topicName(subject.names, article.locale, subject.code),
    uri: mediaTopicUri(subject.code),
  }));

import type { TagType } from '../constants';
import { iptcGenre, isGenre, type Genre } from '../vocabularies/genres';
import { mediaTopicUri, topicName } from '../vocabularies/media-topics';
import type { SiteConfig, SiteLinks } from './site-links';
import type { Block } from '../utils/blocks';

/** What the standard outputs read of an article: the shape of services/populate's article page and card. */

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
  leadImage?: ImageView | null;
  leadImageCaption?: string | null;
  leadImageAlt?: string | null;
  leadImageCredit?: string | null;
  leadImageCopyrightHolder?: string | null;
  /** IPTC Media Topics the article is classified under. */
  subjects?: { code: string; names?: unknown }[] | null;
  /** The public log of corrections and clarifications in this locale, oldest first. */
  corrections?: CorrectionView[] | null;
}

export interface ImageFormat {
  url: string;
  width?: number | null;
  height?: number | null;
  mime?: string | null;
  /** Kilobytes, as Strapi's upload plugin stores them. */
  size?: number | null;
}

export interface ImageView extends ImageFormat {
  name?: string | null;
  /** Strapi's responsive renditions (thumbnail, small, medium, large), by name. */
  formats?: Record<string, ImageFormat> | null;
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

/** What every standard output is built with besides the article. */
export interface FormatContext {
  site: SiteConfig;
  links: SiteLinks;
  translations: TranslationContext;
  /** The API's public address, where uploaded media are served. */
  apiBase: string;
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

/** An uploaded file's address for readers elsewhere: the local provider stores it relative to the API host. */
export const absoluteMediaUrl = (url: string, apiBase: string): string => (/^https?:\/\//.test(url) ? url : `${apiBase}${url}`);

export interface LeadImage {
  url: string;
  width?: number;
  height?: number;
  mime?: string;
  bytes?: number;
  caption?: string;
  alt?: string;
  credit?: string;
  copyrightHolder?: string;
  renditions: { name: string; url: string; width?: number; height?: number; mime?: string; bytes?: number }[];
}

const bytesOf = (kilobytes?: number | null): number | undefined =>
  typeof kilobytes === 'number' ? Math.round(kilobytes * 1024) : undefined;

/** The lead image as every output describes it: absolute addresses, the original first, then each format. */
export const leadImageOf = (article: ArticleView, apiBase: string): LeadImage | undefined => {
  const image = article.leadImage;
  if (!image?.url) return undefined;
  const rendition = (name: string, format: ImageFormat) => ({
    name,
    url: absoluteMediaUrl(format.url, apiBase),
    ...(format.width ? { width: format.width } : {}),
    ...(format.height ? { height: format.height } : {}),
    ...(format.mime ? { mime: format.mime } : {}),
    ...(bytesOf(format.size) ? { bytes: bytesOf(format.size) } : {}),
  });
  const original = rendition('original', image);
  return {
    ...original,
    ...(article.leadImageCaption ? { caption: article.leadImageCaption } : {}),
    ...(article.leadImageAlt ? { alt: article.leadImageAlt } : {}),
    ...(article.leadImageCredit ? { credit: article.leadImageCredit } : {}),
    ...(article.leadImageCopyrightHolder ? { copyrightHolder: article.leadImageCopyrightHolder } : {}),
    renditions: [original, ...Object.entries(image.formats ?? {}).map(([name, format]) => rendition(name, format))],
  };
};

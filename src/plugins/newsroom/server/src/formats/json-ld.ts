import type { AnalysisNewsArticle, Organization, Person, Quotation, Thing } from 'schema-dts';
import type { TagType } from '../constants';
import { mentionsName } from '../text';
import { SCHEMA_ORG_TYPE, type SchemaOrgArticleType } from '../vocabularies/genres';
import {
  genreConcept,
  genreOf,
  publicationDate,
  subjectConcepts,
  versionDate,
  type ArticleView,
  type ExpertView,
  type TagView,
  leadImageOf,
  type FormatContext,
} from './article-view';
import { wikidataUrl, type SiteLinks } from './site-links';
import { isSafeUrl } from '../utils/safe-url';

const SCHEMA_TYPE: Readonly<Record<TagType, 'Person' | 'Organization' | 'Country' | 'Place' | 'Event' | 'Thing'>> = {
  person: 'Person',
  organisation: 'Organization',
  group: 'Organization',
  country: 'Country',
  place: 'Place',
  event: 'Event',
  topic: 'Thing',
};

const sameAs = (wikidataId?: string | null) => (wikidataId ? { sameAs: wikidataUrl(wikidataId) } : {});

const tagNode = (tag: TagView, links: SiteLinks): Thing => ({
  '@type': SCHEMA_TYPE[tag.type],
  name: tag.name,
  ...(tag.slug ? { url: links.tag(tag.locale, tag.slug) } : {}),
  ...sameAs(tag.wikidataId),
});

const expertNode = (expert: ExpertView, links: SiteLinks): Person | Organization => {
  const url = expert.slug ? { url: links.expert(expert.locale, expert.slug) } : {};
  if (expert.kind === 'outlet') return { '@type': 'Organization', name: expert.name, ...url, ...sameAs(expert.wikidataId) };
  return {
    '@type': 'Person',
    name: expert.name,
    ...(expert.jobTitle ? { jobTitle: expert.jobTitle } : {}),
    ...(expert.affiliation ? { affiliation: { '@type': 'Organization', name: expert.affiliation } } : {}),
    ...url,
    ...sameAs(expert.wikidataId),
  };
};

// Every genre's schema.org type is a NewsArticle with the same properties: the node is checked as one of
// them, then takes its genre's type.
type ArticleNode = Omit<AnalysisNewsArticle, '@type'> & { '@type': SchemaOrgArticleType };

const translationRef = (locale: string, slug: string | null, links: SiteLinks, type: SchemaOrgArticleType): ArticleNode => ({
  '@type': type,
  inLanguage: locale,
  ...(slug ? { '@id': `${links.article(locale, slug)}#article`, url: links.article(locale, slug) } : {}),
});

/**
 * A schema.org news article of its genre's type (AnalysisNewsArticle for an analysis), with the IPTC genre
 * as `genre` and its IPTC Media Topics first in `about` (each `sameAs` its IPTC URI). Tags the headline names are what the piece is `about`; the other tags
 * are `mentions`. The locale the article was written in carries `workTranslation`, a translation carries
 * `translationOfWork`.
 */
export const articleJsonLd = (
  article: ArticleView,
  { site, links, translations, apiBase }: FormatContext
): ArticleNode & { '@context': 'https://schema.org' } => {
  const type = SCHEMA_ORG_TYPE[genreOf(article)];
  const genre = genreConcept(article);
  const image = leadImageOf(article, apiBase);
  const subjects: Thing[] = subjectConcepts(article).map((subject) => ({ '@type': 'Thing', name: subject.name, sameAs: subject.uri }));
  const url = article.slug ? links.article(article.locale, article.slug) : undefined;
  const publisher: Organization = { '@type': 'NewsMediaOrganization', name: site.name, url: site.url };
  const tags = article.tags ?? [];
  const about = tags.filter((tag) => mentionsName(article.title, tag.name));
  const mentions = tags.filter((tag) => !about.includes(tag));
  // schema.org attributes a quotation with spokenByCharacter; creator says the same to readers of CreativeWork.
  const quotations: Quotation[] = (article.quotes ?? []).map((quote) => {
    const speaker = quote.expert ? expertNode(quote.expert, links) : undefined;
    return { '@type': 'Quotation', text: quote.text, ...(speaker ? { spokenByCharacter: speaker, creator: speaker } : {}) };
  });
  const isSource = article.locale === translations.sourceLocale;
  const source = translations.alternates.find((alternate) => alternate.locale === translations.sourceLocale);

  return {
    '@context': 'https://schema.org',
    '@type': type,
    ...(url ? { '@id': `${url}#article`, url, mainEntityOfPage: url } : {}),
    headline: article.title,
    ...(article.standfirst ? { description: article.standfirst } : {}),
    inLanguage: article.locale,
    ...(publicationDate(article) ? { datePublished: publicationDate(article) } : {}),
    ...(versionDate(article) ? { dateModified: versionDate(article) } : {}),
    author: article.byline ? { '@type': 'Person', name: article.byline } : publisher,
    ...(image
      ? {
          // Google's article markup expects an image; the credit and copyright holder are what IPTC and Google read.
          image: {
            '@type': 'ImageObject' as const,
            url: image.url,
            contentUrl: image.url,
            ...(image.width ? { width: `${image.width}` } : {}),
            ...(image.height ? { height: `${image.height}` } : {}),
            ...(image.caption ? { caption: image.caption } : {}),
            ...(image.alt ? { description: image.alt } : {}),
            ...(image.credit ? { creditText: image.credit } : {}),
            ...(image.copyrightHolder ? { copyrightHolder: { '@type': 'Organization' as const, name: image.copyrightHolder } } : {}),
          },
        }
      : {}),
    publisher,
    isAccessibleForFree: true,
    ...(article.wordCount ? { wordCount: article.wordCount } : {}),
    ...(article.readingTimeMinutes ? { timeRequired: `PT${article.readingTimeMinutes}M` } : {}),
    genre: genre.uri,
    ...(about.length + subjects.length > 0 ? { about: [...subjects, ...about.map((tag) => tagNode(tag, links))] } : {}),
    ...(mentions.length > 0 ? { mentions: mentions.map((tag) => tagNode(tag, links)) } : {}),
    ...(article.sources?.length
      ? {
          citation: article.sources.map((cited) => ({
            '@type': 'CreativeWork' as const,
            name: cited.name,
            // Stored before validation refused them, or written in the admin: only a URL with a host is cited.
            ...(isSafeUrl(cited.url, 'absolute') ? { url: cited.url } : {}),
          })),
        }
      : {}),
    ...(quotations.length > 0 ? { hasPart: quotations } : {}),
    ...(article.corrections?.length
      ? {
          correction: article.corrections.map((entry) => ({
            '@type': 'CorrectionComment' as const,
            text: entry.text,
            datePublished: entry.issuedAt,
            ...(entry.amendedAt ? { dateModified: entry.amendedAt } : {}),
          })),
        }
      : {}),
    ...(isSource && translations.alternates.length > 0
      ? { workTranslation: translations.alternates.map((alternate) => translationRef(alternate.locale, alternate.slug, links, type)) }
      : {}),
    ...(!isSource && source ? { translationOfWork: translationRef(source.locale, source.slug, links, type) } : {}),
  };
};

/**
 * JSON that can sit inside <script type="application/ld+json"> as is: "<", ">" and "&" are escaped, so no
 * text can close the script element or open a comment, and U+2028/U+2029 cannot break older parsers.
 */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

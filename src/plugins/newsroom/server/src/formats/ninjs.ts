import type { TagType } from '../constants';
import { countWords, mentionsName } from '../text';
import { blocksToPlainText } from '../utils/blocks';
import {
  genreConcept,
  publicationDate,
  subjectConcepts,
  versionDate,
  type ArticleView,
  leadImageOf,
  type FormatContext,
  type TagView,
} from './article-view';
import { blocksToHtml } from './html';
import { wikidataEntityUri } from './site-links';
import { isSafeUrl } from '../utils/safe-url';

export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json#';

interface NinjsConcept {
  name: string;
  rel: 'about' | 'mentions';
  uri?: string;
  literal: string;
}

/** Where each kind of tag goes in ninjs: people, organisations, places, events, and subjects for the rest. */
const NINJS_GROUP: Readonly<Record<TagType, 'people' | 'organisations' | 'places' | 'events' | 'subjects'>> = {
  person: 'people',
  organisation: 'organisations',
  group: 'organisations',
  country: 'places',
  place: 'places',
  event: 'events',
  topic: 'subjects',
};

const concept = (tag: TagView, title: string): NinjsConcept => ({
  name: tag.name,
  rel: mentionsName(title, tag.name) ? 'about' : 'mentions',
  ...(tag.wikidataId ? { uri: wikidataEntityUri(tag.wikidataId) } : {}),
  literal: tag.slug ?? tag.name,
});

/** How another locale's item relates to this one: its translation, its original, or a fellow translation. */
const relationTo = (other: string, self: string, source: string): string => {
  if (self === source) return 'translation';
  return other === source ? 'translation-of' : 'sibling-translation';
};

/**
 * An IPTC ninjs 3.0 news item: one locale of an article. Its `uri` names the document and the locale, so
 * it survives slug changes; translations are associations to the other locales' items.
 */
export const articleNinjs = (
  article: ArticleView,
  { site, links, translations, apiBase }: FormatContext
) => {
  const blocks = article.body ?? [];
  const plain = blocksToPlainText(blocks);
  const counts = { charCount: [...plain].length, wordCount: article.wordCount ?? countWords(plain) };
  const groups: Record<string, NinjsConcept[]> = {};
  for (const tag of article.tags ?? []) {
    const group = NINJS_GROUP[tag.type];
    (groups[group] ??= []).push(concept(tag, article.title));
  }
  // IPTC Media Topics come first among the subjects: they are the classification; topic tags follow.
  const topics = subjectConcepts(article).map((subject) => ({ name: subject.name, rel: 'about' as const, uri: subject.uri, literal: subject.code }));
  if (topics.length > 0) groups.subjects = [...topics, ...(groups.subjects ?? [])];
  const genre = genreConcept(article);
  const image = leadImageOf(article, apiBase);
  // The lead image travels as an associated picture item with its renditions, as agencies send photos.
  const picture = image
    ? {
        name: 'leadImage',
        rel: 'leadImage',
        uri: `${links.itemUri(article.documentId, article.locale)}:lead-image`,
        type: 'picture' as const,
        ...(image.caption ? { descriptions: [{ role: 'caption', contentType: 'text/plain', value: image.caption }] } : {}),
        ...(image.alt ? { headlines: [{ role: 'alt', contentType: 'text/plain', value: image.alt }] } : {}),
        ...(image.credit ? { by: image.credit } : {}),
        ...(image.copyrightHolder ? { copyrightHolder: image.copyrightHolder } : {}),
        renditions: image.renditions.map((rendition) => ({
          name: rendition.name,
          href: rendition.url,
          ...(rendition.mime ? { contentType: rendition.mime } : {}),
          ...(rendition.width ? { width: rendition.width } : {}),
          ...(rendition.height ? { height: rendition.height } : {}),
          ...(rendition.bytes ? { sizeInBytes: rendition.bytes } : {}),
        })),
      }
    : undefined;
  const firstCreated = publicationDate(article);
  const versionCreated = versionDate(article);

  return {
    uri: links.itemUri(article.documentId, article.locale),
    standard: { name: 'ninjs', version: '3.0', schema: NINJS_SCHEMA_URI },
    type: 'text' as const,
    profile: 'analysis',
    representationType: 'full' as const,
    ...(firstCreated ? { firstCreated } : {}),
    ...(versionCreated ? { versionCreated } : {}),
    ...(article.createdAt ? { contentCreated: article.createdAt } : {}),
    // A draft (read with a token) is not for use yet.
    pubStatus: article.publishedAt ? ('usable' as const) : ('withheld' as const),
    language: article.locale,
    ...(article.slug ? { slugline: article.slug } : {}),
    headlines: [
      { role: 'main', contentType: 'text/plain', value: article.title },
      ...(article.standfirst ? [{ role: 'subheadline', contentType: 'text/plain', value: article.standfirst }] : []),
    ],
    ...(article.standfirst ? { descriptions: [{ role: 'summary', contentType: 'text/plain', value: article.standfirst }] } : {}),
    bodies: [
      { role: 'main', contentType: 'text/html', value: blocksToHtml(blocks, article.locale), ...counts },
      { role: 'main', contentType: 'text/plain', value: plain, ...counts },
    ],
    genres: [{ name: genre.name, uri: genre.uri }],
    by: article.byline || site.name,
    copyrightHolder: site.name,
    ...groups,
    ...(article.sources?.length
      ? {
          infoSources: article.sources.map((source) => ({
            name: source.name,
            role: 'source',
            ...(isSafeUrl(source.url, 'absolute') ? { uri: source.url } : {}),
          })),
        }
      : {}),
    ...(translations.alternates.length > 0 || picture
      ? {
          associations: [
            ...(picture ? [picture] : []),
            ...translations.alternates.map((alternate) => ({
            name: `translation-${alternate.locale}`,
            rel: relationTo(alternate.locale, article.locale, translations.sourceLocale),
            uri: links.itemUri(article.documentId, alternate.locale),
            type: 'text' as const,
            language: alternate.locale,
          })),
          ],
        }
      : {}),
    altIds: [
      { role: 'documentId', value: article.documentId },
      ...(article.slug ? [{ role: 'url', value: links.article(article.locale, article.slug) }] : []),
    ],
  };
};

import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { isRightToLeft } from '../text';
import { genreConcept, leadImageOf, publicationDate, subjectConcepts, versionDate, type ArticleView } from './article-view';
import { IPTC_GENRE_SCHEME } from '../vocabularies/genres';
import { MEDIA_TOPIC_SCHEME } from '../vocabularies/media-topics';
import { blocksToHtml, escapeHtml } from './html';
import type { SiteLinks } from './site-links';
import { xmlSafe } from './xml-safe';



export interface FeedInput {
  /** The feed's permanent identity (Atom <id>): a tag URI, not its address. */
  id: string;
  locale: string;
  title: string;
  description: string;
  /** Who publishes the feed: the Atom feed's author. */
  publisher: string;
  /** The page the feed mirrors (the site's front or a tag page). */
  htmlUrl: string;
  /** The feed's own address, for rel="self". */
  selfUrl: string;
  /** The feed for the same selection in the other format, for rel="alternate". */
  alternateFeedUrl: string;
  items: ArticleView[];
  links: SiteLinks;
  /** The API's public address, where uploaded media are served. */
  apiBase: string;
}

const itemUrl = (item: ArticleView, links: SiteLinks) => (item.slug ? links.article(item.locale, item.slug) : undefined);

const newest = (items: ArticleView[]): string => {
  const times = items.map((item) => Date.parse(versionDate(item) ?? '')).filter((time) => !Number.isNaN(time));
  return new Date(times.length > 0 ? Math.max(...times) : 0).toISOString();
};

const rfc822 = (iso: string): string => new Date(iso).toUTCString();

// The log follows the text it corrects, as on the article's page; feed readers show it with the item.
const correctionsHtml = (item: ArticleView): string =>
  item.corrections && item.corrections.length > 0
    ? blocksToHtml(
        item.corrections.map((entry) => ({ type: 'paragraph', children: [{ type: 'text', text: `${entry.issuedAt.slice(0, 10)}: ${entry.text}` }] })),
        item.locale
      )
    : '';

const bodyHtml = (item: ArticleView): string | undefined =>
  item.body && item.body.length > 0 ? xmlSafe(blocksToHtml(item.body, item.locale) + correctionsHtml(item)) : undefined;

/**
 * RSS 2.0. A right-to-left feed says so the ways readers look for it: `<language>` and, in the full text
 * (`content:encoded`), HTML with `dir="rtl"`. xmlbuilder2 escapes every text node; xmlSafe drops what XML
 * cannot carry at all.
 */
export const rssFeed = (feed: FeedInput): string => {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('rss', {
    version: '2.0',
    'xmlns:atom': 'http://www.w3.org/2005/Atom',
    'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
    'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  });
  const channel = root.ele('channel');
  channel.ele('title').txt(xmlSafe(feed.title));
  channel.ele('link').txt(feed.htmlUrl);
  channel.ele('description').txt(xmlSafe(feed.description));
  channel.ele('language').txt(feed.locale);
  channel.ele('lastBuildDate').txt(rfc822(newest(feed.items)));
  channel.ele('atom:link', { href: feed.selfUrl, rel: 'self', type: 'application/rss+xml' });
  channel.ele('atom:link', { href: feed.alternateFeedUrl, rel: 'alternate', type: 'application/atom+xml' });
  for (const item of feed.items) {
    const entry = channel.ele('item');
    const url = itemUrl(item, feed.links);
    entry.ele('title').txt(xmlSafe(item.title));
    if (url) entry.ele('link').txt(url);
    entry.ele('guid', { isPermaLink: 'false' }).txt(feed.links.itemUri(item.documentId, item.locale));
    const published = publicationDate(item);
    if (published) entry.ele('pubDate').txt(rfc822(published));
    // RSS 2.0's description is HTML: the standfirst is text, so it is escaped as HTML before XML escapes it.
    if (item.standfirst) entry.ele('description').txt(xmlSafe(escapeHtml(item.standfirst)));
    const html = bodyHtml(item);
    if (html) entry.ele('content:encoded').txt(html);
    if (item.byline) entry.ele('dc:creator').txt(xmlSafe(item.byline));
    const image = leadImageOf(item, feed.apiBase);
    if (image) entry.ele('enclosure', { url: image.url, length: String(image.bytes ?? 0), type: image.mime ?? 'image/jpeg' });
    entry.ele('category', { domain: IPTC_GENRE_SCHEME }).txt(genreConcept(item).name);
    for (const subject of subjectConcepts(item)) entry.ele('category', { domain: MEDIA_TOPIC_SCHEME }).txt(xmlSafe(subject.name));
    for (const tag of item.tags ?? []) entry.ele('category', { domain: tag.type }).txt(xmlSafe(tag.name));
  }
  return root.end({ prettyPrint: false });
};

const xhtmlDiv = (parent: XMLBuilder, locale: string, text: string) =>
  parent
    .ele('http://www.w3.org/1999/xhtml', 'div', { dir: isRightToLeft(locale) ? 'rtl' : 'ltr' })
    .txt(xmlSafe(text));

/** Atom 1.0, with `xml:lang` on the feed and the direction carried by the XHTML of each summary. */
export const atomFeed = (feed: FeedInput): string => {
  const ns = 'http://www.w3.org/2005/Atom';
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(ns, 'feed', { 'xml:lang': feed.locale });
  root.ele('id').txt(feed.id);
  root.ele('title').txt(xmlSafe(feed.title));
  root.ele('subtitle').txt(xmlSafe(feed.description));
  root.ele('updated').txt(newest(feed.items));
  root.ele('link', { rel: 'self', type: 'application/atom+xml', href: feed.selfUrl });
  root.ele('link', { rel: 'alternate', type: 'text/html', href: feed.htmlUrl });
  root.ele('link', { rel: 'alternate', type: 'application/rss+xml', href: feed.alternateFeedUrl });
  root.ele('author').ele('name').txt(xmlSafe(feed.publisher));
  for (const item of feed.items) {
    const entry = root.ele('entry', { 'xml:lang': item.locale });
    const url = itemUrl(item, feed.links);
    entry.ele('id').txt(feed.links.itemUri(item.documentId, item.locale));
    entry.ele('title', { type: 'text' }).txt(xmlSafe(item.title));
    if (url) entry.ele('link', { rel: 'alternate', type: 'text/html', href: url });
    const image = leadImageOf(item, feed.apiBase);
    if (image) {
      entry.ele('link', { rel: 'enclosure', href: image.url, type: image.mime ?? 'image/jpeg', ...(image.bytes ? { length: String(image.bytes) } : {}) });
    }
    const published = publicationDate(item);
    if (published) entry.ele('published').txt(new Date(published).toISOString());
    entry.ele('updated').txt(new Date(versionDate(item) ?? published ?? 0).toISOString());
    if (item.byline) entry.ele('author').ele('name').txt(xmlSafe(item.byline));
    if (item.standfirst) xhtmlDiv(entry.ele('summary', { type: 'xhtml' }), item.locale, item.standfirst);
    const html = bodyHtml(item);
    if (html) entry.ele('content', { type: 'html' }).txt(html);
    const genre = genreConcept(item);
    entry.ele('category', { term: genre.qcode, scheme: IPTC_GENRE_SCHEME, label: genre.name });
    for (const subject of subjectConcepts(item)) {
      entry.ele('category', { term: subject.code, scheme: MEDIA_TOPIC_SCHEME, label: xmlSafe(subject.name) });
    }
    for (const tag of item.tags ?? []) {
      entry.ele('category', { term: xmlSafe(tag.slug ?? tag.name), label: xmlSafe(tag.name) });
    }
  }
  return root.end({ prettyPrint: false });
};

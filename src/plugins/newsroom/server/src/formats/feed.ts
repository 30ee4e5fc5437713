import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { isRightToLeft } from '../text';
import { publicationDate, versionDate, type ArticleView } from './article-view';
import { blocksToHtml } from './html';
import type { SiteLinks } from './site-links';

export interface FeedInput {
  locale: string;
  title: string;
  description: string;
  /** The page the feed mirrors (the site's front or a tag page). */
  htmlUrl: string;
  /** The feed's own address, for rel="self". */
  selfUrl: string;
  /** The feed for the same selection in the other format, for rel="alternate". */
  alternateFeedUrl: string;
  items: ArticleView[];
  links: SiteLinks;
}

const itemUrl = (item: ArticleView, links: SiteLinks) => (item.slug ? links.article(item.locale, item.slug) : undefined);

const newest = (items: ArticleView[]): string => {
  const times = items.map((item) => Date.parse(versionDate(item) ?? '')).filter((time) => !Number.isNaN(time));
  return new Date(times.length > 0 ? Math.max(...times) : 0).toISOString();
};

const rfc822 = (iso: string): string => new Date(iso).toUTCString();

const bodyHtml = (item: ArticleView): string | undefined =>
  item.body && item.body.length > 0 ? blocksToHtml(item.body, item.locale) : undefined;

/**
 * RSS 2.0. A right-to-left feed says so the ways readers look for it: `<language>` and, in the full text
 * (`content:encoded`), HTML with `dir="rtl"`. xmlbuilder2 escapes every text node.
 */
export const rssFeed = (feed: FeedInput): string => {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('rss', {
    version: '2.0',
    'xmlns:atom': 'http://www.w3.org/2005/Atom',
    'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
    'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  });
  const channel = root.ele('channel');
  channel.ele('title').txt(feed.title);
  channel.ele('link').txt(feed.htmlUrl);
  channel.ele('description').txt(feed.description);
  channel.ele('language').txt(feed.locale);
  channel.ele('lastBuildDate').txt(rfc822(newest(feed.items)));
  channel.ele('atom:link', { href: feed.selfUrl, rel: 'self', type: 'application/rss+xml' });
  channel.ele('atom:link', { href: feed.alternateFeedUrl, rel: 'alternate', type: 'application/atom+xml' });
  for (const item of feed.items) {
    const entry = channel.ele('item');
    const url = itemUrl(item, feed.links);
    entry.ele('title').txt(item.title);
    if (url) entry.ele('link').txt(url);
    entry.ele('guid', { isPermaLink: 'false' }).txt(feed.links.ninjsUri(item.documentId, item.locale));
    const published = publicationDate(item);
    if (published) entry.ele('pubDate').txt(rfc822(published));
    if (item.standfirst) entry.ele('description').txt(item.standfirst);
    const html = bodyHtml(item);
    if (html) entry.ele('content:encoded').dat(html.replace(/]]>/g, ']]]]><![CDATA[>'));
    if (item.byline) entry.ele('dc:creator').txt(item.byline);
    for (const tag of item.tags ?? []) entry.ele('category', { domain: tag.type }).txt(tag.name);
  }
  return root.end({ prettyPrint: false });
};

const xhtmlDiv = (parent: XMLBuilder, locale: string, text: string) =>
  parent
    .ele('http://www.w3.org/1999/xhtml', 'div', { dir: isRightToLeft(locale) ? 'rtl' : 'ltr' })
    .txt(text);

/** Atom 1.0, with `xml:lang` on the feed and the direction carried by the XHTML of each summary. */
export const atomFeed = (feed: FeedInput): string => {
  const ns = 'http://www.w3.org/2005/Atom';
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(ns, 'feed', { 'xml:lang': feed.locale });
  root.ele('id').txt(feed.selfUrl);
  root.ele('title').txt(feed.title);
  root.ele('subtitle').txt(feed.description);
  root.ele('updated').txt(newest(feed.items));
  root.ele('link', { rel: 'self', type: 'application/atom+xml', href: feed.selfUrl });
  root.ele('link', { rel: 'alternate', type: 'text/html', href: feed.htmlUrl });
  root.ele('link', { rel: 'alternate', type: 'application/rss+xml', href: feed.alternateFeedUrl });
  root.ele('author').ele('name').txt(feed.title);
  for (const item of feed.items) {
    const entry = root.ele('entry', { 'xml:lang': item.locale });
    const url = itemUrl(item, feed.links);
    entry.ele('id').txt(feed.links.ninjsUri(item.documentId, item.locale));
    entry.ele('title', { type: 'text' }).txt(item.title);
    if (url) entry.ele('link', { rel: 'alternate', type: 'text/html', href: url });
    const published = publicationDate(item);
    if (published) entry.ele('published').txt(new Date(published).toISOString());
    entry.ele('updated').txt(new Date(versionDate(item) ?? published ?? 0).toISOString());
    if (item.byline) entry.ele('author').ele('name').txt(item.byline);
    if (item.standfirst) xhtmlDiv(entry.ele('summary', { type: 'xhtml' }), item.locale, item.standfirst);
    const html = bodyHtml(item);
    if (html) entry.ele('content', { type: 'html' }).txt(html);
    for (const tag of item.tags ?? []) entry.ele('category', { term: tag.slug ?? tag.name, label: tag.name });
  }
  return root.end({ prettyPrint: false });
};

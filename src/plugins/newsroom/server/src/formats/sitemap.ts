import { create } from 'xmlbuilder2';
import { xmlSafe } from './xml-safe';

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
export const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
export const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/** The sitemap protocol's limit of URLs per file; past it, an index lists several files. */
export const SITEMAP_MAX_URLS = 50_000;

export interface Alternate {
  /** An hreflang value: a locale code, or `x-default`. */
  hreflang: string;
  href: string;
}

export interface SitemapUrl {
  loc: string;
  lastmod: string;
  alternates: Alternate[];
}

export interface NewsUrl {
  loc: string;
  language: string;
  publishedAt: string;
  title: string;
}

const document = () => create({ version: '1.0', encoding: 'UTF-8' });

/** A urlset with hreflang alternates (`xhtml:link`), as search engines read localized pages. */
export const urlSet = (urls: SitemapUrl[]): string => {
  const root = document().ele(SITEMAP_NS, 'urlset').att('xmlns:xhtml', XHTML_NS);
  for (const url of urls) {
    const entry = root.ele(SITEMAP_NS, 'url');
    entry.ele(SITEMAP_NS, 'loc').txt(url.loc);
    entry.ele(SITEMAP_NS, 'lastmod').txt(url.lastmod);
    for (const alternate of url.alternates) {
      entry.ele(XHTML_NS, 'xhtml:link').att({ rel: 'alternate', hreflang: alternate.hreflang, href: alternate.href });
    }
  }
  return root.end({ prettyPrint: true });
};

/** An index of sitemap files. */
export const sitemapIndex = (sitemaps: { loc: string; lastmod?: string }[]): string => {
  const root = document().ele(SITEMAP_NS, 'sitemapindex');
  for (const sitemap of sitemaps) {
    const entry = root.ele(SITEMAP_NS, 'sitemap');
    entry.ele(SITEMAP_NS, 'loc').txt(sitemap.loc);
    if (sitemap.lastmod) entry.ele(SITEMAP_NS, 'lastmod').txt(sitemap.lastmod);
  }
  return root.end({ prettyPrint: true });
};

/** A Google News sitemap: the publication, its language, the date and title of each recent article. */
export const newsSitemap = (publication: string, urls: NewsUrl[]): string => {
  const root = document().ele(SITEMAP_NS, 'urlset').att('xmlns:news', NEWS_NS);
  for (const url of urls) {
    const entry = root.ele(SITEMAP_NS, 'url');
    entry.ele(SITEMAP_NS, 'loc').txt(url.loc);
    const news = entry.ele(NEWS_NS, 'news:news');
    const source = news.ele(NEWS_NS, 'news:publication');
    source.ele(NEWS_NS, 'news:name').txt(xmlSafe(publication));
    source.ele(NEWS_NS, 'news:language').txt(url.language);
    news.ele(NEWS_NS, 'news:publication_date').txt(url.publishedAt);
    news.ele(NEWS_NS, 'news:title').txt(xmlSafe(url.title));
  }
  return root.end({ prettyPrint: true });
};

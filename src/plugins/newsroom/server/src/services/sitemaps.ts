import type { Core } from '@strapi/strapi';
import { newsSitemap, sitemapIndex, urlSet, type SitemapUrl } from '../formats/sitemap';
import { siteLinks } from '../formats/site-links';
import { createSitemapRowsRepository, type PublishedRow } from '../repositories/sitemap-rows';
import { pluginConfig } from '../utils/plugin-config';

// Google News reads articles of the last two days, at most 1,000 per sitemap.
const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
const NEWS_MAX_URLS = 1000;

export type SitemapAnswer = { kind: 'xml'; xml: string } | { kind: 'no-such-page'; pageCount: number };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = createSitemapRowsRepository(strapi);
  const config = () => pluginConfig(strapi);

  return {
    /**
     * Every published article version with its hreflang alternates (x-default: the source locale). One
     * urlset while the archive fits in a file; past that, `page` absent gives the index of the pages.
     */
    async articles(page: number | undefined, selfUrl: (page: number) => string): Promise<SitemapAnswer> {
      const { pageSize } = config().sitemaps;
      const total = await rows.countPublished();
      const pageCount = Math.max(1, Math.ceil(total / pageSize));
      if (page === undefined && pageCount > 1) {
        return { kind: 'xml', xml: sitemapIndex(Array.from({ length: pageCount }, (_, index) => ({ loc: selfUrl(index + 1) }))) };
      }
      const current = page ?? 1;
      if (current > pageCount) return { kind: 'no-such-page', pageCount };

      const links = siteLinks(config().site);
      const versions = await rows.publishedPage((current - 1) * pageSize, pageSize);
      const documentIds = [...new Set(versions.map((row) => row.documentId))];
      const byDocument = new Map<string, PublishedRow[]>();
      for (const row of await rows.publishedVersionsOf(documentIds)) {
        byDocument.set(row.documentId, [...(byDocument.get(row.documentId) ?? []), row]);
      }
      const sources = await rows.sourceLocalesOf(documentIds);
      const urls: SitemapUrl[] = versions.map((version) => {
        const siblings = byDocument.get(version.documentId) ?? [version];
        const source = siblings.find((row) => row.locale === sources.get(version.documentId)) ?? siblings[0];
        return {
          loc: links.article(version.locale, version.slug),
          lastmod: version.updatedAt,
          alternates:
            siblings.length > 1
              ? [
                  ...siblings.map((row) => ({ hreflang: row.locale, href: links.article(row.locale, row.slug) })),
                  { hreflang: 'x-default', href: links.article(source.locale, source.slug) },
                ]
              : [],
        };
      });
      return { kind: 'xml', xml: urlSet(urls) };
    },

    /** Articles first published in the last two days, in every locale, for Google News. */
    async news(now: Date = new Date()): Promise<string> {
      const links = siteLinks(config().site);
      const recent = await rows.firstPublishedSince(new Date(now.getTime() - NEWS_WINDOW_MS), NEWS_MAX_URLS);
      return newsSitemap(
        config().site.name,
        recent.map((row) => ({
          loc: links.article(row.locale, row.slug),
          language: row.locale.split('-')[0],
          publishedAt: row.firstPublishedAt,
          title: row.title,
        }))
      );
    },
  };
};

import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, ENTITY_TAG_UID } from '../constants';
import type { ArticleView } from '../formats/article-view';
import { atomFeed, rssFeed } from '../formats/feed';
import { articleJsonLd, jsonForScript } from '../formats/json-ld';
import { articleNinjs } from '../formats/ninjs';
import { siteLinks } from '../formats/site-links';
import { createDocumentRowsRepository } from '../repositories/document-rows';
import { pluginConfig } from '../utils/plugin-config';
import { newsroomService } from '../utils/services';
import { publicCorrection } from './article';
import type { ArticleLookup, ArticlePage } from './article';
import type { SlugLookup, SlugResolution } from './slug-resolver';

type Missing = Exclude<SlugResolution, { kind: 'found' }>;

export type FeedFormat = 'rss' | 'atom';

export interface FeedRequest {
  format: FeedFormat;
  locale: string;
  tag?: string;
}

/**
 * A feed's address, the same whatever the order or spelling of the request's parameters, built on the
 * configured public URL: never on the request's Host header, which a client chooses and a cache would keep.
 */
const feedUrl = (apiBase: string, format: FeedFormat, locale: string, tag?: string): string => {
  const query = new URLSearchParams({ locale, ...(tag ? { tag } : {}) });
  return `${apiBase}/api/newsroom/feeds/${format}?${query.toString()}`;
};

/** The article in the industry's formats: schema.org JSON-LD, IPTC ninjs 3.0, RSS 2.0 and Atom 1.0. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = createDocumentRowsRepository(strapi);
  const site = () => pluginConfig(strapi).site;

  // One query for the corrections of a whole page of items.
  const withCorrections = async (items: ArticleView[], locale: string): Promise<ArticleView[]> => {
    const logs = await newsroomService(strapi, 'corrections').byDocument(
      items.map((item) => item.documentId),
      locale,
    );
    return items.map((item) => ({ ...item, corrections: (logs.get(item.documentId) ?? []).map(publicCorrection) }));
  };

  const withTranslations = async (page: ArticlePage) => {
    const article = page.article as unknown as ArticleView;
    const sourceLocale = (await rows.firstLocale(ARTICLE_UID, article.documentId)) ?? article.locale;
    return {
      article,
      context: {
        site: site(),
        links: siteLinks(site()),
        translations: { sourceLocale, alternates: page.alternates },
        apiBase: strapi.config.get<string>('server.absoluteUrl'),
      },
    };
  };

  const render = async <T>(
    slug: string,
    lookup: SlugLookup,
    build: (page: Awaited<ReturnType<typeof withTranslations>>) => T,
  ): Promise<{ kind: 'found'; output: T; page: ArticlePage } | Missing> => {
    const page: ArticleLookup = await newsroomService(strapi, 'article').findBySlug(slug, lookup);
    if (page.kind !== 'found') return page;
    return { kind: 'found', output: build(await withTranslations(page)), page };
  };

  return {
    /** JSON-LD serialised so that it can sit inside a <script> element as is. */
    jsonLd: (slug: string, lookup: SlugLookup) =>
      render(slug, lookup, ({ article, context }) => jsonForScript(articleJsonLd(article, context))),

    ninjs: (slug: string, lookup: SlugLookup) =>
      render(slug, lookup, ({ article, context }) => articleNinjs(article, context)),

    /**
     * The newest published articles of a locale, or of one tag in it, with what the feed was made from (for
     * the response cache to know what it shows); null when the tag does not exist.
     */
    async feed(request: FeedRequest): Promise<{ xml: string; sources: unknown[] } | null> {
      const links = siteLinks(site());
      let title = site().name;
      let htmlUrl = links.home(request.locale);
      let tagDocumentId: string | undefined;
      let tagSlug: string | undefined;
      if (request.tag) {
        const tag = await newsroomService(strapi, 'slugResolver').resolve(ENTITY_TAG_UID, request.tag, {
          locale: request.locale,
          status: 'published',
        });
        if (tag.kind !== 'found' || !tag.slug) return null;
        const entry = await strapi.documents(ENTITY_TAG_UID).findOne({
          documentId: tag.documentId,
          locale: tag.locale,
          fields: ['name'],
        });
        tagDocumentId = tag.documentId;
        tagSlug = tag.slug;
        title = `${site().name}: ${entry?.name ?? tag.slug}`;
        htmlUrl = links.tag(tag.locale, tag.slug);
      }
      const { cards } = await newsroomService(strapi, 'articleCards').list({
        locale: request.locale,
        status: 'published',
        ...(tagDocumentId ? { tag: { documentId: tagDocumentId } } : {}),
        order: 'desc',
        page: 1,
        pageSize: pluginConfig(strapi).feedSize,
        withBody: true,
      });
      const apiBase = strapi.config.get<string>('server.absoluteUrl');
      const other: FeedFormat = request.format === 'rss' ? 'atom' : 'rss';
      const items = await withCorrections(cards as unknown as ArticleView[], request.locale);
      const input = {
        id: links.feedUri(request.locale, tagDocumentId),
        locale: request.locale,
        title,
        description: title,
        publisher: site().name,
        htmlUrl,
        selfUrl: feedUrl(apiBase, request.format, request.locale, tagSlug),
        alternateFeedUrl: feedUrl(apiBase, other, request.locale, tagSlug),
        items,
        links,
        apiBase,
      };
      return {
        xml: request.format === 'rss' ? rssFeed(input) : atomFeed(input),
        sources: [...(tagDocumentId ? [{ documentId: tagDocumentId }] : []), ...cards],
      };
    },
  };
};

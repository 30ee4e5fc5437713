import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, ENTITY_TAG_UID } from '../constants';
import type { ArticleView } from '../formats/article-view';
import { atomFeed, rssFeed } from '../formats/feed';
import { articleJsonLd } from '../formats/json-ld';
import { articleNinjs } from '../formats/ninjs';
import { siteLinks } from '../formats/site-links';
import { createDocumentRowsRepository } from '../repositories/document-rows';
import { pluginConfig } from '../utils/plugin-config';
import { newsroomService } from '../utils/services';
import type { ArticleLookup, ArticlePage } from './article';
import type { SlugLookup, SlugResolution } from './slug-resolver';

type Missing = Exclude<SlugResolution, { kind: 'found' }>;

export type FeedFormat = 'rss' | 'atom';

export interface FeedRequest {
  format: FeedFormat;
  locale: string;
  tag?: string;
  /** This feed's own URL and the same selection's URL in the other format. */
  selfUrl: string;
  alternateFeedUrl: string;
}

/** The article in the industry's formats: schema.org JSON-LD, IPTC ninjs 3.0, RSS 2.0 and Atom 1.0. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = createDocumentRowsRepository(strapi);
  const site = () => pluginConfig(strapi).site;

  const withTranslations = async (page: ArticlePage) => {
    const article = page.article as unknown as ArticleView;
    const sourceLocale = (await rows.firstLocale(ARTICLE_UID, article.documentId)) ?? article.locale;
    return {
      article,
      context: { site: site(), links: siteLinks(site()), translations: { sourceLocale, alternates: page.alternates } },
    };
  };

  const render = async <T>(
    slug: string,
    lookup: SlugLookup,
    build: (page: Awaited<ReturnType<typeof withTranslations>>) => T
  ): Promise<{ kind: 'found'; output: T; page: ArticlePage } | Missing> => {
    const page: ArticleLookup = await newsroomService(strapi, 'article').findBySlug(slug, lookup);
    if (page.kind !== 'found') return page;
    return { kind: 'found', output: build(await withTranslations(page)), page };
  };

  return {
    jsonLd: (slug: string, lookup: SlugLookup) =>
      render(slug, lookup, ({ article, context }) => articleJsonLd(article, context)),

    ninjs: (slug: string, lookup: SlugLookup) =>
      render(slug, lookup, ({ article, context }) => articleNinjs(article, context)),

    /** The newest published articles of a locale, or of one tag in it; null when the tag does not exist. */
    async feed(request: FeedRequest): Promise<string | null> {
      const links = siteLinks(site());
      let title = site().name;
      let htmlUrl = links.home(request.locale);
      let tagDocumentId: string | undefined;
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
      const input = {
        locale: request.locale,
        title,
        description: title,
        htmlUrl,
        selfUrl: request.selfUrl,
        alternateFeedUrl: request.alternateFeedUrl,
        items: cards as unknown as ArticleView[],
        links,
      };
      return request.format === 'rss' ? rssFeed(input) : atomFeed(input);
    },
  };
};

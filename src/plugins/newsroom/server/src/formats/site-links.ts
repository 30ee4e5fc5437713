import type { NewsroomConfig } from '../config';

export type SiteConfig = NewsroomConfig['site'];

const fill = (template: string, locale: string, slug: string): string =>
  template.replace('{locale}', encodeURIComponent(locale)).replace('{slug}', encodeURIComponent(slug));

// RFC 4151 dates the authority's ownership of the name; 2026 is when this naming scheme was minted.
const tagUriPrefix = (site: SiteConfig): string => `tag:${site.ninjsAuthority},2026`;

/** The public site's addresses for the plugin's entries, and the stable identifiers of its outputs. */
export const siteLinks = (site: SiteConfig) => ({
  home: (locale: string): string => `${site.url}/${encodeURIComponent(locale)}`,
  article: (locale: string, slug: string): string => site.url + fill(site.articlePath, locale, slug),
  tag: (locale: string, slug: string): string => site.url + fill(site.tagPath, locale, slug),
  expert: (locale: string, slug: string): string => site.url + fill(site.expertPath, locale, slug),
  /**
   * An article's permanent identity in ninjs and feeds: a tag URI (RFC 4151) naming the document and the
   * locale, stable across slug changes and site moves.
   */
  itemUri: (documentId: string, locale: string): string => `${tagUriPrefix(site)}:article:${documentId}:${locale}`,
  /** A feed's permanent identity: its locale and, for a tag's feed, the tag's document. */
  feedUri: (locale: string, tagDocumentId?: string): string =>
    `${tagUriPrefix(site)}:feed:${locale}${tagDocumentId ? `:tag:${tagDocumentId}` : ''}`,
});


export type SiteLinks = ReturnType<typeof siteLinks>;

export const wikidataUrl = (id: string): string => `https://www.wikidata.org/wiki/${id}`;

/** Wikidata's concept URI, the form IPTC uses for entity identifiers. */
export const wikidataEntityUri = (id: string): string => `http://www.wikidata.org/entity/${id}`;

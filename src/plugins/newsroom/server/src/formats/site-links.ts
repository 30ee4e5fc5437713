import type { NewsroomConfig } from '../config';

export type SiteConfig = NewsroomConfig['site'];

const fill = (template: string, locale: string, slug: string): string =>
  template.replace('{locale}', encodeURIComponent(locale)).replace('{slug}', encodeURIComponent(slug));

/** The public site's addresses for the plugin's entries, and the stable identifiers of its outputs. */
export const siteLinks = (site: SiteConfig) => ({
  home: (locale: string): string => `${site.url}/${encodeURIComponent(locale)}`,
  article: (locale: string, slug: string): string => site.url + fill(site.articlePath, locale, slug),
  tag: (locale: string, slug: string): string => site.url + fill(site.tagPath, locale, slug),
  expert: (locale: string, slug: string): string => site.url + fill(site.expertPath, locale, slug),
  /** Stable across slug changes and site moves: the document and the locale, under the newsroom's authority. */
  ninjsUri: (documentId: string, locale: string): string =>
    `urn:newsroom:${site.ninjsAuthority}:article:${documentId}:${locale}`,
});

export type SiteLinks = ReturnType<typeof siteLinks>;

export const wikidataUrl = (id: string): string => `https://www.wikidata.org/wiki/${id}`;

/** Wikidata's concept URI, the form IPTC uses for entity identifiers. */
export const wikidataEntityUri = (id: string): string => `http://www.wikidata.org/entity/${id}`;

/**
 * The newsroom's genres and their IPTC Genre NewsCodes (http://cv.iptc.org/newscodes/genre/). IPTC has no
 * "explainer": its Background ("scene setting and explanation for an event being reported") is the
 * nearest concept, and the one an explainer is coded with.
 */
export const GENRES = ['news', 'analysis', 'backgrounder', 'explainer', 'factbox', 'opinion', 'interview'] as const;

export type Genre = (typeof GENRES)[number];

export const IPTC_GENRE_SCHEME = 'http://cv.iptc.org/newscodes/genre/';

interface IptcGenre {
  /** The concept's code in IPTC's scheme, as in its URI and QCode. */
  code: string;
  /** IPTC's preferred English name. */
  name: string;
}

const IPTC: Readonly<Record<Genre, IptcGenre>> = {
  news: { code: 'Current', name: 'Current Events' },
  analysis: { code: 'Analysis', name: 'Analysis' },
  backgrounder: { code: 'Background', name: 'Background' },
  explainer: { code: 'Background', name: 'Background' },
  factbox: { code: 'ListingOfFacts', name: 'Fact Box' },
  opinion: { code: 'Opinion', name: 'Opinion' },
  interview: { code: 'Interview', name: 'Interview' },
};

export const iptcGenre = (genre: Genre): { qcode: string; uri: string; name: string } => ({
  qcode: `genre:${IPTC[genre].code}`,
  uri: `${IPTC_GENRE_SCHEME}${IPTC[genre].code}`,
  name: IPTC[genre].name,
});

export type SchemaOrgArticleType = 'NewsArticle' | 'AnalysisNewsArticle' | 'BackgroundNewsArticle' | 'OpinionNewsArticle' | 'ReportageNewsArticle';

/** The schema.org type search engines read for each genre. */
export const SCHEMA_ORG_TYPE: Readonly<Record<Genre, SchemaOrgArticleType>> = {
  news: 'ReportageNewsArticle',
  analysis: 'AnalysisNewsArticle',
  backgrounder: 'BackgroundNewsArticle',
  explainer: 'BackgroundNewsArticle',
  factbox: 'NewsArticle',
  opinion: 'OpinionNewsArticle',
  interview: 'NewsArticle',
};

export const isGenre = (value: unknown): value is Genre => typeof value === 'string' && (GENRES as readonly string[]).includes(value);

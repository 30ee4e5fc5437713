import { TAG_TYPES } from '../constants';

/**
 * Response shapes of the plugin's routes, as OpenAPI 3.0 schemas. Request shapes come from the zod
 * validators themselves (see paths.ts), so they cannot drift from what the API accepts.
 */

const string = { type: 'string' };
const nullableString = { type: 'string', nullable: true };
const dateTime = { type: 'string', format: 'date-time' };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const tagCard = {
  type: 'object',
  properties: {
    documentId: string,
    name: string,
    slug: string,
    type: { type: 'string', enum: [...TAG_TYPES] },
    wikidataId: nullableString,
    locale: string,
  },
};

const expertCard = {
  type: 'object',
  properties: {
    documentId: string,
    name: string,
    slug: string,
    jobTitle: nullableString,
    affiliation: nullableString,
    kind: { type: 'string', enum: ['analyst', 'official', 'journalist', 'outlet'] },
    wikidataId: nullableString,
    locale: string,
  },
};

const articleCardProperties = {
  documentId: string,
  title: string,
  slug: { ...string, description: 'Always set once saved: generated from the title when not given' },
  standfirst: nullableString,
  byline: nullableString,
  wordCount: { type: 'integer' },
  readingTimeMinutes: { type: 'integer' },
  locale: string,
  firstPublishedAt: { ...dateTime, nullable: true, description: 'First publication: the date a reader sees' },
  publishedAt: { ...dateTime, nullable: true, description: 'Publication of this version' },
  updatedAt: dateTime,
  tags: { type: 'array', items: ref('NewsroomTagCard') },
  experts: { type: 'array', items: ref('NewsroomExpertCard') },
};

const alternate = {
  type: 'object',
  description: 'The same entry in another locale: what a frontend needs for hreflang',
  properties: { documentId: string, locale: string, slug: string },
};

const pagination = {
  type: 'object',
  properties: {
    page: { type: 'integer' },
    pageSize: { type: 'integer' },
    pageCount: { type: 'integer' },
    total: { type: 'integer' },
    totalIsExact: {
      type: 'boolean',
      description:
        'Article lists only. False when more than `total` articles match: they are counted up to NEWSROOM_EXACT_TOTAL_UP_TO (1,000 by default) and one past the page asked for, so at least one page follows',
    },
  },
};

const slugMeta = {
  type: 'object',
  properties: {
    movedTo: {
      type: 'object',
      description: "The slug asked for is an old one or another locale's: answer the page, and 301 to this slug",
      properties: { locale: string, slug: string },
    },
    fallback: {
      type: 'object',
      description: 'The requested locale was missing and `fallback=true` served this one',
      properties: { requestedLocale: string, locale: string },
    },
  },
};

const block = { type: 'object', description: 'A Strapi blocks node', additionalProperties: true };

export const RESPONSE_SCHEMAS = {
  NewsroomTagCard: tagCard,
  NewsroomExpertCard: expertCard,
  NewsroomArticleCard: { type: 'object', properties: articleCardProperties },
  NewsroomAlternate: alternate,
  NewsroomPagination: pagination,
  NewsroomArticleCardList: {
    type: 'object',
    properties: {
      data: { type: 'array', items: ref('NewsroomArticleCard') },
      meta: { type: 'object', properties: { pagination: ref('NewsroomPagination') } },
    },
  },
  NewsroomArticlePage: {
    type: 'object',
    properties: {
      data: {
        type: 'object',
        properties: {
          ...articleCardProperties,
          body: { type: 'array', items: block },
          quotes: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                text: string,
                kind: { type: 'string', enum: ['direct', 'paraphrase'] },
                expert: { ...ref('NewsroomExpertCard'), nullable: true },
              },
            },
          },
          keyFigures: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                value: { type: 'number' },
                qualifier: { type: 'string', enum: ['exact', 'about', 'more_than', 'less_than'] },
                unit: nullableString,
                label: string,
                period: nullableString,
              },
            },
          },
          sources: { type: 'array', items: { type: 'object', properties: { name: string, url: nullableString } } },
          alternates: { type: 'array', items: ref('NewsroomAlternate') },
        },
      },
      meta: ref('NewsroomSlugMeta'),
    },
  },
  NewsroomEntityPage: {
    type: 'object',
    properties: {
      data: {
        type: 'object',
        description: 'The tag or expert, its published articles (cards, newest first) and its other locales',
        properties: {
          documentId: string,
          name: string,
          slug: string,
          locale: string,
          articles: { type: 'array', items: ref('NewsroomArticleCard') },
          alternates: { type: 'array', items: ref('NewsroomAlternate') },
        },
        additionalProperties: true,
      },
      meta: {
        allOf: [ref('NewsroomSlugMeta'), { type: 'object', properties: { pagination: ref('NewsroomPagination') } }],
      },
    },
  },
  NewsroomSlugMeta: slugMeta,
  NewsroomNotInLocale: {
    type: 'object',
    description: 'A 404: the entry exists, but not in the requested locale',
    properties: {
      data: { nullable: true },
      error: {
        type: 'object',
        properties: {
          status: { type: 'integer', enum: [404] },
          name: string,
          message: string,
          details: {
            type: 'object',
            properties: { availableLocales: { type: 'array', items: ref('NewsroomAlternate') } },
          },
        },
      },
    },
  },
  NewsroomSearchResults: {
    type: 'object',
    properties: {
      data: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            kind: { type: 'string', enum: ['article', 'expert', 'tag'] },
            documentId: string,
            locale: string,
            title: string,
            slug: nullableString,
            snippet: { type: 'string', description: 'HTML: a passage as written, escaped, matches in <mark>' },
            score: { type: 'number' },
          },
          additionalProperties: true,
        },
      },
      meta: { type: 'object', properties: { pagination: ref('NewsroomPagination') } },
    },
  },
  NewsroomJsonLd: {
    type: 'object',
    description: 'A schema.org AnalysisNewsArticle, safe to embed in <script type="application/ld+json">',
    required: ['@context', '@type', 'headline'],
    properties: {
      '@context': { type: 'string', enum: ['https://schema.org'] },
      '@type': { type: 'string', enum: ['AnalysisNewsArticle'] },
      headline: string,
      description: string,
      inLanguage: string,
      datePublished: dateTime,
      dateModified: dateTime,
      wordCount: { type: 'integer' },
      timeRequired: { type: 'string', description: 'ISO 8601 duration, such as PT4M' },
    },
    additionalProperties: true,
  },
  NewsroomNinjs: {
    type: 'object',
    description: 'An IPTC ninjs 3.0 news item (http://www.iptc.org/std/ninjs/ninjs-schema_3.0.json)',
    required: ['uri'],
    properties: { uri: { type: 'string', format: 'uri' }, type: { type: 'string', enum: ['text'] }, language: string },
    additionalProperties: true,
  },
};

import { z } from 'zod';
import { GENRES } from '../vocabularies/genres';
import { TAG_TYPES } from '../constants';

/**
 * The query strings of the plugin's read routes. Each is a closed set: a misspelt parameter is a 400 that
 * names it, not a silently wider answer. The descriptions are what the OpenAPI document shows.
 */

const pageNumber = z.coerce.number().int().min(1).max(100_000);

const flag = z.enum(['true', 'false']).transform((value) => value === 'true');

const slugParam = z.string().trim().min(1).max(200);

const locale = z.string().optional().describe('Locale code (ar, en, ru, fa); the default locale when absent');

const slugLocale = z
  .string()
  .optional()
  .describe('Locale code (ar, en, ru, fa); when absent, every locale is searched and the default locale wins a tie');

const status = z
  .enum(['published', 'draft'])
  .default('published')
  .describe('`draft` reads drafts: API tokens only');

const paging = {
  page: pageNumber.default(1).describe('Page number, from 1 (also accepted as pagination[page])'),
  pageSize: pageNumber.max(100).default(20).describe('Items per page, at most 100 (also pagination[pageSize])'),
};

const fallback = flag
  .optional()
  .describe('When the entry is not published in `locale`, answer it in the locale its slug belongs to');

// A date alone bounds the whole day: `to=2026-11-29` includes that day's articles.
const dateBound = (endOfDay: boolean) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/, 'must be a date (2026-11-29) or an ISO 8601 date-time')
    .transform((value, context) => {
      const date = new Date(value.length === 10 ? `${value}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z` : value);
      // new Date() rolls 2026-02-30 over to March: a real date reads back the same day.
      if (Number.isNaN(date.getTime()) || (value.length === 10 && date.toISOString().slice(0, 10) !== value)) {
        context.addIssue({ code: z.ZodIssueCode.custom, message: 'is not a valid date' });
      }
      return date;
    });

export const articleListQueryShape = {
  locale,
  status,
  tag: slugParam.optional().describe('Only articles carrying the tag with this slug'),
  tagType: z.enum(TAG_TYPES).optional().describe('Only articles carrying a tag of this type'),
  genre: z.enum(GENRES).optional().describe('Only articles of this genre (IPTC genre: news is Current, analysis is Analysis, ...)'),
  subject: z
    .string()
    .regex(/^medtop:\d{8}$/, 'must be an IPTC Media Topic QCode such as medtop:20000639')
    .optional()
    .describe('Only articles classified under this IPTC Media Topic'),
  expert: slugParam.optional().describe('Only articles quoting or citing the expert with this slug'),
  from: dateBound(false).optional().describe('First published at or after (a date means from its start, UTC)'),
  to: dateBound(true).optional().describe('First published at or before (a date means to its end, UTC)'),
  sort: z
    .enum(['firstPublishedAt:desc', 'firstPublishedAt:asc'])
    .default('firstPublishedAt:desc')
    .describe('By first publication: newest first by default'),
  ...paging,
};

export const articleListQuery = z
  .object(articleListQueryShape)
  .strict()
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: 'must not be after `to`',
    path: ['from'],
  });

export const slugPageQueryShape = { locale: slugLocale, status, fallback };

export const slugPageQuery = z.object(slugPageQueryShape).strict();

export const entityPageQueryShape = { locale: slugLocale, fallback, ...paging };

export const entityPageQuery = z.object(entityPageQueryShape).strict();

export const feedQueryShape = {
  locale,
  tag: slugParam.optional().describe('Only articles carrying the tag with this slug'),
};

export const feedQuery = z.object(feedQueryShape).strict();

const SEARCH_KINDS = ['article', 'expert', 'tag'] as const;

export const searchQueryShape = {
  q: z.string().trim().min(1).max(200).describe('What to look for: any spelling, with or without diacritics'),
  locale,
  types: z
    .string()
    .default(SEARCH_KINDS.join(','))
    .transform((value) => value.split(',').map((type) => type.trim()))
    .pipe(z.array(z.enum(SEARCH_KINDS)).min(1))
    .describe('Comma-separated kinds of result: article, expert, tag (all by default)'),
  ...paging,
};

export const searchQuery = z.object(searchQueryShape).strict();

export const sitemapQueryShape = {
  page: z.coerce
    .number({ invalid_type_error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be 1 or more')
    .optional()
    .describe('A page of the article sitemap, when the archive needs more than one file (the index lists them)'),
};

export const sitemapQuery = z.object(sitemapQueryShape).strict();

export const newsSitemapQuery = z.object({}).strict();

import { z } from 'zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { SUGGESTION_CANDIDATES_MAX, SUGGESTION_ENTITIES_MAX, SUGGESTION_SPANS_MAX } from '../constants';
import { articleWrite, suggestionRequest } from '../validation/article';
import { entityTagWrite } from '../validation/entity-tag';
import { expertWrite } from '../validation/expert';
import {
  articleListQueryShape,
  entityPageQueryShape,
  feedQueryShape,
  searchQueryShape,
  sitemapQueryShape,
  slugPageQueryShape,
} from '../validation/queries';
import { correctionAmend, correctionWrite, unpublishBody } from '../validation/corrections';
import { startTranslationBody, translationListQuery } from '../validation/translations';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * A zod schema as an OpenAPI 3.0 schema: the same rules the route enforces. A schema stored at
 * `components.schemas.<name>` may be recursive (blocks nest): its inner references then point into it.
 */
const toOpenApi = (schema: z.ZodTypeAny, componentName?: string): Record<string, unknown> => {
  // zodToJsonSchema's generic signature is too deep for the compiler on these schemas: call it untyped.
  const convert = zodToJsonSchema as (schema: unknown, options: object) => Record<string, unknown>;
  const converted = convert(
    schema,
    componentName
      ? { target: 'openApi3', $refStrategy: 'root', basePath: ['#', 'components', 'schemas', componentName] }
      : { target: 'openApi3', $refStrategy: 'none' },
  );
  delete converted.$schema;
  return converted;
};

const queryParameters = (shape: z.ZodRawShape) =>
  Object.entries(shape).map(([name, schema]) => ({
    name,
    in: 'query',
    required: false,
    description: schema.description,
    // Optional is said by `required: false`; converted, it would become an anyOf with an empty `not`.
    schema: toOpenApi(schema instanceof z.ZodOptional ? schema.unwrap() : schema),
  }));

const pathParameter = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});

const json = (schema: object) => ({ 'application/json': { schema } });

const spansSchema = {
  type: 'array',
  maxItems: SUGGESTION_SPANS_MAX,
  items: {
    type: 'object',
    properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } },
  },
};

// What `suggest-entities` answers (services/entity-suggestions.ts).
const suggestionsSchema = {
  type: 'object',
  required: ['entities', 'candidates', 'truncated'],
  properties: {
    entities: {
      type: 'array',
      maxItems: SUGGESTION_ENTITIES_MAX,
      items: {
        type: 'object',
        properties: {
          kind: { type: 'string', enum: ['tag', 'expert'] },
          id: { type: 'integer' },
          documentId: { type: 'string' },
          name: { type: 'string' },
          slug: { type: 'string', nullable: true },
          type: { type: 'string' },
          spans: spansSchema,
          mentionCount: { type: 'integer' },
        },
      },
    },
    candidates: {
      type: 'array',
      maxItems: SUGGESTION_CANDIDATES_MAX,
      items: {
        type: 'object',
        properties: { text: { type: 'string' }, spans: spansSchema, mentionCount: { type: 'integer' } },
      },
    },
    truncated: { type: 'boolean' },
  },
};

const errorResponse = (description: string, schema = ref('Error')) => ({ description, content: json(schema) });

// Every read answers 304 to a matching If-None-Match (see the http-cache middleware).
const READ_ERRORS = {
  304: { description: 'Not modified: If-None-Match matched the ETag' },
  400: errorResponse('A parameter is invalid; the message names it'),
  403: errorResponse('Drafts or draft state were asked for without an API token'),
};

const slugNotFound = errorResponse(
  'No such slug, or the entry is not published in the requested locale (then the locales it is in are listed)',
  ref('NewsroomNotInLocale'),
);

// Public reads work without a token; a token is needed for drafts and for writes.
const optionalAuth = [{}, { bearerAuth: [] }];
const tokenAuth = [{ bearerAuth: [] }];

const cached = 'Public answers carry ETag and Cache-Control; send If-None-Match for a 304.';

interface WriteSchemas {
  create: WritePayload;
  update: WritePayload;
}

const WRITE_PAYLOADS = {
  NewsroomArticleCreate: articleWrite.create,
  NewsroomArticleUpdate: articleWrite.update,
  NewsroomExpertCreate: expertWrite.create,
  NewsroomExpertUpdate: expertWrite.update,
  NewsroomTagCreate: entityTagWrite.create,
  NewsroomTagUpdate: entityTagWrite.update,
};

type WritePayload = keyof typeof WRITE_PAYLOADS;

/** The `data` of each write, as components: the request bodies refer to them. */
export const WRITE_SCHEMAS = Object.fromEntries(
  Object.entries(WRITE_PAYLOADS).map(([name, schema]) => [name, toOpenApi(schema, name)]),
);

const writeBody = (payload: WritePayload) => ({
  required: true,
  content: json({ type: 'object', required: ['data'], properties: { data: ref(payload) } }),
});

const writeQuery = [
  {
    name: 'locale',
    in: 'query',
    required: false,
    description: 'Locale of the version written',
    schema: { type: 'string' },
  },
  {
    name: 'status',
    in: 'query',
    required: false,
    description: 'Writes make or edit the draft; `published` publishes as well',
    schema: { type: 'string', enum: ['draft', 'published'] },
  },
];

const ifMatch = {
  name: 'If-Match',
  in: 'header',
  required: false,
  description:
    'The `updatedAt` of the version the edit was made on (quoted, as an ETag). The edit is applied only if no one has changed the entry since; otherwise 412. Without it the last edit wins.',
  schema: { type: 'string' },
};

/** find by id, create, update and delete: Strapi's own behaviour, with the plugin's validated payloads. */
const crud = (base: string, tag: string, schemas: WriteSchemas, entry: string) => ({
  [`${base}/{id}`]: {
    get: {
      tags: [tag],
      summary: `One ${entry} by documentId`,
      security: optionalAuth,
      parameters: [
        pathParameter('id', 'documentId'),
        ...queryParameters({ locale: slugPageQueryShape.locale, status: slugPageQueryShape.status }),
      ],
      responses: { 200: { description: `The ${entry}` }, 404: errorResponse('Not found'), ...READ_ERRORS },
    },
    put: {
      tags: [tag],
      summary: `Edit a ${entry} (its draft, unless status=published)`,
      security: tokenAuth,
      parameters: [pathParameter('id', 'documentId'), ...writeQuery, ifMatch],
      requestBody: writeBody(schemas.update),
      responses: {
        200: {
          description: 'The updated entry',
          headers: {
            ETag: {
              description: 'The new version (its updatedAt), for the If-Match of the next edit',
              schema: { type: 'string' },
            },
          },
        },
        400: errorResponse('The payload is invalid; the message names the field'),
        404: errorResponse('If-Match given and the entry has no version in the locale'),
        409: errorResponse('A generated slug was taken by a simultaneous write inside a transaction; send again'),
        412: errorResponse('If-Match: the entry was changed after the version the edit was made on'),
      },
    },
    delete: {
      tags: [tag],
      summary: `Delete a ${entry} in one locale`,
      security: tokenAuth,
      parameters: [pathParameter('id', 'documentId'), writeQuery[0]],
      responses: { 204: { description: 'Deleted' }, 404: errorResponse('Not found') },
    },
  },
});

const create = (tag: string, schemas: WriteSchemas, entry: string) => ({
  tags: [tag],
  summary: `Create a ${entry} (a draft, unless status=published)`,
  security: tokenAuth,
  parameters: writeQuery,
  requestBody: writeBody(schemas.create),
  responses: {
    201: { description: 'The created entry' },
    400: errorResponse('The payload is invalid; the message names the field'),
  },
});

const entityPage = (tag: string, entry: string) => ({
  get: {
    tags: [tag],
    summary: `A ${entry}'s page: the ${entry} and its published articles, newest first`,
    description: `An old slug still resolves; meta.movedTo gives the current one. ${cached}`,
    security: optionalAuth,
    parameters: [
      pathParameter('slug', `The ${entry}'s slug (Arabic script for ar)`),
      ...queryParameters(entityPageQueryShape),
    ],
    responses: {
      200: { description: 'The page', content: json(ref('NewsroomEntityPage')) },
      404: slugNotFound,
      ...READ_ERRORS,
    },
  },
});

// Experts and tags are listed with Strapi's own query language.
const strapiListParameters = [
  { name: 'locale', in: 'query', required: false, schema: { type: 'string' } },
  { name: 'filters', in: 'query', required: false, style: 'deepObject', schema: { type: 'object' } },
  { name: 'sort', in: 'query', required: false, schema: { type: 'string' } },
  { name: 'pagination', in: 'query', required: false, style: 'deepObject', schema: { type: 'object' } },
];

const entityList = (tag: string, entries: string, schemas: WriteSchemas, entry: string) => ({
  get: {
    tags: [tag],
    summary: `List ${entries} (Strapi filters, sort and pagination)`,
    security: optionalAuth,
    parameters: strapiListParameters,
    responses: { 200: { description: `The ${entries}` }, ...READ_ERRORS },
  },
  post: create(tag, schemas, entry),
});

const articleBySlug = (suffix: string, summary: string, content: Record<string, { schema: object }>) => ({
  [`/newsroom/articles/slug/{slug}${suffix}`]: {
    get: {
      tags: ['Newsroom articles'],
      summary,
      description: `An old slug, or another locale's slug, still resolves. ${cached}`,
      security: optionalAuth,
      parameters: [
        pathParameter('slug', 'The article slug (Arabic script for ar)'),
        ...queryParameters(slugPageQueryShape),
      ],
      responses: { 200: { description: summary, content }, 404: slugNotFound, ...READ_ERRORS },
    },
  },
});

const feed = (format: 'rss' | 'atom', mediaType: string) => ({
  [`/newsroom/feeds/${format}`]: {
    get: {
      tags: ['Newsroom feeds'],
      summary: `${format === 'rss' ? 'RSS 2.0' : 'Atom 1.0'} feed of the newest published articles`,
      description: `Per locale (right-to-left locales marked) and optionally per tag. ${cached}`,
      security: optionalAuth,
      parameters: queryParameters(feedQueryShape),
      responses: {
        200: { description: 'The feed', content: { [mediaType]: { schema: { type: 'string' } } } },
        404: errorResponse('No such tag in the locale'),
        ...READ_ERRORS,
      },
    },
  },
});

const ARTICLE_WRITES = { create: 'NewsroomArticleCreate', update: 'NewsroomArticleUpdate' } as const;
const EXPERT_WRITES = { create: 'NewsroomExpertCreate', update: 'NewsroomExpertUpdate' } as const;
const TAG_WRITES = { create: 'NewsroomTagCreate', update: 'NewsroomTagUpdate' } as const;

/** Every content-API route of the plugin, as OpenAPI 3.0 paths (relative to the /api server). */
export const PATHS = {
  '/newsroom/articles': {
    get: {
      tags: ['Newsroom articles'],
      summary: 'Article cards, filtered by tag, tag type, expert and publication date, newest first',
      description: `A closed set of parameters: any other is a 400. ${cached}`,
      security: optionalAuth,
      parameters: queryParameters(articleListQueryShape),
      responses: {
        200: { description: 'A page of cards', content: json(ref('NewsroomArticleCardList')) },
        ...READ_ERRORS,
      },
    },
    post: create('Newsroom articles', ARTICLE_WRITES, 'article'),
  },
  '/newsroom/articles/suggest-entities': {
    post: {
      tags: ['Newsroom articles'],
      summary: "The existing tags and experts a draft's text names, with where, and names that could become new ones",
      security: tokenAuth,
      parameters: [writeQuery[0]],
      requestBody: {
        required: true,
        content: json({ type: 'object', required: ['data'], properties: { data: toOpenApi(suggestionRequest) } }),
      },
      responses: {
        200: {
          description:
            'Entities with their spans (character offsets in `text`), and candidate names. Each lists its first ' +
            `${SUGGESTION_SPANS_MAX} spans and \`mentionCount\`, how many there are; at most ${SUGGESTION_ENTITIES_MAX} ` +
            `entities and ${SUGGESTION_CANDIDATES_MAX} candidates are listed, \`truncated\` says whether some were left out.`,
          content: json({ type: 'object', properties: { data: suggestionsSchema } }),
        },
        400: errorResponse('The payload is invalid; the message names the field'),
      },
    },
  },
  '/newsroom/articles/{documentId}/corrections': {
    post: {
      tags: ['Newsroom corrections'],
      summary: "Appends a correction or clarification to a published article's public log in one locale",
      description:
        'It updates dateModified, shows in the article, its JSON-LD and the feeds, and outdates the translations of a source.',
      security: tokenAuth,
      parameters: [
        pathParameter('documentId', 'The article'),
        { name: 'locale', in: 'query', required: true, schema: { type: 'string' } },
      ],
      requestBody: { required: true, content: json(toOpenApi(correctionWrite)) },
      responses: {
        201: { description: 'The correction' },
        400: errorResponse('The payload is invalid; the message names the field'),
        409: errorResponse('The article is not published in the locale'),
      },
    },
  },
  '/newsroom/corrections/{documentId}': {
    put: {
      tags: ['Newsroom corrections'],
      summary: 'Amends the wording of a correction; the earlier wording is kept and shown',
      security: tokenAuth,
      parameters: [pathParameter('documentId', 'The correction')],
      requestBody: { required: true, content: json(toOpenApi(correctionAmend)) },
      responses: {
        200: { description: 'The correction with its earlier wordings' },
        400: errorResponse('The payload is invalid; the message names the field'),
        404: errorResponse('No such correction'),
      },
    },
  },
  '/newsroom/articles/{documentId}/unpublish': {
    post: {
      tags: ['Newsroom articles'],
      summary: 'Unpublishes one locale of an article, saying why; the record keeps who, when and why',
      security: tokenAuth,
      parameters: [pathParameter('documentId', 'The article')],
      requestBody: { required: true, content: json(toOpenApi(unpublishBody)) },
      responses: {
        200: { description: "The article's record of takedowns" },
        400: errorResponse('The payload is invalid; the message names the field'),
        404: errorResponse('The article is not published in the locale'),
      },
    },
  },
  '/newsroom/articles/{documentId}/publication-log': {
    get: {
      tags: ['Newsroom articles'],
      summary: 'Who unpublished or deleted the published versions of an article, when and why; and its moves to and from the desk (filed, returned with a note, published)',
      security: tokenAuth,
      parameters: [pathParameter('documentId', 'The article')],
      responses: { 200: { description: 'The record, oldest first' }, 403: errorResponse('Not an API token') },
    },
  },
  '/newsroom/translations': {
    get: {
      tags: ['Newsroom translations'],
      summary: 'Articles with their translation status in one locale: source, missing, draft, published, outdated',
      security: tokenAuth,
      parameters: queryParameters(translationListQuery.shape).map((parameter) =>
        parameter.name === 'locale' ? { ...parameter, required: true } : parameter,
      ),
      responses: {
        200: { description: 'A page of articles, each with its status, revisions and titles' },
        400: errorResponse('A parameter is invalid; the message names it'),
        403: errorResponse('Not an API token'),
      },
    },
  },
  '/newsroom/translations/entities': {
    get: {
      tags: ['Newsroom translations'],
      summary: 'Tags and experts with no version in a locale: translations citing them cannot be published there',
      security: tokenAuth,
      parameters: [{ name: 'locale', in: 'query', required: true, schema: { type: 'string' } }],
      responses: {
        200: { description: 'The tags and experts, named in another locale' },
        400: errorResponse('The locale is unknown'),
        403: errorResponse('Not an API token'),
      },
    },
  },
  '/newsroom/articles/{documentId}/translations': {
    get: {
      tags: ['Newsroom translations'],
      summary: "Every locale's translation status for one article",
      security: tokenAuth,
      parameters: [pathParameter('documentId', 'The article')],
      responses: {
        200: { description: 'The source locale and revision, and each locale with its status' },
        403: errorResponse('Not an API token'),
        404: errorResponse('No such article'),
      },
    },
    post: {
      tags: ['Newsroom translations'],
      summary: "Starts a translation: a draft with the source's structure, its words left for the translator",
      security: tokenAuth,
      parameters: [pathParameter('documentId', 'The article')],
      requestBody: { required: true, content: json(toOpenApi(startTranslationBody)) },
      responses: {
        201: { description: 'The translation statuses, and the tags and experts that have no version in the locale' },
        400: errorResponse('The locale is unknown, or is the source locale'),
        403: errorResponse('Not an API token'),
        404: errorResponse('No such article'),
        409: errorResponse('The article already has a version in the locale'),
      },
    },
  },
  '/newsroom/articles/{documentId}/translations/{locale}/in-line': {
    post: {
      tags: ['Newsroom translations'],
      summary: 'Marks the translation in a locale as brought in line with the current source',
      security: tokenAuth,
      parameters: [pathParameter('documentId', 'The article'), pathParameter('locale', 'The translation')],
      responses: {
        200: { description: 'The translation statuses after the change' },
        400: errorResponse('The locale is unknown, or is the source locale'),
        403: errorResponse('Not an API token'),
        404: errorResponse('No such article, or no translation in the locale'),
      },
    },
  },
  ...articleBySlug('', 'The whole article, with its other locales (alternates)', json(ref('NewsroomArticlePage'))),
  ...articleBySlug('/jsonld', 'The article as schema.org JSON-LD', {
    'application/ld+json': { schema: ref('NewsroomJsonLd') },
  }),
  ...articleBySlug('/ninjs', 'The article as an IPTC ninjs 3.0 news item', json(ref('NewsroomNinjs'))),
  ...crud('/newsroom/articles', 'Newsroom articles', ARTICLE_WRITES, 'article'),
  '/newsroom/experts': entityList('Newsroom experts', 'experts', EXPERT_WRITES, 'expert'),
  '/newsroom/experts/slug/{slug}': entityPage('Newsroom experts', 'expert'),
  ...crud('/newsroom/experts', 'Newsroom experts', EXPERT_WRITES, 'expert'),
  '/newsroom/tags': entityList('Newsroom tags', 'tags', TAG_WRITES, 'tag'),
  '/newsroom/tags/slug/{slug}': entityPage('Newsroom tags', 'tag'),
  ...crud('/newsroom/tags', 'Newsroom tags', TAG_WRITES, 'tag'),
  ...feed('rss', 'application/rss+xml'),
  ...feed('atom', 'application/atom+xml'),
  '/newsroom/media-topics': {
    get: {
      tags: ['Newsroom media topics'],
      summary: 'The subject vocabulary: IPTC Media Topics with their QCodes, names per locale and parents',
      description: cached,
      security: optionalAuth,
      responses: { 200: { description: 'The topics (Strapi list, filters and pagination)' }, ...READ_ERRORS },
    },
  },
  '/newsroom/media-topics/{id}': {
    get: {
      tags: ['Newsroom media topics'],
      summary: 'One IPTC Media Topic, by documentId',
      description: cached,
      security: optionalAuth,
      parameters: [pathParameter('id', 'The documentId')],
      responses: { 200: { description: 'The topic' }, ...READ_ERRORS, 404: errorResponse('No such topic') },
    },
  },
  '/newsroom/sitemaps/articles.xml': {
    get: {
      tags: ['Newsroom sitemaps'],
      summary: 'Every published article with lastmod and hreflang alternates (x-default: the source locale)',
      description: `A sitemap index instead when the archive needs more than one file of 50,000 URLs. ${cached}`,
      security: optionalAuth,
      parameters: queryParameters(sitemapQueryShape),
      responses: {
        200: {
          description: 'A sitemap (urlset) or a sitemap index',
          content: { 'application/xml': { schema: { type: 'string' } } },
        },
        ...READ_ERRORS,
        404: errorResponse('No such page'),
      },
    },
  },
  '/newsroom/sitemaps/news.xml': {
    get: {
      tags: ['Newsroom sitemaps'],
      summary: 'A Google News sitemap: articles first published in the last two days, every locale',
      description: cached,
      security: optionalAuth,
      responses: {
        200: { description: 'A news sitemap', content: { 'application/xml': { schema: { type: 'string' } } } },
        ...READ_ERRORS,
      },
    },
  },
  '/newsroom/search': {
    get: {
      tags: ['Newsroom search'],
      summary: 'Published articles, experts and tags, ranked, as Arabic readers spell them',
      description: `Diacritics, alef forms, ة/ه, ى/ي, Persian letters and digits, and the prefixes و ف ب ل ك ال do not get in the way; Latin names find Arabic entities. ${cached}`,
      security: optionalAuth,
      parameters: queryParameters(searchQueryShape),
      responses: {
        200: { description: 'A page of results', content: json(ref('NewsroomSearchResults')) },
        ...READ_ERRORS,
      },
    },
  },
};

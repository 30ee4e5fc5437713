import { paragraphs } from './helpers/blocks';
import { REFERENCE_SLUG } from './helpers/reference';
import { countRows, pluginTables, wholeDocument } from './helpers/snapshot';
import { createApiToken, quiesce, startStrapi, type TestApp } from './helpers/strapi';

/**
 * Bad input on every write route of the plugin's content API, sent with a full-access token: each must be
 * a 4xx whose message (or error.details.errors[].path) names the field, or the body for what the body
 * parser refuses, and must leave the database as it was: the row count of every plugin table and join
 * table, and the reference article (with the expert, tag and correction the updates aim at) read whole.
 */

type Json = Record<string, unknown>;
type Path = (string | number)[];

const ARTICLE = 'plugin::newsroom.article';
const EXPERT = 'plugin::newsroom.expert';
const TAG = 'plugin::newsroom.entity-tag';
const CORRECTION = 'plugin::newsroom.correction';

// Ids of what the payloads aim at, known once Strapi has started.
const target = { article: '', expert: '', tag: '', correction: '', enOnlyExpert: '', enOnlyTag: '' };

interface Request {
  method: 'post' | 'put' | 'delete';
  path: string;
  query?: Record<string, string | string[]>;
  body?: string | Buffer;
}

interface Case {
  route: string;
  name: string;
  request: () => Request;
  field: string;
  status?: number;
}

/** A write route, with a payload it accepts and a text field of it that the generic cases spoil. */
interface Route {
  route: string;
  method: 'post' | 'put';
  path: () => string;
  query?: Record<string, string>;
  valid: () => Json;
  text?: Path;
  /** An update that takes any subset of the fields: leaving the text field out is no change at all. */
  partial?: boolean;
}

const RAW = '\u0001raw\u0001';

/** A copy of `value` with `at` set to `to` (RAW marks where a raw JSON fragment goes). */
const setAt = (value: Json, at: Path, to: unknown): Json => {
  const copy = structuredClone(value);
  let node: Record<string | number, unknown> = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[at[at.length - 1]] = to;
  return copy;
};

/** JSON with a raw fragment (bytes that are not UTF-8, nesting JSON.stringify cannot reach) at `at`. */
const withRaw = (value: Json, at: Path, fragment: string | Buffer): Buffer => {
  const [before, after] = JSON.stringify(setAt(value, at, RAW)).split(JSON.stringify(RAW));
  return Buffer.concat([Buffer.from(before), Buffer.from(fragment), Buffer.from(after)]);
};

const nestedArrays = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
const nestedObjects = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
const NOT_UTF8 = Buffer.from([0x61, 0xff, 0xfe, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0x62]);
const FIVE_MB = 5 * 1024 * 1024;

const fieldName = (at: Path) => at.join('.');

/** What every route must refuse however its payload looks: the body parser's cases. */
const parserCases = (route: Route): Case[] => {
  const request = (body: string | Buffer) => () => ({
    method: route.method,
    path: route.path(),
    query: route.query,
    body,
  });
  return [
    { route: route.route, name: 'invalid JSON', request: request('{"data":{"title":'), field: 'body' },
    { route: route.route, name: 'a JSON string, not an object', request: request('"data"'), field: 'body' },
    {
      route: route.route,
      name: 'invalid UTF-8 bytes outside strings',
      request: () => ({
        ...request('')(),
        body: Buffer.concat([Buffer.from('{"data"'), NOT_UTF8, Buffer.from(':{}}')]),
      }),
      field: 'body',
    },
    {
      route: route.route,
      name: 'a 5 MB body',
      request: () => ({ ...request('')(), body: JSON.stringify({ ...route.valid(), padding: 'x'.repeat(FIVE_MB) }) }),
      field: 'body',
      status: 413,
    },
  ];
};

/** The cases that spoil the route's text field. */
const textCases = (route: Route): Case[] => {
  const at = route.text!;
  const field = fieldName(at);
  const json = (body: Json) => JSON.stringify(body);
  const send = (body: () => string | Buffer) => () => ({
    method: route.method,
    path: route.path(),
    query: route.query,
    body: body(),
  });
  const spoil = (name: string, to: unknown): Case => ({
    route: route.route,
    name,
    request: send(() => json(setAt(route.valid(), at, to))),
    field,
  });
  return [
    spoil(`${field} missing`, undefined),
    spoil(`${field} empty`, ''),
    spoil(`${field} as a number`, 12),
    spoil(`${field} as an object`, { text: 'x' }),
    spoil(`${field} over-long (250,000 characters)`, 'ا'.repeat(250_000)),
    spoil(`a lone surrogate (\\ud800) in ${field}`, 'قبل\ud800بعد'),
    spoil(`a lone low surrogate (\\udc00) in ${field}`, '\udc00'),
    spoil(`a NUL character in ${field}`, 'a\u0000b'),
    spoil(`U+FFFD (a decoder's replacement character) in ${field}`, 'a\ufffdb'),
    {
      route: route.route,
      name: `invalid UTF-8 bytes in ${field}`,
      request: send(() => withRaw(route.valid(), at, Buffer.concat([Buffer.from('"'), NOT_UTF8, Buffer.from('"')]))),
      field,
    },
    {
      route: route.route,
      name: `5,000 nested arrays as ${field}`,
      request: send(() => withRaw(route.valid(), at, nestedArrays(5000))),
      field,
    },
    {
      route: route.route,
      name: `5,000 nested objects as ${field}`,
      request: send(() => withRaw(route.valid(), at, nestedObjects(5000))),
      field,
    },
    {
      route: route.route,
      name: `an unknown field beside ${field}`,
      request: send(() => json(setAt(route.valid(), [...at.slice(0, -1), 'colour'], 'red'))),
      field: 'colour',
    },
  ].map((spoilt) =>
    route.partial && spoilt.name === `${field} missing`
      ? { ...spoilt, name: 'no field at all', field: 'data' }
      : spoilt,
  );
};

const body = paragraphs('فقرة صالحة.');
const validArticle = () => ({ data: { title: 'عنوان صالح', body } });

const routes: Route[] = [
  {
    route: 'POST /articles',
    method: 'post',
    path: () => '/api/newsroom/articles',
    valid: validArticle,
    text: ['data', 'title'],
  },
  {
    route: 'PUT /articles/:id',
    method: 'put',
    partial: true,
    path: () => `/api/newsroom/articles/${target.article}`,
    valid: () => ({ data: { title: 'عنوان معدل' } }),
    text: ['data', 'title'],
  },
  {
    route: 'POST /experts',
    method: 'post',
    path: () => '/api/newsroom/experts',
    valid: () => ({ data: { name: 'خبير' } }),
    text: ['data', 'name'],
  },
  {
    route: 'PUT /experts/:id',
    method: 'put',
    partial: true,
    path: () => `/api/newsroom/experts/${target.expert}`,
    valid: () => ({ data: { name: 'اسم معدل' } }),
    text: ['data', 'name'],
  },
  {
    route: 'POST /tags',
    method: 'post',
    path: () => '/api/newsroom/tags',
    valid: () => ({ data: { name: 'وسم', type: 'topic' } }),
    text: ['data', 'name'],
  },
  {
    route: 'PUT /tags/:id',
    method: 'put',
    partial: true,
    path: () => `/api/newsroom/tags/${target.tag}`,
    valid: () => ({ data: { name: 'وسم معدل' } }),
    text: ['data', 'name'],
  },
  {
    route: 'POST /articles/:documentId/translations',
    method: 'post',
    path: () => `/api/newsroom/articles/${target.article}/translations`,
    valid: () => ({ locale: 'ru' }),
    text: ['locale'],
  },
  {
    route: 'POST /articles/:documentId/translations/:locale/in-line',
    method: 'post',
    path: () => `/api/newsroom/articles/${target.article}/translations/en/in-line`,
    valid: () => ({}),
  },
  {
    route: 'POST /articles/:documentId/corrections',
    method: 'post',
    path: () => `/api/newsroom/articles/${target.article}/corrections`,
    query: { locale: 'ar' },
    valid: () => ({ data: { kind: 'correction', text: 'نص التصحيح' } }),
    text: ['data', 'text'],
  },
  {
    route: 'PUT /corrections/:documentId',
    method: 'put',
    path: () => `/api/newsroom/corrections/${target.correction}`,
    valid: () => ({ data: { text: 'نص معدل' } }),
    text: ['data', 'text'],
  },
  {
    route: 'POST /articles/:documentId/unpublish',
    method: 'post',
    path: () => `/api/newsroom/articles/${target.article}/unpublish`,
    valid: () => ({ locale: 'ar', reason: 'سبب السحب' }),
    text: ['reason'],
  },
  {
    route: 'POST /articles/suggest-entities',
    method: 'post',
    path: () => '/api/newsroom/articles/suggest-entities',
    query: { locale: 'ar' },
    valid: () => ({ data: { text: 'روسيا وطالبان' } }),
    text: ['data', 'text'],
  },
];

const byRoute = Object.fromEntries(routes.map((route) => [route.route, route]));

/** A case that sends the route's payload changed by `change`, or sends it elsewhere (`path`, `query`). */
const variant = (
  routeName: string,
  name: string,
  field: string,
  change: (valid: Json) => Json,
  options: { status?: number; path?: () => string; query?: Record<string, string | string[]> } = {},
): Case => {
  const route = byRoute[routeName];
  return {
    route: routeName,
    name,
    field,
    status: options.status,
    request: () => ({
      method: route.method,
      path: options.path ? options.path() : route.path(),
      query: options.query ?? route.query,
      body: JSON.stringify(change(route.valid())),
    }),
  };
};

/** The payload with these fields changed in its data; a function for fields that read the targets' ids. */
const inData = (fields: Json | (() => Json)) => (valid: Json) => ({
  ...valid,
  data: { ...(valid.data as Json), ...(typeof fields === 'function' ? fields() : fields) },
});

const BIDI = ['\u202E', '\u202D', '\u2066', '\u2067', '\u2068', '\u2069', '\u200F', '\u200E', '\u200B', '\uFEFF'];
const hex = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const articleCases = (routeName: 'POST /articles' | 'PUT /articles/:id'): Case[] => {
  const c = (name: string, field: string, fields: Json | (() => Json)) =>
    variant(routeName, name, field, inData(fields));
  const quote = (fields: Json) => [{ text: 'قول', kind: 'direct', ...fields }];
  const figure = (fields: Json) => [{ value: 137, label: 'قتلى', ...fields }];
  const block = (value: unknown) => [value];
  return [
    c('title over 200 characters', 'data.title', { title: 'ع'.repeat(201) }),
    c('title only spaces', 'data.title', { title: '   ' }),
    c('body empty', 'data.body', { body: [] }),
    c('body as a string', 'data.body', { body: '<p>نص</p>' }),
    c('body as null', 'data.body', { body: null }),
    c('a block without children', 'data.body.0', { body: block({ type: 'paragraph' }) }),
    c('a block with no text node', 'data.body.0.children', { body: block({ type: 'paragraph', children: [] }) }),
    c('a text node without text', 'data.body.0.children.0', {
      body: block({ type: 'paragraph', children: [{ type: 'text' }] }),
    }),
    c('an unknown block type', 'data.body.0.type', {
      body: block({ type: 'script', children: [{ type: 'text', text: 'x' }] }),
    }),
    c('a heading of level 7', 'data.body.0.level', {
      body: block({ type: 'heading', level: 7, children: [{ type: 'text', text: 'x' }] }),
    }),
    c('a heading level as a string', 'data.body.0.level', {
      body: block({ type: 'heading', level: '2', children: [{ type: 'text', text: 'x' }] }),
    }),
    c('bold as a string', 'data.body.0.children.0', {
      body: block({ type: 'paragraph', children: [{ type: 'text', text: 'x', bold: 'true' }] }),
    }),
    c('a javascript: link', 'data.body.0.children.0.url', {
      body: block({
        type: 'paragraph',
        children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'x' }] }],
      }),
    }),
    c('an image block with a data: URL', 'data.body.0.image.url', {
      body: block({
        type: 'image',
        image: { url: 'data:image/png;base64,AAAA' },
        children: [{ type: 'text', text: '' }],
      }),
    }),
    c('a list format not in the list', 'data.body.0.format', {
      body: block({
        type: 'list',
        format: 'bulleted',
        children: [{ type: 'list-item', children: [{ type: 'text', text: 'x' }] }],
      }),
    }),
    c('an indent level as a string', 'data.body.0.indentLevel', {
      body: block({
        type: 'list',
        format: 'ordered',
        indentLevel: '1',
        children: [{ type: 'list-item', children: [{ type: 'text', text: 'x' }] }],
      }),
    }),
    c('a NUL in an image block’s metadata', 'data.body.0.image.name', {
      body: block({
        type: 'image',
        image: { url: '/uploads/a.png', name: 'a\u0000.png' },
        children: [{ type: 'text', text: '' }],
      }),
    }),
    c('a lone surrogate in a link', 'data.body.0.children.0.url', {
      body: block({
        type: 'paragraph',
        children: [{ type: 'link', url: 'https://a.example/\ud800', children: [{ type: 'text', text: 'x' }] }],
      }),
    }),
    c('standfirst over 600 characters', 'data.standfirst', { standfirst: 'ع'.repeat(601) }),
    c('byline as a list', 'data.byline', { byline: ['a', 'b'] }),
    c('genre not in the list', 'data.genre', { genre: 'gossip' }),
    c('genre in capitals', 'data.genre', { genre: 'ANALYSIS' }),
    c('quote kind not in the list', 'data.quotes.0.kind', { quotes: quote({ kind: 'rumour' }) }),
    c('quote text empty', 'data.quotes.0.text', { quotes: quote({ text: '' }) }),
    c('quote text over 2,000 characters', 'data.quotes.0.text', { quotes: quote({ text: 'ق'.repeat(2001) }) }),
    c('quotes as an object', 'data.quotes', { quotes: { text: 'x' } }),
    c('key figure value as a string', 'data.keyFigures.0.value', { keyFigures: figure({ value: '137' }) }),
    c('key figure qualifier not in the list', 'data.keyFigures.0.qualifier', {
      keyFigures: figure({ qualifier: 'roughly' }),
    }),
    c('key figure without a label', 'data.keyFigures.0.label', { keyFigures: figure({ label: undefined }) }),
    c('source URL with javascript:', 'data.sources.0.url', { sources: [{ name: 'x', url: 'javascript:alert(1)' }] }),
    c('source URL not absolute', 'data.sources.0.url', { sources: [{ name: 'x', url: 'example.com' }] }),
    c('slug over 200 characters', 'data.slug', { slug: 's'.repeat(201) }),
    c('slug with nothing to keep', 'slug', { slug: '«»؟!' }),
    ...BIDI.map((char) => c(`slug with ${hex(char)}`, 'data.slug', { slug: `حساب${char}مزور` })),
    c('wordCount set by hand', 'data.wordCount', { wordCount: 9 }),
    c('readingTimeMinutes set by hand', 'data.readingTimeMinutes', { readingTimeMinutes: 1 }),
    c('an expert that does not exist', 'data.experts.0', { experts: ['nosuchexpert0000000000000'] }),
    c('an expert that exists only in en', 'data.experts.0', () => ({ experts: [target.enOnlyExpert] })),
    c('a tag that exists only in en, by connect', 'data.tags.connect.0', () => ({
      tags: { connect: [{ documentId: target.enOnlyTag }] },
    })),
    c('a tag that exists only in en, by set', 'data.tags.set.0', () => ({ tags: { set: [target.enOnlyTag] } })),
    c('a relation naming another locale', 'data.tags', () => ({
      tags: { connect: [{ documentId: target.tag, locale: 'en' }] },
    })),
    c('a relation id that is not a documentId', 'data.tags', { tags: ['../../etc'] }),
    c('a relation as a number', 'data.experts', { experts: [1] }),
    c('a quote by an expert that does not exist', 'data.quotes.0.expert', {
      quotes: quote({ expert: 'nosuchexpert0000000000000' }),
    }),
    c('a quote by an expert that exists only in en', 'data.quotes.0.expert', () => ({
      quotes: quote({ expert: target.enOnlyExpert }),
    })),
    c('a subject that does not exist', 'data.subjects.0', { subjects: ['nosuchtopic00000000000000'] }),
    c('a lead image that does not exist', 'data.leadImage', { leadImage: 99999 }),
    c('a lead image id as a string', 'data.leadImage', { leadImage: '1' }),
    c('a lead image id beyond the integer range', 'data.leadImage', { leadImage: 1e20 }),
    c('a payload locale unknown', 'data.locale', { locale: 'xx' }),
    c('a payload locale other than the request’s', 'data.locale', { locale: 'en' }),
    c('a documentId in the payload', 'documentId', { documentId: 'otherdocument000000000000' }),
    variant(routeName, 'an unknown locale', 'locale', (valid) => valid, { query: { locale: 'xx' } }),
    variant(routeName, 'a locale in capitals', 'locale', (valid) => valid, { query: { locale: 'AR' } }),
    variant(routeName, 'the locale given twice', 'locale', (valid) => valid, { query: { locale: ['ar', 'en'] } }),
    variant(routeName, 'a status not in the list', 'status', (valid) => valid, { query: { status: 'bogus' } }),
    variant(routeName, 'no data', 'data', () => ({})),
    variant(routeName, 'data as a list', 'data', () => ({ data: [validArticle().data] })),
  ];
};

const entityCases = (routeName: string, kind: 'expert' | 'tag'): Case[] => {
  const c = (name: string, field: string, fields: Json) => variant(routeName, name, field, inData(fields));
  return [
    c('name over 200 characters', 'data.name', { name: 'ا'.repeat(201) }),
    c('wikidataId in lower case', 'data.wikidataId', { wikidataId: 'q159' }),
    c('wikidataId Q0', 'data.wikidataId', { wikidataId: 'Q0' }),
    c('wikidataId of a property', 'data.wikidataId', { wikidataId: 'P31' }),
    c('wikidataId with trailing letters', 'data.wikidataId', { wikidataId: 'Q159x' }),
    c('wikidataId as a URL', 'data.wikidataId', { wikidataId: 'https://www.wikidata.org/wiki/Q159' }),
    c('wikidataId as a number', 'data.wikidataId', { wikidataId: 159 }),
    c('aliases not a list', 'data.aliases', { aliases: 'a, b' }),
    c('an alias as a number', 'data.aliases.0', { aliases: [1] }),
    c('an alias empty', 'data.aliases.0', { aliases: [''] }),
    c('51 aliases', 'data.aliases', { aliases: Array.from({ length: 51 }, (_, i) => `a${i}`) }),
    c('slug with U+202E', 'data.slug', { slug: `a\u202Eb` }),
    c('slug with U+2067', 'data.slug', { slug: `a\u2067b\u2069` }),
    c('a payload locale unknown', 'data.locale', { locale: 'xx' }),
    ...(kind === 'expert'
      ? [
          c('kind not in the list', 'data.kind', { kind: 'pundit' }),
          c('bio over 5,000 characters', 'data.bio', { bio: 'ب'.repeat(5001) }),
          c('jobTitle as a number', 'data.jobTitle', { jobTitle: 1 }),
        ]
      : [
          c('type not in the list', 'data.type', { type: 'planet' }),
          c('type in capitals', 'data.type', { type: 'TOPIC' }),
          c('description over 2,000 characters', 'data.description', { description: 'و'.repeat(2001) }),
        ]),
    variant(routeName, 'an unknown locale', 'locale', (valid) => valid, { query: { locale: 'xx' } }),
    variant(routeName, 'no data', 'data', () => ({})),
  ];
};

const notFound = 'nosuchdocument00000000000';

const cases: Case[] = [
  ...routes.flatMap((route) => [...parserCases(route), ...(route.text ? textCases(route) : [])]),
  ...articleCases('POST /articles'),
  ...articleCases('PUT /articles/:id'),
  variant('PUT /articles/:id', 'an article that does not exist', notFound, (valid) => valid, {
    status: 404,
    path: () => `/api/newsroom/articles/${notFound}`,
  }),
  variant('PUT /articles/:id', 'a NUL in the documentId', 'path', (valid) => valid, {
    path: () => '/api/newsroom/articles/a%00b',
  }),
  variant('POST /tags', 'no type', 'data.type', (valid) => ({ data: { name: (valid.data as Json).name } })),
  ...entityCases('POST /experts', 'expert'),
  ...entityCases('PUT /experts/:id', 'expert'),
  ...entityCases('POST /tags', 'tag'),
  ...entityCases('PUT /tags/:id', 'tag'),
  variant('PUT /experts/:id', 'an expert that does not exist', notFound, (valid) => valid, {
    status: 404,
    path: () => `/api/newsroom/experts/${notFound}`,
  }),
  variant('PUT /tags/:id', 'a NUL in the documentId', 'path', (valid) => valid, {
    path: () => '/api/newsroom/tags/x%00',
  }),
  // Starting a translation.
  variant('POST /articles/:documentId/translations', 'an unknown locale', 'locale', () => ({ locale: 'xx' })),
  variant('POST /articles/:documentId/translations', 'the source locale', 'locale', () => ({ locale: 'ar' })),
  variant(
    'POST /articles/:documentId/translations',
    'a locale that is started already',
    '"en"',
    () => ({ locale: 'en' }),
    {
      status: 409,
    },
  ),
  variant('POST /articles/:documentId/translations', 'the locale in data', 'locale', () => ({
    data: { locale: 'ru' },
  })),
  variant('POST /articles/:documentId/translations', 'an article that does not exist', notFound, (valid) => valid, {
    status: 404,
    path: () => `/api/newsroom/articles/${notFound}/translations`,
  }),
  variant('POST /articles/:documentId/translations', 'a documentId with dots', 'documentId', (valid) => valid, {
    path: () => '/api/newsroom/articles/a.b/translations',
  }),
  // Marking a translation in line.
  ...(
    [
      ['an unknown locale', 'xx', 'locale', 400],
      ['the source locale', 'ar', 'locale', 400],
      ['a locale with no translation', 'ru', '"ru"', 404],
      ['a locale over 20 characters', 'x'.repeat(21), 'locale', 400],
    ] as const
  ).map(([name, locale, field, status]) =>
    variant('POST /articles/:documentId/translations/:locale/in-line', name, field, (valid) => valid, {
      status,
      path: () => `/api/newsroom/articles/${target.article}/translations/${locale}/in-line`,
    }),
  ),
  variant(
    'POST /articles/:documentId/translations/:locale/in-line',
    'an article that does not exist',
    notFound,
    (v) => v,
    {
      status: 404,
      path: () => `/api/newsroom/articles/${notFound}/translations/en/in-line`,
    },
  ),
  // Corrections.
  variant('POST /articles/:documentId/corrections', 'no locale', 'locale', (v) => v, { query: {} }),
  variant('POST /articles/:documentId/corrections', 'an unknown locale', 'locale', (v) => v, {
    query: { locale: 'xx' },
  }),
  variant('POST /articles/:documentId/corrections', 'a locale the article is not published in', '"ru"', (v) => v, {
    query: { locale: 'ru' },
    status: 409,
  }),
  variant('POST /articles/:documentId/corrections', 'kind not in the list', 'data.kind', inData({ kind: 'erratum' })),
  variant('POST /articles/:documentId/corrections', 'no kind', 'data.kind', inData({ kind: undefined })),
  variant(
    'POST /articles/:documentId/corrections',
    'text over 2,000 characters',
    'data.text',
    inData({ text: 'ت'.repeat(2001) }),
  ),
  variant('POST /articles/:documentId/corrections', 'no data', 'data', () => ({})),
  variant('POST /articles/:documentId/corrections', 'an article that does not exist', notFound, (v) => v, {
    status: 404,
    path: () => `/api/newsroom/articles/${notFound}/corrections`,
  }),
  variant('PUT /corrections/:documentId', 'a kind, which cannot be amended', 'kind', inData({ kind: 'clarification' })),
  variant(
    'PUT /corrections/:documentId',
    'text over 2,000 characters',
    'data.text',
    inData({ text: 'ت'.repeat(2001) }),
  ),
  variant('PUT /corrections/:documentId', 'no data', 'data', () => ({})),
  variant('PUT /corrections/:documentId', 'a correction that does not exist', notFound, (v) => v, {
    status: 404,
    path: () => `/api/newsroom/corrections/${notFound}`,
  }),
  // Unpublishing.
  variant('POST /articles/:documentId/unpublish', 'no reason', 'reason', () => ({ locale: 'ar' })),
  variant('POST /articles/:documentId/unpublish', 'reason over 2,000 characters', 'reason', () => ({
    locale: 'ar',
    reason: 'س'.repeat(2001),
  })),
  variant('POST /articles/:documentId/unpublish', 'no locale', 'locale', () => ({ reason: 'سبب' })),
  variant('POST /articles/:documentId/unpublish', 'an unknown locale', 'locale', () => ({
    locale: 'xx',
    reason: 'سبب',
  })),
  variant('POST /articles/:documentId/unpublish', 'a locale as a list', 'locale', () => ({
    locale: ['ar'],
    reason: 'سبب',
  })),
  variant(
    'POST /articles/:documentId/unpublish',
    'a locale it is not published in',
    '"en"',
    () => ({ locale: 'en', reason: 'سبب' }),
    {
      status: 404,
    },
  ),
  variant('POST /articles/:documentId/unpublish', 'an article that does not exist', notFound, (v) => v, {
    status: 404,
    path: () => `/api/newsroom/articles/${notFound}/unpublish`,
  }),
  // Entity suggestions.
  variant('POST /articles/suggest-entities', 'an unknown locale', 'locale', (v) => v, { query: { locale: 'xx' } }),
  variant('POST /articles/suggest-entities', 'no data', 'data', () => ({})),
  // Deleting (a write too): the reference article, expert and tag must survive a refused delete.
  ...(['articles', 'experts', 'tags'] as const).map(
    (type): Case => ({
      route: `DELETE /${type}/:id`,
      name: 'an unknown locale',
      field: 'locale',
      request: () => ({
        method: 'delete',
        path: `/api/newsroom/${type}/${type === 'articles' ? target.article : type === 'experts' ? target.expert : target.tag}`,
        query: { locale: 'xx' },
      }),
    }),
  ),
  {
    route: 'DELETE /articles/:id',
    name: 'a reason over 2,000 characters',
    field: 'reason',
    request: () => ({
      method: 'delete',
      path: `/api/newsroom/articles/${target.article}`,
      query: { locale: 'ar', reason: 'س'.repeat(2001) },
    }),
  },
];

const where = (error: { path?: Path }) => (error.path ?? []).join('.');

describe('bad input on every write route', () => {
  let app: TestApp;
  let token: string;
  let tables: string[];
  let baseline: Awaited<ReturnType<typeof state>>;

  const state = async () => ({
    counts: await countRows(app.strapi, tables),
    article: await wholeDocument(app.strapi, ARTICLE, target.article),
    expert: await wholeDocument(app.strapi, EXPERT, target.expert),
    tag: await wholeDocument(app.strapi, TAG, target.tag),
    correction: await wholeDocument(app.strapi, CORRECTION, target.correction),
  });

  const send = ({ method, path, query, body: payload }: Request) => {
    const agent = app.http();
    const request = agent[method](path)
      .query(query ?? {})
      .set('Authorization', `Bearer ${token}`);
    if (payload === undefined) return request;
    // Sent byte for byte: supertest would serialise a Buffer as JSON (its serialiser is typed for strings).
    return request
      .set('Content-Type', 'application/json')
      .serialize((raw: string) => raw)
      .send(payload as string);
  };

  const api = (method: 'post' | 'put', path: string, payload: Json, query: Record<string, string> = {}) =>
    app.http()[method](`/api/newsroom${path}`).query(query).set('Authorization', `Bearer ${token}`).send(payload);

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
    tables = pluginTables(app.strapi);
    const reference = await app.strapi.documents(ARTICLE).findFirst({
      locale: 'ar',
      filters: { slug: REFERENCE_SLUG },
      populate: { experts: true, tags: true },
    });
    target.article = reference!.documentId;
    target.expert = reference!.experts![0].documentId;
    target.tag = reference!.tags![0].documentId;
    // An en translation started (so that "started already" and "in line" have something to aim at), a
    // correction to amend, and an expert and a tag that exist in en only.
    expect((await api('post', `/articles/${target.article}/translations`, { locale: 'en' })).status).toBe(201);
    const correction = await api(
      'post',
      `/articles/${target.article}/corrections`,
      { data: { kind: 'correction', text: 'تصحيح' } },
      { locale: 'ar' },
    );
    expect(correction.status).toBe(201);
    target.correction = correction.body.data.documentId;
    const expert = await api('post', '/experts', { data: { name: 'An English-only expert' } }, { locale: 'en' });
    const tag = await api('post', '/tags', { data: { name: 'An English-only tag', type: 'topic' } }, { locale: 'en' });
    expect([expert.status, tag.status]).toEqual([201, 201]);
    target.enOnlyExpert = expert.body.data.documentId;
    target.enOnlyTag = tag.body.data.documentId;
    await quiesce(app.strapi);
    baseline = await state();
  });

  afterAll(async () => {
    const perRoute = cases.reduce<Record<string, number>>(
      (count, { route }) => ({ ...count, [route]: (count[route] ?? 0) + 1 }),
      {},
    );
    console.info(
      `${cases.length} bad payloads tried:\n${Object.entries(perRoute)
        .map(([route, n]) => `  ${route}: ${n}`)
        .join('\n')}`,
    );
    await app?.stop();
  });

  it.each(cases.map((spoilt) => [`${spoilt.route}: ${spoilt.name}`, spoilt] as const))(
    '%s',
    async (_label, { request, field, status = 400 }) => {
      const response = await send(request());
      expect({ status: response.status, name: response.body?.error?.name }).toEqual({
        status,
        name: expect.any(String),
      });
      const { message, details } = response.body.error as { message: string; details?: { errors?: { path?: Path }[] } };
      const paths = (details?.errors ?? []).map(where);
      const named = paths.some((path) => path === field || path.startsWith(`${field}.`)) || message.includes(field);
      expect({ named, message, paths }).toMatchObject({ named: true });
      // Compared at once, so that a write is laid at the door of the payload that made it (and only of it:
      // the next case compares with what this one left).
      const after = await state();
      try {
        expect(after).toEqual(baseline);
      } finally {
        baseline = after;
      }
    },
  );

  it('left nothing behind either once Strapi finished its work after the requests', async () => {
    await quiesce(app.strapi);
    expect(await state()).toEqual(baseline);
  });

  // Not bad input: Arabic text mixed with Latin may need direction marks. They stay in the text, as sent,
  // and out of the slug made from it.
  it.each([
    ['article', '/articles', (name: string) => ({ title: name, body })],
    ['expert', '/experts', (name: string) => ({ name })],
    ['tag', '/tags', (name: string) => ({ name, type: 'person' })],
  ] as const)('keeps bidi controls in an %s name as written, and out of its slug', async (_kind, path, data) => {
    const name = `\u202Eمعكوس\u202C ${BIDI.join('')} \u2066Crocus\u2069 \u200Fكروكس`;
    const response = await api('post', path, { data: data(name) });
    expect(response.status).toBe(201);
    expect(response.body.data.title ?? response.body.data.name).toBe(name);
    expect(response.body.data.slug).toBe('معكوس-crocus-كروكس');
  });
});

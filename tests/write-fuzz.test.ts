import fc from 'fast-check';
import { TAG_TYPES } from '../src/plugins/newsroom/server/src/constants';
import { GENRES } from '../src/plugins/newsroom/server/src/vocabularies/genres';
import { paragraphs } from './helpers/blocks';
import { REFERENCE_SLUG } from './helpers/reference';
import { ARTICLE_POPULATE, countRows, pluginTables } from './helpers/snapshot';
import { createApiToken, quiesce, startStrapi, type TestApp } from './helpers/strapi';

/**
 * Property-based fuzzing of the create and update routes of articles, experts and tags: random payloads,
 * from arbitrary JSON to payloads shaped like valid ones with a field gone wrong, so that some are
 * accepted. Whatever the payload: never a 5xx; a refused write leaves every row count as it was; an
 * accepted one changes them by exactly what the payload asks for (a model below computes it).
 *
 * The seed is printed at the start and by fast-check on a failure; FUZZ_SEED=<seed> repeats a run,
 * FUZZ_RUNS=<n> changes the number of payloads per route (60 by default: the file stays well under a
 * minute on SQLite and PostgreSQL).
 */

const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

const ARTICLE = 'plugin::newsroom.article';
const EXPERT = 'plugin::newsroom.expert';
const TAG = 'plugin::newsroom.entity-tag';

type Json = Record<string, unknown>;
type Kind = 'article' | 'expert' | 'tag';
type Ref = string | { documentId?: unknown };
type Counts = Record<string, number>;

const PATH: Record<Kind, string> = { article: 'articles', expert: 'experts', tag: 'tags' };
const UID = { article: ARTICLE, expert: EXPERT, tag: TAG } as const;

const SAMPLES = [
  'روسيا وطالبان.. تقاطع المصالح في وجه داعش',
  'Crocus City Hall',
  '<script>alert(1)</script></script>',
  '\u202Eمعكوس\u202C \u2066isolé\u2069',
  'مُحَمَّد ـــ تطويل',
  '   ',
  '',
  REFERENCE_SLUG,
  // What a generator seldom hits by chance: NUL (a 500 on PostgreSQL once), lone surrogates, U+FFFD.
  'a\u0000b',
  'x\ud800y',
  '\udc00',
  'damaged \ufffd text',
];

const junk = fc.jsonValue({ maxDepth: 3 });

/** Mostly text a journalist could write, sometimes at the length limit, sometimes anything at all. */
const text = (max: number) =>
  fc.oneof(
    { weight: 40, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 60) }) },
    { weight: 5, arbitrary: fc.constantFrom(...SAMPLES) },
    { weight: 1, arbitrary: fc.integer({ min: max - 2, max: max + 2 }).map((length) => 'ع'.repeat(length)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    { weight: 1, arbitrary: junk },
  );

// A body holds many text nodes: one in twenty is spoilt, or hardly any article would be valid.
const bodyText = fc.oneof(
  { weight: 19, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }) },
  text(200),
);
const usually = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 19, arbitrary: good }, junk);

const textNode = fc.record(
  { type: fc.constant('text'), text: bodyText, bold: fc.boolean(), italic: fc.boolean() },
  { requiredKeys: ['type', 'text'] },
);
const link = fc.record({
  type: fc.constant('link'),
  url: fc.oneof(
    {
      weight: 19,
      arbitrary: fc.oneof(fc.webUrl(), fc.constantFrom('/relative', '#anchor', 'mailto:desk@example.com')),
    },
    fc.constantFrom('javascript:alert(1)', 'data:text/html,x'),
  ),
  children: fc.array(textNode, { minLength: 1, maxLength: 2 }),
});
const inline = fc.oneof(
  {
    weight: 19,
    arbitrary: fc.array(fc.oneof({ weight: 9, arbitrary: textNode }, link), { minLength: 1, maxLength: 3 }),
  },
  fc.constant([]),
);

const { block } = fc.letrec<{ block: unknown; list: unknown }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small' },
    { weight: 15, arbitrary: fc.record({ type: fc.constant('paragraph'), children: inline }) },
    {
      weight: 4,
      arbitrary: fc.record({
        type: fc.constant('heading'),
        level: usually(fc.integer({ min: 1, max: 6 })),
        children: inline,
      }),
    },
    { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('quote', 'code'), children: inline }) },
    { weight: 1, arbitrary: tie('list') },
    { weight: 1, arbitrary: fc.oneof(junk, fc.constant({ type: 'paragraph' })) },
  ),
  list: fc.record({
    type: fc.constant('list'),
    format: usually(fc.constantFrom('ordered', 'unordered')),
    children: fc.array(
      fc.oneof({ depthSize: 'small' }, fc.record({ type: fc.constant('list-item'), children: inline }), tie('list')),
      { minLength: 1, maxLength: 3 },
    ),
  }),
}));

/** Ids of what a relation may point at: the good ones (in ar), and what must be refused. */
interface Targets {
  experts: string[];
  tags: string[];
  subjects: string[];
  refused: string[];
}

const pick = (good: string[], refused: string[]) =>
  fc.oneof({ weight: 19, arbitrary: fc.constantFrom(...good) }, fc.constantFrom(...refused));

const relation = (good: string[], refused: string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.array(pick(good, refused), { maxLength: 4 }) },
    {
      weight: 1,
      arbitrary: fc.record(
        {
          connect: fc.array(pick(good, refused), { maxLength: 2 }),
          disconnect: fc.array(pick(good, refused), { maxLength: 2 }),
        },
        { requiredKeys: [] },
      ),
    },
    { weight: 1, arbitrary: fc.record({ set: fc.array(pick(good, refused), { maxLength: 2 }) }) },
  );

const slug = fc.oneof(text(200), fc.constant(null));
const wikidataId = usually(
  fc.oneof(
    fc.integer({ min: 1 }).map((n) => `Q${n}`),
    fc.constant(null),
  ),
);
const aliases = fc.oneof(fc.array(text(200), { maxLength: 4 }), junk);

/** Fields shaped like the content type's, each sometimes wrong. */
const shapes = (targets: Targets): Record<Kind, Record<string, fc.Arbitrary<unknown>>> => ({
  article: {
    title: text(200),
    body: fc.oneof(
      { weight: 8, arbitrary: fc.array(block, { minLength: 1, maxLength: 3 }) },
      { weight: 1, arbitrary: junk },
    ),
    slug,
    standfirst: text(600),
    byline: text(200),
    genre: usually(fc.constantFrom(...GENRES)),
    quotes: fc.array(
      fc.record(
        {
          text: text(2000),
          kind: usually(fc.constantFrom('direct', 'paraphrase')),
          expert: fc.oneof(pick(targets.experts, targets.refused), fc.constant(null)),
        },
        { requiredKeys: ['text'] },
      ),
      { maxLength: 3 },
    ),
    keyFigures: fc.array(
      fc.record(
        {
          value: usually(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer())),
          qualifier: usually(fc.constantFrom('exact', 'about', 'more_than', 'less_than')),
          label: text(200),
          unit: text(60),
        },
        { requiredKeys: ['value', 'label'] },
      ),
      { maxLength: 3 },
    ),
    sources: fc.array(
      fc.record(
        { name: text(200), url: usually(fc.oneof(fc.webUrl(), fc.constant(null))) },
        { requiredKeys: ['name'] },
      ),
      { maxLength: 3 },
    ),
    experts: relation(targets.experts, targets.refused),
    tags: relation(targets.tags, targets.refused),
    subjects: relation(targets.subjects, targets.refused),
    leadImage: fc.oneof(fc.constant(null), fc.integer()),
    wordCount: fc.nat(),
    locale: fc.constantFrom('ar', 'en', 'xx'),
  },
  expert: {
    name: text(200),
    slug,
    jobTitle: text(200),
    affiliation: text(200),
    kind: usually(fc.constantFrom('analyst', 'official', 'journalist', 'outlet')),
    bio: text(5000),
    aliases,
    wikidataId,
  },
  tag: {
    name: text(200),
    slug,
    type: usually(fc.constantFrom(...TAG_TYPES)),
    aliases,
    description: text(2000),
    wikidataId,
  },
});

// The required fields; and fields seldom sent (one of them and a near-valid payload is almost always refused).
const REQUIRED: Record<Kind, string[]> = { article: ['title', 'body'], expert: ['name'], tag: ['name', 'type'] };
const RARE = new Set(['wordCount', 'locale', 'leadImage']);

/** A body for one route: arbitrary JSON, junk under known field names, or a near-valid payload. */
const payloads = (kind: Kind, update: boolean, targets: Targets): fc.Arbitrary<unknown> => {
  const shape = shapes(targets)[kind];
  const fields = Object.keys(shape);
  const usual = Object.fromEntries(fields.filter((field) => !RARE.has(field)).map((field) => [field, shape[field]]));
  const rare = Object.fromEntries(fields.filter((field) => RARE.has(field)).map((field) => [field, shape[field]]));
  const fieldsOf = fc
    .tuple(
      fc.record(usual, { requiredKeys: update ? [] : REQUIRED[kind] }),
      fc.oneof({ weight: 9, arbitrary: fc.constant({}) }, fc.record(rare, { requiredKeys: [] })),
    )
    .map(([some, unusual]) => ({ ...some, ...unusual }));
  return fc.oneof(
    { weight: 1, arbitrary: junk },
    { weight: 1, arbitrary: fc.record({ data: junk }) },
    {
      weight: 2,
      arbitrary: fc.record({ data: fc.dictionary(fc.constantFrom(...fields, 'colour'), junk, { maxKeys: 4 }) }),
    },
    { weight: 12, arbitrary: fc.record({ data: fieldsOf }) },
  );
};

// --- The model: what an accepted write adds, table by table. ---------------------------------------------

const idOf = (ref: Ref): string => (typeof ref === 'string' ? ref : String(ref.documentId));

/** The documents a relation points at after a write that sends `value`, from those it pointed at. */
const related = (before: Set<string>, value: unknown): Set<string> => {
  if (Array.isArray(value)) return new Set(value.map(idOf));
  const { connect = [], disconnect = [], set } = value as { connect?: Ref[]; disconnect?: Ref[]; set?: Ref[] };
  if (set) return new Set(set.map(idOf));
  const after = new Set([...before].filter((id) => !disconnect.map(idOf).includes(id)));
  for (const ref of connect) after.add(idOf(ref));
  return after;
};

interface ArticleState {
  quotes: { expert: unknown }[];
  keyFigures: unknown[];
  sources: unknown[];
  experts: Set<string>;
  tags: Set<string>;
  subjects: Set<string>;
}

const EMPTY: ArticleState = {
  quotes: [],
  keyFigures: [],
  sources: [],
  experts: new Set(),
  tags: new Set(),
  subjects: new Set(),
};

/** Row-count changes of an accepted article write, from the article's state before it. */
const articleDelta = (data: Json, before: ArticleState, created: boolean): Counts => {
  const replaced = <T>(field: string, old: T[]) => (data[field] as T[] | undefined) ?? old;
  const quotes = replaced('quotes', before.quotes);
  const withExpert = (list: { expert: unknown }[]) => list.filter((quote) => quote.expert).length;
  const components = (state: { quotes: unknown[]; keyFigures: unknown[]; sources: unknown[] }) =>
    state.quotes.length + state.keyFigures.length + state.sources.length;
  const after = {
    quotes,
    keyFigures: replaced('keyFigures', before.keyFigures),
    sources: replaced('sources', before.sources),
  };
  const links = (field: 'experts' | 'tags' | 'subjects') =>
    data[field] === undefined ? 0 : related(before[field], data[field]).size - before[field].size;
  return {
    newsroom_articles: created ? 1 : 0,
    newsroom_translation_states: created ? 1 : 0,
    // The source's text at its revision; an update replaces it (no translation is in line with the old one).
    newsroom_source_revisions: created ? 1 : 0,
    components_newsroom_quotes: quotes.length - before.quotes.length,
    components_newsroom_quotes_expert_lnk: withExpert(quotes) - withExpert(before.quotes),
    components_newsroom_key_figures: after.keyFigures.length - before.keyFigures.length,
    components_newsroom_sources: after.sources.length - before.sources.length,
    newsroom_articles_cmps: components(after) - components(before),
    newsroom_articles_experts_lnk: links('experts'),
    newsroom_articles_tags_lnk: links('tags'),
    newsroom_articles_subjects_lnk: links('subjects'),
  };
};

const plus = (counts: Counts, delta: Counts): Counts =>
  Object.fromEntries(Object.entries(counts).map(([table, count]) => [table, count + (delta[table] ?? 0)]));

describe('fuzzing the create and update routes', () => {
  let app: TestApp;
  let token: string;
  let tables: string[];
  let targets: Targets;
  const updated: Record<Kind, string> = { article: '', expert: '', tag: '' };
  const tally: Record<string, { sent: number; accepted: number }> = {};

  const api = (method: 'post' | 'put', path: string, payload: unknown) => {
    const agent = app.http();
    return agent[method](`/api/newsroom/${path}`)
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(payload));
  };

  const articleState = async (): Promise<ArticleState> => {
    const row = await app.strapi.db.query(ARTICLE).findOne({
      where: { documentId: updated.article, locale: 'ar', publishedAt: null },
      populate: ARTICLE_POPULATE,
    });
    const ids = (list: { documentId: string }[]) => new Set(list.map((item) => item.documentId));
    return { ...row, experts: ids(row.experts), tags: ids(row.tags), subjects: ids(row.subjects) };
  };

  /** An expert's or tag's old slugs: a hand-set slug that moves a public slug keeps the old one. */
  const redirects = async (uid: string) =>
    (await app.strapi.db
      .query('plugin::newsroom.slug-redirect')
      .findMany({ where: { targetUid: uid, targetLocale: 'ar' } })) as {
      targetDocumentId: string;
      slug: string;
    }[];

  const slugOf = async (kind: Kind) =>
    (await app.strapi.db.query(UID[kind]).findOne({ where: { documentId: updated[kind], locale: 'ar' } }))
      ?.slug as string;

  /** Sends one payload, then checks the answer and what it did to the database against the model. */
  const check = async (kind: Kind, update: boolean, payload: unknown) => {
    const count = (tally[`${update ? 'PUT' : 'POST'} /${PATH[kind]}`] ??= { sent: 0, accepted: 0 });
    count.sent += 1;
    const before = await countRows(app.strapi, tables);
    const article = kind === 'article' ? (update ? await articleState() : EMPTY) : undefined;
    const oldSlug = update && kind !== 'article' ? await slugOf(kind) : undefined;
    const oldRedirects = update && kind !== 'article' ? await redirects(UID[kind]) : [];
    const response = await (update
      ? api('put', `${PATH[kind]}/${updated[kind]}`, payload)
      : api('post', PATH[kind], payload));
    const after = await countRows(app.strapi, tables);
    if (response.status >= 500) throw new Error(`${response.status}: ${JSON.stringify(response.body?.error)}`);
    if (response.status >= 400) {
      expect(after).toEqual(before);
      return;
    }
    count.accepted += 1;
    const data = (payload as { data: Json }).data;
    let delta: Counts = {};
    if (kind === 'article') delta = articleDelta(data, article!, !update);
    else if (!update) delta = { [kind === 'expert' ? 'newsroom_experts' : 'newsroom_entity_tags']: 1 };
    else if (response.body.data.slug !== oldSlug) {
      // The old public slug is kept (unless some entry's old slug already), the new one forgotten as old.
      const recorded = oldRedirects.some((redirect) => redirect.slug === oldSlug) ? 0 : 1;
      const reclaimed = oldRedirects.filter(
        (redirect) => redirect.targetDocumentId === updated[kind] && redirect.slug === response.body.data.slug,
      ).length;
      delta = { newsroom_slug_redirects: recorded - reclaimed };
    }
    expect(after).toEqual(plus(before, delta));
    await quiesce(app.strapi, 50);
  };

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
    tables = pluginTables(app.strapi);
    const ids = async (uid: typeof EXPERT | typeof TAG | 'plugin::newsroom.media-topic', locale?: string) =>
      (await app.strapi.documents(uid).findMany({ locale, limit: 4 })).map((entry) => entry.documentId);
    const enOnly = await api('post', 'experts?locale=en', { data: { name: 'English only' } });
    targets = {
      experts: await ids(EXPERT, 'ar'),
      tags: await ids(TAG, 'ar'),
      subjects: await ids('plugin::newsroom.media-topic'),
      refused: [enOnly.body.data.documentId, 'nosuchdocument00000000000', 'not a documentId'],
    };
    const created = {
      article: await api('post', 'articles', { data: { title: 'هدف التحديثات', body: paragraphs('نص.') } }),
      expert: await api('post', 'experts', { data: { name: 'خبير التحديثات' } }),
      tag: await api('post', 'tags', { data: { name: 'وسم التحديثات', type: 'topic' } }),
    };
    for (const kind of ['article', 'expert', 'tag'] as const) {
      expect(created[kind].status).toBe(201);
      updated[kind] = created[kind].body.data.documentId;
    }
    await quiesce(app.strapi);
    console.info(`fast-check seed ${SEED} (FUZZ_SEED=${SEED} repeats this run), ${RUNS} payloads per route`);
  });

  afterAll(async () => {
    const lines = Object.entries(tally).map(
      ([route, { sent, accepted }]) => `  ${route}: ${sent} sent, ${accepted} accepted`,
    );
    console.info(`payloads:\n${lines.join('\n')}`);
    await app?.stop();
  });

  const routes = [
    ['article', false],
    ['article', true],
    ['expert', false],
    ['expert', true],
    ['tag', false],
    ['tag', true],
  ] as const;

  it.each(
    routes.map(([kind, update], index) => [`${update ? 'PUT' : 'POST'} /${PATH[kind]}`, kind, update, index] as const),
  )('%s: never a 5xx, never a partial write', async (_route, kind, update, index) => {
    await fc.assert(
      fc.asyncProperty(payloads(kind, update, targets), (payload) => check(kind, update, payload)),
      { numRuns: RUNS, seed: SEED + index },
    );
  });
});

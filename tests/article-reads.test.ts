import type { Core } from '@strapi/strapi';
import sharp from 'sharp';
import { REFERENCE_SLUG } from './helpers/reference';
import { createSecondArticle } from './helpers/second-article';
import { createApiToken, quiesce, startStrapi, type TestApp } from './helpers/strapi';
import { isPeriodicRead } from './helpers/queries';

/**
 * The hand-written reads (repositories/article-reads) against what the Document Service gives on the same
 * data: the card list under every filter and page, and the article page, must come out identical, to the
 * order of keys. The Document Service reads below are the ones the services made before: the reference.
 */

const ARTICLE = 'plugin::newsroom.article';
const TAG = 'plugin::newsroom.entity-tag';
const EXPERT = 'plugin::newsroom.expert';
const TOPIC = 'plugin::newsroom.media-topic';
const LOCALES = ['ar', 'en', 'ru', 'fa'] as const;
const GENRES = ['news', 'analysis', 'backgrounder', 'explainer', 'factbox', 'opinion', 'interview'];
const TAG_TYPES = ['person', 'organisation', 'country', 'place', 'event', 'group', 'topic'];

type Row = Record<string, unknown>;
type Status = 'published' | 'draft';
type Ref = { slug: string } | { documentId: string };

interface CardQuery {
  locale?: string;
  status: Status;
  tag?: Ref;
  tagType?: string;
  genre?: string;
  subject?: string;
  expert?: Ref;
  from?: Date;
  to?: Date;
  order: 'asc' | 'desc';
  withBody?: boolean;
  page: number;
  pageSize: number;
}

const CARD_FIELDS = [
  'title',
  'slug',
  'standfirst',
  'byline',
  'wordCount',
  'readingTimeMinutes',
  'locale',
  'firstPublishedAt',
  'publishedAt',
  'updatedAt',
  'genre',
  'leadImageCaption',
  'leadImageAlt',
  'leadImageCredit',
  'leadImageCopyrightHolder',
];
const EXPERT_FIELDS = ['name', 'slug', 'jobTitle', 'affiliation', 'kind', 'wikidataId', 'locale'];
const TAG_FIELDS = ['name', 'slug', 'type', 'wikidataId', 'locale'];
const TOPIC_FIELDS = ['code', 'names'];
const IMAGE_FIELDS = ['url', 'width', 'height', 'mime', 'size', 'formats', 'name'];

const CARD_POPULATE = {
  tags: { fields: TAG_FIELDS },
  experts: { fields: EXPERT_FIELDS },
  subjects: { fields: TOPIC_FIELDS },
  leadImage: { fields: IMAGE_FIELDS },
};
const PAGE_POPULATE = {
  quotes: { populate: { expert: { fields: EXPERT_FIELDS } } },
  keyFigures: true,
  sources: true,
  experts: { fields: EXPERT_FIELDS },
  tags: { fields: TAG_FIELDS },
  subjects: { fields: TOPIC_FIELDS },
  leadImage: { fields: IMAGE_FIELDS },
};

const service = (strapi: Core.Strapi, name: string) => strapi.plugin('newsroom').service(name);

/** The card list as the Document Service read it. */
const referenceCards = async (strapi: Core.Strapi, query: CardQuery) => {
  const conditions: Row[] = [];
  if (query.tag) conditions.push({ tags: query.tag });
  if (query.tagType) conditions.push({ tags: { type: query.tagType } });
  if (query.genre) conditions.push({ genre: query.genre });
  if (query.subject) conditions.push({ subjects: { code: query.subject } });
  if (query.expert) conditions.push({ experts: query.expert });
  if (query.from) conditions.push({ firstPublishedAt: { $gte: query.from.toISOString() } });
  if (query.to) conditions.push({ firstPublishedAt: { $lte: query.to.toISOString() } });
  const where = {
    ...(query.locale ? { locale: query.locale } : {}),
    status: query.status,
    ...(conditions.length > 0 ? { filters: { $and: conditions } } : {}),
  };
  const cards = await strapi.documents(ARTICLE).findMany({
    ...where,
    fields: (query.withBody ? [...CARD_FIELDS, 'body'] : CARD_FIELDS) as never,
    populate: CARD_POPULATE as never,
    sort: [{ firstPublishedAt: query.order }, { id: query.order }] as never,
    start: (query.page - 1) * query.pageSize,
    limit: query.pageSize,
  });
  const total = await strapi.documents(ARTICLE).count(where as never);
  return {
    cards,
    pagination: {
      page: query.page,
      pageSize: query.pageSize,
      pageCount: Math.ceil(total / query.pageSize),
      total,
      // A few articles: counted exactly, far below exactTotalUpTo.
      totalIsExact: true,
    },
  };
};

/** The article page as the slug resolver and the Document Service read it. */
const referencePage = async (
  strapi: Core.Strapi,
  slug: string,
  lookup: { locale?: string; status: Status; fallback?: boolean },
) => {
  const found = await service(strapi, 'slugResolver').resolve(ARTICLE, slug, lookup);
  if (found.kind !== 'found') return found;
  const article = await strapi.documents(ARTICLE).findOne({
    documentId: found.documentId,
    locale: found.locale,
    status: lookup.status,
    populate: PAGE_POPULATE as never,
  });
  if (!article) return { kind: 'none' };
  const rows = await strapi.db.query(ARTICLE).findMany({
    select: ['documentId', 'locale', 'slug'],
    where: { documentId: found.documentId, publishedAt: { $notNull: true } },
    orderBy: { locale: 'asc' },
  });
  const alternates = rows.filter((row: Row) => row.locale !== found.locale);
  const corrections = (await service(strapi, 'corrections').of(found.documentId, found.locale)).map((entry: Row) => ({
    kind: entry.kind,
    text: entry.text,
    issuedAt: entry.issuedAt,
    amendedAt: entry.amendedAt,
    earlierWordings: entry.earlierWordings,
  }));
  const meta = {
    ...(found.movedFrom !== undefined && found.slug !== null
      ? { movedTo: { locale: found.locale, slug: found.slug } }
      : {}),
    ...(found.requestedLocale !== undefined
      ? { fallback: { requestedLocale: found.requestedLocale, locale: found.locale } }
      : {}),
  };
  return { kind: 'found', article: { ...article, corrections }, alternates, corrections, meta };
};

/** Equal values, and equal once serialized: the same keys in the same order. */
const expectIdentical = (actual: unknown, expected: unknown, label: string) => {
  expect({ label, value: actual }).toStrictEqual({ label, value: expected });
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
};

/**
 * A page with its populated keys moved to the end in one order. The Document Service adds them as its
 * parallel populate queries finish (Promise.all in @strapi/database's populate/apply.js): on PostgreSQL, quotes
 * without an entry finish first, with entries last (after their experts' query); on SQLite always last.
 */
const withPopulatedKeysLast = (page: Row): Row => {
  if (page.kind !== 'found') return page;
  const { keyFigures, sources, experts, tags, subjects, leadImage, quotes, corrections, ...fields } =
    page.article as Row;
  return {
    ...page,
    article: { ...fields, keyFigures, sources, experts, tags, subjects, leadImage, quotes, corrections },
  };
};

describe('the hand-written article reads', () => {
  let app: TestApp;
  let strapi: Core.Strapi;
  const tags: Record<string, { documentId: string; slug: string; type: string }[]> = { ar: [], en: [], ru: [], fa: [] };
  const experts: Record<string, { documentId: string; slug: string }[]> = { ar: [], en: [], ru: [], fa: [] };
  let topics: string[] = [];
  let imageId: number;
  const slugs: { slug: string; locale: string }[] = [];
  let counter = 0;

  const pick = <T>(list: T[], count: number, seed: number): T[] =>
    Array.from({ length: Math.min(count, list.length) }, (_, i) => list[(seed * 7 + i * 3) % list.length]).filter(
      (item, i, all) => all.indexOf(item) === i,
    );

  const articleData = (locale: string, seed: number) => {
    counter += 1;
    const localeExperts = experts[locale];
    return {
      title: `${locale} article ${counter} ${'x'.repeat(seed % 5)}`,
      standfirst: seed % 3 === 0 ? null : `What happened, ${counter}.`,
      byline: seed % 2 === 0 ? null : `Writer ${seed}`,
      genre: GENRES[seed % GENRES.length],
      body: [
        { type: 'paragraph', children: [{ type: 'text', text: `Body ${counter}: ${'word '.repeat(20 + seed)}` }] },
      ],
      tags: pick(tags[locale], 3 + (seed % 8), seed).map((tag) => tag.documentId),
      experts: pick(localeExperts, 1 + (seed % 4), seed).map((expert) => expert.documentId),
      subjects: pick(topics, seed % 4, seed),
      quotes: Array.from({ length: seed % 4 }, (_, i) => ({
        text: `Quote ${i} of ${counter}`,
        kind: i % 2 === 0 ? 'direct' : 'paraphrase',
        ...(i === 2 ? {} : { expert: localeExperts[(seed + i) % localeExperts.length].documentId }),
      })),
      keyFigures: Array.from({ length: seed % 3 }, (_, i) => ({
        value: [0.1 + 0.2, 227000000, 1 / 3, 12.5][(seed + i) % 4],
        qualifier: 'about',
        label: `Figure ${i}`,
        ...(i === 1 ? { unit: 'km', period: '2024' } : {}),
      })),
      sources: Array.from({ length: seed % 3 }, (_, i) => ({
        name: `Source ${i}`,
        ...(i === 0 ? { url: 'https://example.org/' } : {}),
      })),
      ...(seed % 4 === 1
        ? {
            leadImage: imageId,
            leadImageCaption: 'A caption',
            leadImageAlt: 'Alt text',
            leadImageCredit: 'Photo: Jane Doe',
          }
        : {}),
    };
  };

  /** A published article in `locale`, translated into `also` (published too); some keep a newer draft. */
  const createArticle = async (locale: string, seed: number, also: string[] = []) => {
    const created = await strapi
      .documents(ARTICLE)
      .create({ locale, status: 'published', data: articleData(locale, seed) as never });
    slugs.push({ slug: String(created.slug), locale });
    for (const other of also) {
      const translated = await strapi.documents(ARTICLE).update({
        documentId: created.documentId,
        locale: other,
        status: 'published',
        data: articleData(other, seed + 1) as never,
      });
      slugs.push({ slug: String(translated?.slug), locale: other });
    }
    if (seed % 3 === 2) {
      await strapi
        .documents(ARTICLE)
        .update({ documentId: created.documentId, locale, data: { title: `${created.title} (draft)` } as never });
    }
    return created.documentId;
  };

  beforeAll(async () => {
    // The response cache off: a cached answer runs no query, and these tests count the queries of the reads.
    app = await startStrapi({ env: { NEWSROOM_RESPONSE_CACHE: 'off' } });
    strapi = app.strapi;
    const token = await createApiToken(strapi);
    await createSecondArticle(app, token);

    const png = await sharp({ create: { width: 1200, height: 700, channels: 3, background: { r: 200, g: 90, b: 20 } } })
      .png()
      .toBuffer();
    const upload = await app
      .http()
      .post('/api/upload')
      .set('Authorization', `Bearer ${token}`)
      .attach('files', png, { filename: 'lead.png', contentType: 'image/png' });
    expect(upload.status).toBe(201);
    imageId = upload.body[0].id;

    topics = (await strapi.db.query(TOPIC).findMany({ select: ['documentId'], limit: 12 })).map((row: Row) =>
      String(row.documentId),
    );
    // Tags and experts exist in every locale: a translation carries its source's.
    for (let i = 0; i < 12; i += 1) {
      const type = TAG_TYPES[i % TAG_TYPES.length];
      const [first, ...others] = LOCALES;
      const tag = await strapi.documents(TAG).create({
        locale: first,
        data: { name: `Tag ${first} ${i}`, type, ...(i % 3 === 0 ? { wikidataId: `Q${100 + i}` } : {}) } as never,
      });
      tags[first].push({ documentId: tag.documentId, slug: String(tag.slug), type });
      for (const locale of others) {
        const version = await strapi
          .documents(TAG)
          .update({ documentId: tag.documentId, locale, data: { name: `Tag ${locale} ${i}`, type } as never });
        tags[locale].push({ documentId: tag.documentId, slug: String(version?.slug), type });
      }
    }
    for (let i = 0; i < 5; i += 1) {
      const [first, ...others] = LOCALES;
      const data = (locale: string) => ({
        name: `Expert ${locale} ${i}`,
        jobTitle: i % 2 ? 'Analyst' : null,
        kind: i % 2 ? 'analyst' : 'official',
      });
      const expert = await strapi.documents(EXPERT).create({ locale: first, data: data(first) as never });
      experts[first].push({ documentId: expert.documentId, slug: String(expert.slug) });
      for (const locale of others) {
        const version = await strapi
          .documents(EXPERT)
          .update({ documentId: expert.documentId, locale, data: data(locale) as never });
        experts[locale].push({ documentId: expert.documentId, slug: String(version?.slug) });
      }
    }

    for (let seed = 0; seed < 14; seed += 1) {
      const locale = LOCALES[seed % LOCALES.length];
      const also = seed % 5 === 0 ? LOCALES.filter((other) => other !== locale).slice(0, 2) : [];
      const documentId = await createArticle(locale, seed, also);
      if (seed % 4 === 0) {
        await service(strapi, 'corrections').add(documentId, locale, { kind: 'correction', text: `Corrected ${seed}` });
        const [entry] = await service(strapi, 'corrections').of(documentId, locale);
        await service(strapi, 'corrections').amend(entry.documentId, `Corrected ${seed}, amended`);
        await service(strapi, 'corrections').add(documentId, locale, {
          kind: 'clarification',
          text: `Clarified ${seed}`,
        });
      }
      // Reordered relations: a tag moved to the front and the experts reversed, then published again.
      if (seed % 3 === 0) {
        const current = (await strapi
          .documents(ARTICLE)
          .findOne({ documentId, locale, populate: { tags: true, experts: true } as never })) as Row | null;
        const currentTags = (current?.tags ?? []) as Row[];
        const currentExperts = (current?.experts ?? []) as Row[];
        await strapi.documents(ARTICLE).update({
          documentId,
          locale,
          status: 'published',
          data: {
            tags: {
              connect: [{ documentId: currentTags[currentTags.length - 1].documentId, position: { start: true } }],
            },
            experts: currentExperts.map((expert) => expert.documentId).reverse(),
          } as never,
        });
      }
    }
    // A draft that was never published.
    await strapi.documents(ARTICLE).create({ locale: 'en', data: articleData('en', 9) as never });
  }, 300_000);

  afterAll(async () => {
    await app?.stop();
  });

  const cards = (query: CardQuery) => service(strapi, 'articleCards').list(query);

  it('gives the card pages the Document Service gives, under every filter, order and page size', async () => {
    const filters: Partial<CardQuery>[] = [{}, { withBody: true }];
    for (const locale of LOCALES) {
      const [first, second] = tags[locale];
      filters.push(
        { locale },
        { locale, tag: { slug: first.slug } },
        { locale, tag: { documentId: second.documentId } },
        { locale, tagType: 'event' },
        { locale, tag: { slug: first.slug }, tagType: 'country' },
        { locale, genre: 'analysis' },
        { locale, expert: { slug: experts[locale][1].slug } },
        { locale, expert: { documentId: experts[locale][2].documentId }, withBody: true },
        { locale, from: new Date(Date.now() - 3_600_000), to: new Date(Date.now() + 3_600_000) },
        { locale, to: new Date(Date.now() - 3_600_000) },
      );
    }
    const topic = (await strapi.db.query(TOPIC).findOne({ where: { documentId: topics[1] } })) as Row;
    filters.push(
      { locale: 'ar', subject: String(topic.code) },
      { locale: 'en', subject: String(topic.code), genre: 'news' },
    );
    filters.push({ locale: 'ar', tag: { slug: 'طالبان' } }, { locale: 'ar', tagType: 'person', from: new Date(0) });

    let compared = 0;
    for (const filter of filters) {
      for (const order of ['desc', 'asc'] as const) {
        for (const status of ['published', 'draft'] as const) {
          for (const [page, pageSize] of [
            [1, 1],
            [2, 3],
            [1, 50],
            [9, 20],
          ]) {
            const query: CardQuery = { ...filter, order, status, page, pageSize };
            expectIdentical(await cards(query), await referenceCards(strapi, query), JSON.stringify(query));
            compared += 1;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(400);
  }, 300_000);

  it("gives the article pages the Document Service gives, by current, old and other locales' slugs", async () => {
    const lookups: [string, { locale?: string; status: Status; fallback?: boolean }][] = [
      [REFERENCE_SLUG, { locale: 'ar', status: 'published' }],
      [REFERENCE_SLUG, { status: 'published' }],
      [REFERENCE_SLUG, { locale: 'fa', status: 'published' }],
      [REFERENCE_SLUG, { locale: 'fa', status: 'published', fallback: true }],
      [REFERENCE_SLUG, { locale: 'ar', status: 'draft' }],
      ['no-such-article', { locale: 'ar', status: 'published' }],
    ];
    for (const { slug, locale } of slugs) {
      lookups.push(
        [slug, { locale, status: 'published' }],
        [slug, { status: 'published' }],
        [slug, { locale, status: 'draft' }],
      );
      for (const other of LOCALES.filter((code) => code !== locale).slice(0, 2)) {
        lookups.push(
          [slug, { locale: other, status: 'published' }],
          [slug, { locale: other, status: 'published', fallback: true }],
        );
      }
    }
    // An old slug: the title changed, so did the slug; the old one still leads to the article.
    const [renamed] = slugs;
    const row = (await strapi.db
      .query(ARTICLE)
      .findOne({ where: { slug: renamed.slug, locale: renamed.locale } })) as Row;
    await strapi.documents(ARTICLE).update({
      documentId: String(row.documentId),
      locale: renamed.locale,
      status: 'published',
      data: { title: 'A new title', slug: null } as never,
    });
    lookups.push(
      [renamed.slug, { locale: renamed.locale, status: 'published' }],
      [renamed.slug, { status: 'published' }],
    );

    for (const [slug, lookup] of lookups) {
      const actual = await service(strapi, 'article').findBySlug(slug, lookup);
      const expected = await referencePage(strapi, slug, lookup);
      expectIdentical(
        withPopulatedKeysLast(actual),
        withPopulatedKeysLast(expected),
        `${slug} ${JSON.stringify(lookup)}`,
      );
    }
    expect(lookups.length).toBeGreaterThan(60);
  }, 300_000);

  it('reads article pages on every connection after a column is added and dropped under them (a rolling deploy)', async () => {
    const read = () => service(strapi, 'article').findBySlug(REFERENCE_SLUG, { locale: 'ar', status: 'published' });
    // Concurrent reads, so that several of the pool's connections have read pages before the change.
    const readMany = () => Promise.all(Array.from({ length: 8 }, read));
    const before = await read();
    expect(before.kind).toBe('found');
    await readMany();
    const table = strapi.db.metadata.get(ARTICLE).tableName;
    await strapi.db.connection.schema.alterTable(table, (t) => t.string('added_by_another_release'));
    try {
      for (const page of await readMany()) expect(page).toEqual(before);
    } finally {
      await strapi.db.connection.schema.alterTable(table, (t) => t.dropColumn('added_by_another_release'));
    }
    for (const page of await readMany()) expect(page).toEqual(before);
  });

  /** How many SQL statements one request makes. */
  const queriesOf = async (request: () => PromiseLike<{ status: number }>): Promise<number> => {
    let count = 0;
    const listener = ({ sql }: { sql: string }) => {
      if (!isPeriodicRead(sql)) count += 1;
    };
    strapi.db.connection.on('query', listener);
    try {
      expect((await request()).status).toBe(200);
    } finally {
      strapi.db.connection.off('query', listener);
    }
    return count;
  };

  it('makes as many SQL queries for a page of 5 cards as for 50, and as many with more articles', async () => {
    const list = (pageSize: number) => () =>
      app.http().get('/api/newsroom/articles').query({ locale: 'en', tag: tags.en[0].slug, pageSize });
    const page = () =>
      app
        .http()
        .get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`)
        .query({ locale: 'ar' });
    await quiesce(strapi, 300, 30_000);
    await list(5)();
    const [small, large, article] = [await queriesOf(list(5)), await queriesOf(list(50)), await queriesOf(page)];
    // The tag's ids, then the cards with their relations and the total; the page with its relations and corrections.
    expect([small, article]).toEqual([2, 1]);
    expect(large).toBe(small);

    for (let seed = 20; seed < 32; seed += 1) await createArticle('en', seed);
    // Strapi fills the writes' webhook payloads after they return: those queries are not the request's.
    await quiesce(strapi, 300, 30_000);
    expect(await queriesOf(list(50))).toBe(small);
    expect(await queriesOf(page)).toBe(article);
  }, 300_000);
});

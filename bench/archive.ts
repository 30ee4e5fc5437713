import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID } from '../src/plugins/newsroom/server/src/constants';

/**
 * The benchmark's archive: articles across the four locales, each with the reference article's body (its blocks
 * shuffled, so every article is as long as the reference and its words spread), 3 to 10 tags, 1 to 4 experts each
 * quoted once, the reference's key figures, sources and subjects. Written through the Document Service, so every
 * write runs the plugin's middlewares (slugs, search index, publication log) as an editor's would.
 */

export const LOCALES = ['ar', 'en', 'ru', 'fa'] as const;
const TAG_TYPES = ['person', 'organisation', 'country', 'place', 'event', 'group', 'topic'] as const;
const POOL = { tags: 240, experts: 60 };
/** A tag every other article carries: the card list's filter, with pages to read even in a small archive. */
export const FRONT_TAG = 'bench-front';
/** Wikidata ids no real entity of ours has: how the pool is found again. */
const BENCH_QID = 'Q999999';

export interface Pool {
  tags: string[];
  experts: string[];
}

const pick = <T>(items: readonly T[], seed: number, count: number): T[] => {
  const start = (seed * 7919) % items.length;
  return Array.from({ length: Math.min(count, items.length) }, (_, i) => items[(start + i * 13) % items.length]);
};

const shuffled = <T>(items: readonly T[], seed: number): T[] =>
  items
    .map((item, index) => ({ item, key: Math.sin(seed * 9301 + index * 49297) }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);

/** Tags and experts in all four locales, created once and found again when the archive grows. */
const ensurePool = async (strapi: Core.Strapi): Promise<Pool> => {
  const existing = async (uid: typeof ENTITY_TAG_UID | typeof EXPERT_UID) =>
    (
      await strapi.db
        .query(uid)
        .findMany({ where: { wikidataId: { $startsWith: BENCH_QID }, locale: 'ar' }, select: ['documentId'] })
    ).map((row: { documentId: string }) => row.documentId);
  const write = async (
    uid: typeof ENTITY_TAG_UID | typeof EXPERT_UID,
    count: number,
    shared: (i: number) => Record<string, string>,
    name: (i: number, locale: string) => string,
  ): Promise<string[]> => {
    const found = await existing(uid);
    if (found.length > 0) return found;
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const entry = await strapi
        .documents(uid)
        .create({ locale: 'ar', data: { ...shared(i), name: name(i, 'ar') } as never });
      for (const locale of LOCALES.slice(1)) {
        await strapi
          .documents(uid)
          .update({ documentId: entry.documentId, locale, data: { name: name(i, locale) } as never });
      }
      ids.push(entry.documentId);
    }
    return ids;
  };
  const tags = await write(
    ENTITY_TAG_UID,
    POOL.tags,
    (i) => ({
      type: TAG_TYPES[i % TAG_TYPES.length],
      wikidataId: `${BENCH_QID}${i + 100}`,
      ...(i === 0 ? { slug: FRONT_TAG } : {}),
    }),
    (i, locale) => (i === 0 ? FRONT_TAG : `وسم ${i} ${locale}`),
  );
  const experts = await write(
    EXPERT_UID,
    POOL.experts,
    (i) => ({ kind: i % 2 ? 'analyst' : 'official', wikidataId: `${BENCH_QID}${i + 100}` }),
    (i, locale) => `خبير ${i} ${locale}`,
  );
  return { tags, experts };
};

export interface GenerationReport {
  articles: number;
  seconds: number;
  perSecond: number;
}

/**
 * Writes articles `from` to `to - 1` (numbering carries on when the archive grows), `batch` to a transaction:
 * one commit per batch rather than per article, as an import would. One batch at a time: batches side by side
 * deadlock on PostgreSQL, each holding the slug locks (database/write-turns.ts) of its articles to its commit.
 */
export const generateArchive = async (
  strapi: Core.Strapi,
  { from, to, batch }: { from: number; to: number; batch: number },
): Promise<GenerationReport> => {
  const reference = await strapi.documents(ARTICLE_UID).findFirst({
    locale: 'ar',
    status: 'published',
    populate: { quotes: true, keyFigures: true, sources: true, subjects: true },
  });
  if (!reference) throw new Error('the reference article is missing: the benchmark starts from the seeded database');
  const pool = await ensurePool(strapi);
  const subjects = (reference.subjects ?? []).map((subject) => subject.documentId);
  const strip = <T extends { id?: unknown }>({ id: _id, ...rest }: T) => rest;
  const quotes = (reference.quotes ?? []).map(strip);

  const article = (n: number) => {
    const experts = pick(pool.experts, n, 1 + (n % 4));
    const tags = pick(pool.tags.slice(1), n, 3 + (n % 8) - (n % 2 === 0 ? 1 : 0));
    return {
      locale: LOCALES[n % LOCALES.length],
      status: 'published' as const,
      data: {
        title: `${reference.title} — ${n}`,
        standfirst: reference.standfirst,
        genre: reference.genre,
        body: shuffled(reference.body ?? [], n),
        quotes: experts.map((expert, i) => ({ ...quotes[(n + i) % quotes.length], expert })),
        keyFigures: (reference.keyFigures ?? []).map(strip),
        sources: (reference.sources ?? []).map(strip),
        experts,
        tags: n % 2 === 0 ? [pool.tags[0], ...tags] : tags,
        subjects: pick(subjects, n, 1 + (n % 2)),
      },
    };
  };

  const started = Date.now();
  for (let first = from; first < to; first += batch) {
    await strapi.db.transaction(async () => {
      for (let n = first; n < Math.min(first + batch, to); n += 1) {
        await strapi.documents(ARTICLE_UID).create(article(n) as never);
      }
    });
  }
  const seconds = (Date.now() - started) / 1000;
  return { articles: to - from, seconds, perSecond: (to - from) / seconds };
};

import { appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import qs from 'qs';
import {
  ARTICLE_CARD_FIELDS,
  ARTICLE_CARD_RELATIONS,
  ARTICLE_PAGE_RELATIONS,
  type RelationShape,
} from '../src/plugins/newsroom/server/src/services/populate';
import { FRONT_TAG } from './archive';
import { benchEnv, createBenchDatabase } from './database';
import { load, type LoadResult } from './load';
import { start, type Measured } from './processes';
import type { CeilingAnswer } from './protocol';

/**
 * `npm run bench`: the API benchmark (see BENCHMARKS.md). Grows an archive through the Document Service to each
 * size in BENCH_ARTICLES, and at each size loads the public reads with autocannon at 1, 16 and 64 connections:
 * our API without its response cache, stock Strapi REST (`populate` of the same relations) and a floor (one SQL
 * query behind a bare Node handler) on the same data; then our API with its cache; then the cached server's
 * memory over BENCH_MEMORY_REQUESTS requests; then the ceiling of a cached read (bench/ceiling.ts).
 * BENCH_MODE=quick (the default, under 5 minutes) or full (about 25 minutes on SQLite with BENCH_WRITTEN=1000).
 */

const FULL = process.env.BENCH_MODE === 'full';
// Quick mode stays under 5 minutes here (CI runs it): its figures only show that nothing broke.
const SIZES = (process.env.BENCH_ARTICLES ?? (FULL ? '10000,100000' : '50,200')).split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? (FULL ? 10 : 1));
// Beyond this many articles, the archive grows by copying the written ones in SQL (bench/replicate.ts).
const WRITTEN = Number(process.env.BENCH_WRITTEN ?? Infinity);
const MEMORY_REQUESTS = Number(process.env.BENCH_MEMORY_REQUESTS ?? (FULL ? 100_000 : 10_000));
const CONNECTIONS = [1, 16, 64];
/** Sequential requests over which SQL queries are counted (their median: a periodic read falls in few). */
const COUNTED = FULL ? 11 : 5;

type Server = 'ours' | 'stock' | 'floor';

interface Endpoint {
  name: string;
  paths: Partial<Record<Server, string[]>>;
}

interface Row {
  size: number;
  endpoint: string;
  server: Server | 'ours, cached' | 'ceiling';
  connections: number;
  load: LoadResult;
  queries: number;
  peakRssMb: number;
}

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const slugPath = (slug: string, suffix = '') =>
  `/api/newsroom/articles/slug/${encodeURIComponent(slug)}${suffix}?locale=ar`;

/** Stock Strapi's `populate` for the relations our answers show: what a frontend without the plugin would ask. */
const populateOf = (relations: Record<string, RelationShape | 'all'>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(relations).map(([name, shape]) => [
      name,
      shape === 'all'
        ? true
        : { fields: shape.fields, ...(shape.nested ? { populate: populateOf(shape.nested) } : {}) },
    ]),
  );

/** Pages 1 to 5 of the card list, or as many as there are: a page past the last one is not a card list. */
const cardPages = async (origin: string): Promise<number[]> => {
  const { meta } = (await (
    await get(origin, `/api/newsroom/articles?locale=ar&tag=${FRONT_TAG}&pageSize=20`)
  ).json()) as { meta: { pagination: { pageCount: number } } };
  return Array.from({ length: Math.min(5, meta.pagination.pageCount) }, (_, i) => i + 1);
};

const endpoints = (slugs: string[], pages: number[]): Endpoint[] => {
  return [
    {
      name: 'card list (20, by tag)',
      paths: {
        ours: pages.map((page) => `/api/newsroom/articles?locale=ar&tag=${FRONT_TAG}&pageSize=20&page=${page}`),
        stock: pages.map(
          (page) =>
            `/api/stock/articles?${qs.stringify({
              locale: 'ar',
              filters: { tags: { slug: { $eq: FRONT_TAG } } },
              sort: ['firstPublishedAt:desc', 'id:desc'],
              pagination: { page, pageSize: 20 },
              fields: ARTICLE_CARD_FIELDS,
              populate: populateOf(ARTICLE_CARD_RELATIONS),
            })}`,
        ),
        floor: pages.map((page) => `/cards?locale=ar&tag=${FRONT_TAG}&pageSize=20&page=${page}`),
      },
    },
    {
      name: 'article by slug',
      paths: {
        ours: slugs.map((slug) => slugPath(slug)),
        stock: slugs.map(
          (slug) =>
            `/api/stock/articles?${qs.stringify({ locale: 'ar', filters: { slug: { $eq: slug } }, populate: populateOf(ARTICLE_PAGE_RELATIONS) })}`,
        ),
        floor: slugs.map((slug) => `/article?locale=ar&slug=${encodeURIComponent(slug)}`),
      },
    },
    { name: 'JSON-LD', paths: { ours: slugs.map((slug) => slugPath(slug, '/jsonld')) } },
    { name: 'ninjs', paths: { ours: slugs.map((slug) => slugPath(slug, '/ninjs')) } },
    { name: 'RSS', paths: { ours: ['/api/newsroom/feeds/rss?locale=ar'] } },
  ];
};

const get = async (origin: string, pathname: string) => {
  const response = await fetch(origin + pathname);
  if (!response.ok) throw new Error(`${pathname}: ${response.status} ${await response.text()}`);
  return response;
};

/**
 * SQL queries per request: the median of a few requests, each counted alone. The request that reads the public
 * role's permissions and the locales again (once a minute here, NEWSROOM_REREAD_MS) is not typical.
 */
const queriesPerRequest = async (process: Measured, origin: string, paths: string[]) => {
  // The first request of a path may fill a start-up cache: not counted.
  await (await get(origin, paths[0])).arrayBuffer();
  const counts: number[] = [];
  for (let i = 0; i < COUNTED; i += 1) {
    await process.ask({ type: 'settle' }, 'settled');
    await process.ask({ type: 'stats' }, 'stats');
    await (await get(origin, paths[i % paths.length])).arrayBuffer();
    await process.ask({ type: 'settle' }, 'settled');
    counts.push((await process.ask({ type: 'stats' }, 'stats')).queries);
  }
  return counts.sort((a, b) => a - b)[Math.floor(COUNTED / 2)];
};

const measure = async (
  process: Measured,
  origin: string,
  size: number,
  endpoint: Endpoint,
  server: Server,
  label: Row['server'],
): Promise<Row[]> => {
  const paths = endpoint.paths[server];
  if (!paths) return [];
  const queries = await queriesPerRequest(process, origin, paths);
  const rows: Row[] = [];
  for (const connections of CONNECTIONS) {
    await process.ask({ type: 'settle' }, 'settled');
    await process.ask({ type: 'stats' }, 'stats');
    const result = await load(origin, paths, connections, { seconds: SECONDS });
    const { peakRss } = await process.ask({ type: 'stats' }, 'stats');
    await process.ask({ type: 'settle' }, 'settled');
    rows.push({
      size,
      endpoint: endpoint.name,
      server: label,
      connections,
      load: result,
      queries,
      peakRssMb: mb(peakRss),
    });
    console.log(
      `${size} ${endpoint.name} ${label} c=${connections}: ${Math.round(result.requestsPerSecond)} req/s p50 ${result.p50} p99 ${result.p99} q/req ${queries}`,
    );
  }
  return rows;
};

const serve = async (env: Record<string, string>) => {
  const server = start('server', env);
  await server.ask(null, 'ready');
  const { port } = await server.ask({ type: 'serve' }, 'serving');
  return { server, origin: `http://127.0.0.1:${port}` };
};

/** What our server sends for `pathname`, its headers of content (not of the connection) and its bytes. */
const sentAnswer = async (origin: string, pathname: string): Promise<CeilingAnswer> => {
  const response = await get(origin, pathname);
  const skipped = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!skipped.has(name)) headers[name] = value;
  });
  return {
    path: pathname,
    headers,
    base64: Buffer.from(await response.arrayBuffer()).toString('base64'),
  };
};

/** Slugs of Arabic articles spread over the archive, for the page, JSON-LD and ninjs loads. */
const sampleSlugs = async (origin: string, count: number): Promise<string[]> => {
  type Page = { data: { slug: string }[]; meta: { pagination: { total: number } } };
  const first = (await (await get(origin, '/api/newsroom/articles?locale=ar&pageSize=1')).json()) as Page;
  const total = first.meta.pagination.total;
  const slugs: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const page = 1 + Math.floor((i * total) / count);
    const { data } = (await (
      await get(origin, `/api/newsroom/articles?locale=ar&pageSize=1&page=${page}`)
    ).json()) as Page;
    slugs.push(data[0].slug);
  }
  return [...new Set(slugs)];
};

interface SizeReport {
  size: number;
  generated: { articles: number; perSecond: number };
  /** Articles copied in SQL from the generated ones (BENCH_WRITTEN). */
  copied: number;
  databaseMb: number;
  rows: Row[];
  pageSizeQueries: { pageSize: number; queries: number }[];
  memory: { requests: number; heapMb: number; rssMb: number }[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const report = (client: string, command: string, sizes: SizeReport[]): string => {
  const lines: string[] = [];
  const date = new Date().toISOString().slice(0, 10);
  const cpu = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  lines.push(
    '',
    `### API, ${client}, ${sizes.map((s) => s.size.toLocaleString('en')).join(' then ')} articles (${date})`,
    '',
  );
  lines.push(`\`${command}\` on ${cpu}, load average before the run ${os.loadavg()[0].toFixed(2)}.`, '');
  for (const size of sizes) {
    lines.push(
      `**${size.size.toLocaleString('en')} articles**: ${size.generated.articles.toLocaleString('en')} generated at ${size.generated.perSecond.toFixed(0)} articles/s` +
        (size.copied ? `, ${size.copied.toLocaleString('en')} copied from them in SQL` : '') +
        `; database ${size.databaseMb} MB. ` +
        `SQL queries per card list request: ${size.pageSizeQueries.map((p) => `${p.queries} at page size ${p.pageSize}`).join(', ')}.`,
      '',
      '| endpoint | server | connections | requests/s | p50 ms | p99 ms | SQL queries/request | peak RSS MB |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...size.rows.map(
        (row) =>
          `| ${row.endpoint} | ${row.server} | ${row.connections} | ${Math.round(row.load.requestsPerSecond)} | ${row.load.p50} | ${row.load.p99} | ${row.queries} | ${row.peakRssMb} |`,
      ),
      '',
    );
    const find = (endpoint: string, server: Row['server'], connections: number) =>
      size.rows.find((r) => r.endpoint === endpoint && r.server === server && r.connections === connections);
    const compared = size.rows.some((r) => r.server !== 'ours');
    if (compared) {
      lines.push(
        '| endpoint | connections | ours ÷ stock | floor ÷ ours | cached ÷ uncached | ceiling ÷ cached |',
        '| --- | --- | --- | --- | --- | --- |',
      );
    }
    for (const endpoint of compared ? [...new Set(size.rows.map((r) => r.endpoint))] : []) {
      for (const connections of CONNECTIONS) {
        const ours = find(endpoint, 'ours', connections)?.load.requestsPerSecond;
        const ratio = (a?: number, b?: number) => (a && b ? `${(a / b).toFixed(1)}×` : 'n/a');
        const rate = (server: Row['server']) => find(endpoint, server, connections)?.load.requestsPerSecond;
        lines.push(
          `| ${endpoint} | ${connections} | ${ratio(ours, rate('stock'))} | ${ratio(rate('floor'), ours)} | ${ratio(rate('ours, cached'), ours)} | ${ratio(rate('ceiling'), rate('ours, cached'))} |`,
        );
      }
    }
    const served = size.memory.at(-1)?.requests;
    if (served) {
      lines.push(
        '',
        `Memory of the cached server over ${served.toLocaleString('en')} requests, after each tenth (heap after a full GC / peak RSS, MB): ` +
          size.memory.map((m) => `${m.heapMb}/${m.rssMb}`).join(', ') +
          '.',
      );
    }
    lines.push('');
  }
  if (sizes.length > 1) {
    const [small, large] = [sizes[0], sizes[sizes.length - 1]];
    lines.push(
      `p99 at ${large.size.toLocaleString('en')} ÷ p99 at ${small.size.toLocaleString('en')} articles, our API without cache: ` +
        small.rows
          .filter((r) => r.server === 'ours')
          .map((r) => {
            const other = large.rows.find(
              (l) => l.server === 'ours' && l.endpoint === r.endpoint && l.connections === r.connections,
            );
            return `${r.endpoint} at ${r.connections}: ${other ? (other.load.p99 / Math.max(r.load.p99, 1)).toFixed(2) : 'n/a'}`;
          })
          .join('; ') +
        '.',
      '',
    );
  }
  return lines.join('\n');
};

const main = async () => {
  const db = await createBenchDatabase();
  // Production rereads the public role and the locales every second (1 query each, per instance, whatever the
  // traffic); every minute here, so that they do not blur the count of queries per request.
  const env = { ...benchEnv(db), NEWSROOM_EMBARGO_CRON: '', NEWSROOM_REREAD_MS: '60000' };
  const uncached = { ...env, NEWSROOM_RESPONSE_CACHE: 'off' };
  const sizes: SizeReport[] = [];
  const failures: string[] = [];
  try {
    let written = 1;
    for (const size of SIZES) {
      const writer = start('server', uncached);
      await writer.ask(null, 'ready');
      const through = Math.min(size, WRITTEN);
      const generated =
        written < through
          ? await writer.ask({ type: 'generate', from: written, to: through, batch: 50 }, 'generated')
          : { articles: 0, perSecond: 0 };
      console.log(`${size}: generated ${generated.articles} at ${generated.perSecond.toFixed(1)}/s`);
      written = Math.max(written, through);
      const copied = size > written ? await writer.ask({ type: 'replicate', to: size }, 'replicated') : undefined;
      if (copied) console.log(`${size}: copied ${copied.articles} in SQL in ${copied.seconds.toFixed(0)} s`);
      await writer.stop();
      const databaseMb = mb(await db.size());

      // Every size measures our API without cache (how it scales); the largest also stock Strapi, the floor,
      // the cache and memory.
      const sideBySide = size === SIZES[SIZES.length - 1];
      const rows: Row[] = [];
      const ours = await serve(uncached);
      const slugs = await sampleSlugs(ours.origin, FULL ? 200 : 40);
      const list = endpoints(slugs, await cardPages(ours.origin));
      const pageSizeQueries = [];
      for (const pageSize of [5, 50]) {
        const queries = await queriesPerRequest(ours.server, ours.origin, [
          `/api/newsroom/articles?locale=ar&tag=${FRONT_TAG}&pageSize=${pageSize}`,
        ]);
        pageSizeQueries.push({ pageSize, queries });
      }
      for (const endpoint of list) {
        rows.push(...(await measure(ours.server, ours.origin, size, endpoint, 'ours', 'ours')));
        if (sideBySide) rows.push(...(await measure(ours.server, ours.origin, size, endpoint, 'stock', 'stock')));
      }
      await ours.server.stop();
      const memory = [];
      if (sideBySide) {
        const floor = start('floor', env);
        const floorOrigin = `http://127.0.0.1:${(await floor.ask(null, 'serving')).port}`;
        for (const endpoint of list)
          rows.push(...(await measure(floor, floorOrigin, size, endpoint, 'floor', 'floor')));
        await floor.stop();

        const cached = await serve({ ...env, NEWSROOM_RESPONSE_CACHE: 'memory' });
        const answers: CeilingAnswer[] = [];
        for (const endpoint of list) {
          for (const path of endpoint.paths.ours ?? []) answers.push(await sentAnswer(cached.origin, path));
          rows.push(...(await measure(cached.server, cached.origin, size, endpoint, 'ours', 'ours, cached')));
        }
        const mix = list.flatMap((endpoint) => endpoint.paths.ours ?? []);
        const chunk = Math.ceil(MEMORY_REQUESTS / 10);
        for (let done = 0; done < MEMORY_REQUESTS; done += chunk) {
          await load(cached.origin, mix, 16, { amount: chunk });
          const stats = await cached.server.ask({ type: 'stats' }, 'stats');
          memory.push({ requests: done + chunk, heapMb: mb(stats.heapAfterGc), rssMb: mb(stats.peakRss) });
        }
        await cached.server.stop();

        const ceiling = start('ceiling', env);
        await ceiling.ask(null, 'ready');
        const ceilingOrigin = `http://127.0.0.1:${(await ceiling.ask({ type: 'answers', answers }, 'serving')).port}`;
        for (const endpoint of list)
          rows.push(...(await measure(ceiling, ceilingOrigin, size, endpoint, 'ours', 'ceiling')));
        await ceiling.stop();
      }
      sizes.push({ size, generated, copied: copied?.articles ?? 0, databaseMb, rows, pageSizeQueries, memory });

      const [few, many] = pageSizeQueries;
      if (few.queries !== many.queries) {
        failures.push(`card list at ${size}: ${few.queries} SQL queries at page size 5, ${many.queries} at 50`);
      }
      const heaps = memory.slice(1).map((m) => m.heapMb);
      if (heaps.length > 2 && heaps[heaps.length - 1] > 1.2 * median(heaps) + 5) {
        failures.push(`memory at ${size}: heap grew from ${heaps[0]} to ${heaps[heaps.length - 1]} MB`);
      }
    }
    const ourQueries = (s: SizeReport) =>
      s.rows
        .filter((r) => r.server === 'ours' && r.connections === 1)
        .map((r) => `${r.endpoint}:${r.queries}`)
        .join(',');
    if (sizes.length > 1 && ourQueries(sizes[0]) !== ourQueries(sizes[sizes.length - 1])) {
      failures.push(
        `SQL queries per request changed with the archive: ${ourQueries(sizes[0])} then ${ourQueries(sizes[sizes.length - 1])}`,
      );
    }
    const command = [
      process.env.DATABASE_CLIENT ? `DATABASE_CLIENT=${process.env.DATABASE_CLIENT}` : '',
      FULL ? 'BENCH_MODE=full' : '',
      process.env.BENCH_ARTICLES ? `BENCH_ARTICLES=${process.env.BENCH_ARTICLES}` : '',
      process.env.BENCH_SECONDS ? `BENCH_SECONDS=${process.env.BENCH_SECONDS}` : '',
      process.env.BENCH_MEMORY_REQUESTS ? `BENCH_MEMORY_REQUESTS=${process.env.BENCH_MEMORY_REQUESTS}` : '',
      process.env.BENCH_WRITTEN ? `BENCH_WRITTEN=${process.env.BENCH_WRITTEN}` : '',
      'npm run bench',
    ]
      .filter(Boolean)
      .join(' ');
    const text = report(db.client, command, sizes) + (failures.length ? `\nNot met: ${failures.join('; ')}.\n` : '');
    if (process.env.BENCH_RECORD !== 'false')
      appendFileSync(path.resolve(__dirname, '..', '..', 'BENCHMARKS.md'), text);
    console.log(text);
  } finally {
    await db.drop();
  }
  if (failures.length) throw new Error(failures.join('\n'));
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

import { appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import autocannon from 'autocannon';
import { createStrapi, type Core } from '@strapi/strapi';
import { benchEnv, createBenchDatabase } from './database';
import { quiesce } from './quiesce';

/**
 * `npm run bench:search`: the search benchmark. Builds an archive of BENCH_ARTICLES published Arabic articles (the
 * reference article's body, each paragraph shuffled and tagged with the article's number, so every article
 * is as long as the reference and its words spread), then loads GET /api/newsroom/search with autocannon at
 * 1 and 16 connections and appends the figures to BENCHMARKS.md. DATABASE_CLIENT=postgres or mysql runs it on
 * a throw-away PostgreSQL or MariaDB database.
 */

const APP_DIR = path.resolve(__dirname, '..', '..');
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 2000);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const QUERIES = ['طالبان', 'الروسية', 'كروكس سيتي هول', 'Taliban'];

const shuffled = <T>(items: T[], seed: number): T[] =>
  items
    .map((item, index) => ({ item, key: Math.sin(seed * 9301 + index * 49297) }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);

const generate = async (strapi: Core.Strapi): Promise<number> => {
  const reference = await strapi
    .documents('plugin::newsroom.article')
    .findFirst({ locale: 'ar', status: 'published', populate: { tags: true, experts: true } });
  if (!reference) throw new Error('the reference article is missing');
  const paragraphs = (reference.body ?? []).filter((block) => block.type === 'paragraph');
  const tags = (reference.tags ?? []).map((tag) => tag.documentId);
  const experts = (reference.experts ?? []).map((expert) => expert.documentId);
  const started = Date.now();
  for (let n = 1; n < ARTICLES; n += 1) {
    await strapi.documents('plugin::newsroom.article').create({
      locale: 'ar',
      status: 'published',
      data: {
        title: `تحليل رقم ${n}: ${reference.title}`,
        body: shuffled(paragraphs, n),
        tags: shuffled(tags, n).slice(0, 3 + (n % 8)),
        experts: shuffled(experts, n).slice(0, 1 + (n % 4)),
      },
    });
  }
  return (ARTICLES - 1) / ((Date.now() - started) / 1000);
};

// The path goes in `requests`: given in `url`, autocannon dropped it and loaded `/` (every answer a 404).
const load = (url: string, connections: number) =>
  new Promise<autocannon.Result>((resolve, reject) => {
    const { origin, pathname, search } = new URL(url);
    autocannon(
      { url: origin, requests: [{ method: 'GET', path: pathname + search }], connections, duration: DURATION },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });

const main = async () => {
  const db = await createBenchDatabase();
  Object.assign(process.env, benchEnv(db));
  const strapi = await createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  try {
    const perSecond = await generate(strapi);
    await quiesce(strapi);
    strapi.server.mount();
    await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = strapi.server.httpServer.address() as AddressInfo;
    const rows: string[] = [];
    for (const q of QUERIES) {
      const url = `http://127.0.0.1:${port}/api/newsroom/search?locale=ar&q=${encodeURIComponent(q)}`;
      for (const connections of [1, 16]) {
        const result = await load(url, connections);
        if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} answers were not 2xx`);
        rows.push(
          `| \`${q}\` | ${connections} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} |`,
        );
      }
    }
    const client = strapi.db.dialect.client;
    const report = [
      '',
      `### Search, ${client}, ${ARTICLES} articles (${new Date().toISOString().slice(0, 10)})`,
      '',
      `\`${process.env.DATABASE_CLIENT ? `DATABASE_CLIENT=${process.env.DATABASE_CLIENT} ` : ''}BENCH_ARTICLES=${ARTICLES} BENCH_SECONDS=${DURATION} npm run bench\` on ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. Archive generated through the Document Service at ${perSecond.toFixed(0)} articles/s.`,
      '',
      '| query | connections | requests/s | p50 ms | p99 ms |',
      '| --- | --- | --- | --- | --- |',
      ...rows,
      '',
    ].join('\n');
    appendFileSync(path.join(APP_DIR, 'BENCHMARKS.md'), report);
    console.log(report);
  } finally {
    // Let the last requests of the load finish before the connection pool goes.
    await new Promise((resolve) => strapi.server.httpServer.close(resolve));
    await strapi.destroy();
    await db.drop();
  }
};

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

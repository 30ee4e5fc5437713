import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import { Pool } from 'pg';
import type { ServerMessage, ServerReply } from './protocol';
import { startSampler } from './sampler';

/**
 * The floor: the least any server could do to answer the card list and the article page. A bare Node HTTP
 * handler, no framework, no permissions, no validation, one hand-written SQL query per request that builds
 * the answer's relations in the database (JSON aggregation), the rows turned into JSON as they come.
 * Our API is compared with it: how much of its cost is more than the query itself.
 */

type Dialect = 'sqlite' | 'postgres';

/** A JSON object of columns, and an array of such objects, in the dialect's own functions. */
const sql = (dialect: Dialect) => {
  const object = (fields: Record<string, string>) =>
    `${dialect === 'sqlite' ? 'json_object' : 'json_build_object'}(${Object.entries(fields)
      .map(([key, column]) => `'${key}', ${column}`)
      .join(', ')})`;
  const json = (column: string) => (dialect === 'sqlite' ? `json(${column})` : column);
  /** The rows of `from` (which selects `o` the order key and the columns `fields` reads), as a JSON array. */
  const array = (fields: Record<string, string>, from: string) =>
    dialect === 'sqlite'
      ? `(SELECT coalesce(json_group_array(${object(fields)}), json('[]')) FROM (${from} ORDER BY o) r)`
      : `(SELECT coalesce(json_agg(${object(fields)} ORDER BY r.o), '[]'::json) FROM (${from}) r)`;
  return { object, array, json };
};

const build = (dialect: Dialect) => {
  const { array, json } = sql(dialect);
  const param = (n: number) => (dialect === 'sqlite' ? '?' : `$${n}`);
  const entity = (table: string, link: string, column: string, order: string, extra: Record<string, string>) =>
    array(
      { id: 'r.id', documentId: 'r.document_id', locale: 'r.locale', ...extra },
      `SELECT e.*, l.${order} AS o FROM ${link} l JOIN ${table} e ON e.id = l.${column} WHERE l.article_id = a.id`,
    );
  const tags = entity('newsroom_entity_tags', 'newsroom_articles_tags_lnk', 'entity_tag_id', 'entity_tag_ord', {
    name: 'r.name',
    slug: 'r.slug',
    type: 'r.type',
    wikidataId: 'r.wikidata_id',
  });
  const expertFields = {
    name: 'r.name',
    slug: 'r.slug',
    jobTitle: 'r.job_title',
    affiliation: 'r.affiliation',
    kind: 'r.kind',
    wikidataId: 'r.wikidata_id',
  };
  const experts = entity('newsroom_experts', 'newsroom_articles_experts_lnk', 'expert_id', 'expert_ord', expertFields);
  const subjects = entity(
    'newsroom_media_topics',
    'newsroom_articles_subjects_lnk',
    'media_topic_id',
    'media_topic_ord',
    {
      code: 'r.code',
      names: json('r.names'),
    },
  );
  const component = (table: string, field: string, fields: Record<string, string>, joins = '', columns = '') =>
    array(
      { id: 'r.id', ...fields },
      `SELECT c.*${columns}, m."order" AS o FROM newsroom_articles_cmps m JOIN ${table} c ON c.id = m.cmp_id ${joins}
       WHERE m.entity_id = a.id AND m.field = '${field}'`,
    );
  const quotes = component(
    'components_newsroom_quotes',
    'quotes',
    { text: 'r.text', kind: 'r.kind', expertName: 'r.expert_name', expertSlug: 'r.expert_slug' },
    `LEFT JOIN components_newsroom_quotes_expert_lnk q ON q.quote_id = c.id LEFT JOIN newsroom_experts x ON x.id = q.expert_id`,
    ', x.name AS expert_name, x.slug AS expert_slug',
  );
  const keyFigures = component('components_newsroom_key_figures', 'keyFigures', {
    value: 'r.value',
    qualifier: 'r.qualifier',
    unit: 'r.unit',
    label: 'r.label',
    period: 'r.period',
  });
  const sources = component('components_newsroom_sources', 'sources', { name: 'r.name', url: 'r.url' });
  const alternates = array(
    { locale: 'r.locale', slug: 'r.slug' },
    `SELECT o2.locale, o2.slug, o2.locale AS o FROM newsroom_articles o2
     WHERE o2.document_id = a.document_id AND o2.published_at IS NOT NULL AND o2.locale <> a.locale`,
  );
  const corrections = array(
    { kind: 'r.kind', text: 'r.text', issuedAt: 'r.issued_at' },
    `SELECT c.*, c.issued_at AS o FROM newsroom_corrections c
     WHERE c.article_document_id = a.document_id AND c.article_locale = a.locale`,
  );
  // The tag's ids as values, as the plugin binds them: as a subquery, PostgreSQL plans for an average tag.
  const taggedIn = (locale: string, ids: number[]) => `a.locale = ${locale} AND a.published_at IS NOT NULL AND EXISTS (
    SELECT 1 FROM newsroom_articles_tags_lnk l WHERE l.article_id = a.id AND l.entity_tag_id IN (${ids.join(', ')}))`;
  const card = `a.id, a.document_id, a.title, a.slug, a.standfirst, a.byline, a.word_count, a.reading_time_minutes,
    a.locale, a.first_published_at, a.published_at, a.updated_at, a.genre`;
  return {
    // The page's ids by the listing index, then its card columns and relations, and the matches counted up to a
    // bound, as the plugin's lists do; materialized, or SQLite folds the steps together.
    tagIds: `SELECT id FROM newsroom_entity_tags WHERE slug = ${param(1)}`,
    cards: (ids: number[]) => `WITH p AS MATERIALIZED (
        SELECT a.id FROM newsroom_articles a WHERE ${taggedIn(param(1), ids)}
        ORDER BY a.first_published_at DESC, a.id DESC LIMIT ${param(2)} OFFSET ${param(3)}),
      a AS MATERIALIZED (
        SELECT ${card}, (SELECT count(*) FROM (SELECT 1 FROM newsroom_articles a WHERE ${taggedIn(param(4), ids)}
          LIMIT ${param(5)}) c) AS total
        FROM newsroom_articles a JOIN p ON p.id = a.id)
      SELECT a.*, ${tags} AS tags, ${experts} AS experts, ${subjects} AS subjects
      FROM a ORDER BY a.first_published_at DESC, a.id DESC`,
    article: `SELECT ${card}, ${json('a.body')} AS body, ${quotes} AS quotes, ${keyFigures} AS key_figures,
      ${sources} AS sources, ${tags} AS tags, ${experts} AS experts, ${subjects} AS subjects,
      ${alternates} AS alternates, ${corrections} AS corrections
      FROM newsroom_articles a WHERE a.slug = ${param(1)} AND a.locale = ${param(2)} AND a.published_at IS NOT NULL`,
  };
};

type Row = Record<string, unknown>;

/** The plugin's default NEWSROOM_EXACT_TOTAL_UP_TO. */
const EXACT_TOTAL_UP_TO = 1000;

const JSON_COLUMNS = [
  'body',
  'tags',
  'experts',
  'subjects',
  'quotes',
  'key_figures',
  'sources',
  'alternates',
  'corrections',
];
const DATE_COLUMNS = ['first_published_at', 'published_at', 'updated_at'];

/** SQLite hands JSON back as text and dates as epoch milliseconds; PostgreSQL hands both parsed. */
const shape = ({ total: _total, ...row }: Row): Row => {
  const out: Row = {};
  for (const [key, value] of Object.entries(row)) {
    const camel = key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    if (typeof value === 'string' && JSON_COLUMNS.includes(key)) out[camel] = JSON.parse(value);
    else if (typeof value === 'number' && DATE_COLUMNS.includes(key)) out[camel] = new Date(value).toISOString();
    else out[camel] = value;
  }
  return out;
};

const main = async () => {
  const dialect: Dialect = process.env.DATABASE_CLIENT === 'postgres' ? 'postgres' : 'sqlite';
  const statements = build(dialect);
  // Statements are prepared once per text: the card list's text carries its tag's ids.
  let run: (text: string, values: unknown[]) => Promise<Row[]>;
  let close: () => Promise<void>;
  if (dialect === 'sqlite') {
    const db = new Database(process.env.DATABASE_FILENAME ?? '', { readonly: true });
    const prepared = new Map<string, Database.Statement>();
    run = async (text, values) => {
      const statement = prepared.get(text) ?? db.prepare(text);
      prepared.set(text, statement);
      return statement.all(...values) as Row[];
    };
    close = async () => {
      db.close();
    };
  } else {
    const pool = new Pool({ host: '127.0.0.1', user: 'postgres', database: process.env.DATABASE_NAME, max: 10 });
    const names = new Map<string, string>();
    run = async (text, values) => {
      const name = names.get(text) ?? `s${names.size}`;
      names.set(text, name);
      return (await pool.query({ name, text, values })).rows;
    };
    close = () => pool.end();
  }
  let queries = 0;
  const query = (text: string, values: unknown[]) => {
    queries += 1;
    return run(text, values);
  };
  // A tag's ids do not change during a run: read once (and counted once), as the plugin would cache them if it could.
  const tagIds = new Map<string, number[]>();
  const idsOf = async (slug: string) => {
    const known = tagIds.get(slug) ?? (await query(statements.tagIds, [slug])).map((row) => Number(row.id));
    tagIds.set(slug, known);
    return known;
  };

  const server = http.createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://floor');
      const locale = url.searchParams.get('locale') ?? 'ar';
      let body: unknown;
      if (url.pathname === '/cards') {
        const pageSize = Number(url.searchParams.get('pageSize') ?? 20);
        const page = Number(url.searchParams.get('page') ?? 1);
        const ids = await idsOf(url.searchParams.get('tag') ?? '');
        const offset = (page - 1) * pageSize;
        const countUpTo = Math.max(EXACT_TOTAL_UP_TO, offset + pageSize + 1);
        const rows =
          ids.length === 0 ? [] : await query(statements.cards(ids), [locale, pageSize, offset, locale, countUpTo + 1]);
        const counted = Number(rows[0]?.total ?? 0);
        const total = Math.min(counted, countUpTo);
        body = {
          data: rows.map(shape),
          meta: {
            pagination: {
              page,
              pageSize,
              pageCount: Math.ceil(total / pageSize),
              total,
              totalIsExact: counted <= countUpTo,
            },
          },
        };
      } else if (url.pathname === '/article') {
        const [row] = await query(statements.article, [url.searchParams.get('slug'), locale]);
        if (!row) {
          response.writeHead(404).end();
          return;
        }
        body = { data: shape(row), meta: {} };
      } else {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
    } catch (error) {
      response.writeHead(500).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const sampler = startSampler();
  const reply = (message: ServerReply) => process.send?.(message);
  process.on('message', async (message: ServerMessage) => {
    if (message.type === 'settle') {
      reply({ type: 'settled' });
    } else if (message.type === 'stats') {
      reply({ type: 'stats', queries, ...sampler.take() });
      queries = 0;
    } else if (message.type === 'stop') {
      sampler.stop();
      await new Promise((resolve) => server.close(resolve));
      await close();
      process.exit(0);
    }
  });
  reply({ type: 'serving', port: (server.address() as AddressInfo).port });
};

// Orphaned (the driver failed), the process would hold a database that is about to be dropped.
process.on('disconnect', () => process.exit(1));

main().catch((error: unknown) => {
  process.send?.({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});

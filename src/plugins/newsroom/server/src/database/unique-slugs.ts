import type { Core } from '@strapi/strapi';
import { createTransactionLocks } from '../repositories/transaction-lock';
import { withCollisionSuffix } from '../text';

type Knex = Core.Strapi['db']['connection'];

/** The tables whose rows carry a slug: articles, experts and tags. */
export const SLUGGED_TABLES = ['newsroom_articles', 'newsroom_experts', 'newsroom_entity_tags'] as const;

export const slugIndexName = (table: string): string => `${table}_slug_unique`;

// MariaDB indexes no expressions: the draft-or-published state is a generated column there.
const MYSQL_STATE_COLUMN = 'newsroom_slug_state';

interface SlugRow {
  id: number;
  document_id: string;
  locale: string | null;
  slug: string;
  published_at: string | number | Date | null;
}

const indexExists = async (knex: Knex, client: string, table: string, name: string): Promise<boolean> => {
  if (client === 'postgres') {
    const result = await knex.raw('select to_regclass(?) as found', [name]);
    return result.rows[0].found !== null;
  }
  if (client === 'sqlite') {
    return (await knex('sqlite_master').where({ type: 'index', name }).first()) !== undefined;
  }
  const rows = await knex('information_schema.statistics')
    .whereRaw('table_schema = database()')
    .andWhere({ table_name: table, index_name: name })
    .first();
  return rows !== undefined;
};

/**
 * Gives every document but the oldest a numbered slug where several share one in a locale and state. Only a
 * database written before the index existed (or by a race it now prevents) holds such rows; a document's
 * draft and published rows are renamed together, so its two versions keep one slug.
 */
const renumberDuplicates = async (knex: Knex, table: string): Promise<number> => {
  const rows: SlugRow[] = await knex(table)
    .select('id', 'document_id', 'locale', 'slug', 'published_at')
    .whereNotNull('slug')
    .orderBy('id');
  const keyOf = (row: SlugRow) => `${row.locale}\u0000${row.published_at === null}\u0000${row.slug}`;
  const holders = new Map<string, string>();
  const renamed = new Set<string>();
  for (const row of rows) {
    const holder = holders.get(keyOf(row));
    if (holder === undefined) holders.set(keyOf(row), row.document_id);
    else if (holder !== row.document_id) renamed.add(`${row.document_id}\u0000${row.locale}\u0000${row.slug}`);
  }
  const taken = new Set(rows.map((row) => `${row.locale}\u0000${row.slug}`));
  for (const entry of renamed) {
    const [documentId, locale, slug] = entry.split('\u0000');
    let n = 2;
    while (taken.has(`${locale}\u0000${withCollisionSuffix(slug, n)}`)) n += 1;
    const free = withCollisionSuffix(slug, n);
    taken.add(`${locale}\u0000${free}`);
    await knex(table).where({ document_id: documentId, locale, slug }).update({ slug: free });
  }
  return renamed.size;
};

const createIndex = async (knex: Knex, client: string, table: string, name: string): Promise<void> => {
  if (client === 'mysql') {
    if (!(await knex.schema.hasColumn(table, MYSQL_STATE_COLUMN))) {
      await knex.raw(`alter table ?? add column ?? tinyint as (published_at is null) virtual`, [
        table,
        MYSQL_STATE_COLUMN,
      ]);
    }
    await knex.raw('create unique index ?? on ?? (slug, locale, ??)', [name, table, MYSQL_STATE_COLUMN]);
    return;
  }
  await knex.raw('create unique index if not exists ?? on ?? (slug, locale, (published_at is null))', [name, table]);
};

/**
 * Makes slugs unique per content type, locale and publication state in the database itself. Strapi 5 keeps a
 * draft row and a published row per document and locale, and both carry the same slug, so the state is part
 * of the key. Idempotent: run by the migration in database/migrations on an existing database, and at every
 * start (on a new database Strapi runs migrations before it creates the tables). Both run under the plugin's
 * start-up lock, so instances starting together do this one at a time; no transaction of its own, as MariaDB
 * commits at every DDL statement.
 */
export const ensureUniqueSlugs = async (
  knex: Knex,
  client: string,
): Promise<{ renumbered: number; created: string[] }> => {
  const report = { renumbered: 0, created: [] as string[] };
  for (const table of SLUGGED_TABLES) {
    const name = slugIndexName(table);
    if (!(await knex.schema.hasTable(table)) || !(await knex.schema.hasColumn(table, 'slug'))) continue;
    if (await indexExists(knex, client, table, name)) continue;
    report.renumbered += await renumberDuplicates(knex, table);
    await createIndex(knex, client, table, name);
    report.created.push(name);
  }
  return report;
};

/**
 * Runs a write that chooses a slug in a transaction that first takes a lock for the content type and locale
 * (PostgreSQL advisory lock, MariaDB row lock), so that writers on every instance choose one after the other
 * and never collide: reading which slugs are taken and inserting happen under one lock. SQLite has one writer.
 */
export const inTurnForSlugs = async <T>(
  strapi: Core.Strapi,
  uid: string,
  locale: string,
  write: () => Promise<T>,
): Promise<T> => {
  if (strapi.db.dialect.client === 'sqlite') return write();
  const result = await strapi.db.transaction(async ({ trx }) => {
    await createTransactionLocks(strapi).lock(trx, `slugs:${uid}:${locale}`);
    return write();
  });
  return result;
};

/**
 * Whether a failed write broke one of these indexes: PostgreSQL names the constraint, SQLite and MariaDB the index.
 * Read by shape, not `instanceof Error`: a native driver's errors may come from another realm (jest's workers).
 */
export const isSlugCollision = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) return false;
  const { constraint, message } = error as { constraint?: unknown; message?: unknown };
  const text = `${typeof constraint === 'string' ? constraint : ''} ${typeof message === 'string' ? message : ''}`;
  return SLUGGED_TABLES.some((table) => text.includes(slugIndexName(table)));
};

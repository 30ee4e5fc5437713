import type { Core } from '@strapi/strapi';
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
 * Gives every document but the oldest a numbered slug where several hold one in a locale. Only a database
 * written before the index existed holds such rows. The oldest document is the one whose first row (its draft,
 * which Strapi keeps while it recreates published rows) came first; it keeps the slug in both states, and each
 * other document's draft and published rows are renamed together, so its two versions keep one slug. The slug
 * a renamed entry loses keeps leading to the entry that kept it.
 */
const renumberDuplicates = async (knex: Knex, table: string): Promise<number> => {
  const rows: SlugRow[] = await knex(table)
    .select('id', 'document_id', 'locale', 'slug')
    .whereNotNull('slug')
    .orderBy('id');
  // locale -> slug -> document -> its first row's id
  const holders = new Map<string, Map<string, Map<string, number>>>();
  for (const row of rows) {
    const locale = String(row.locale);
    const bySlug = holders.get(locale) ?? new Map<string, Map<string, number>>();
    holders.set(locale, bySlug);
    const documents = bySlug.get(row.slug) ?? new Map<string, number>();
    bySlug.set(row.slug, documents);
    if (!documents.has(row.document_id)) documents.set(row.document_id, row.id);
  }
  let renamed = 0;
  for (const [locale, bySlug] of holders) {
    const taken = new Set(bySlug.keys());
    for (const [slug, documents] of bySlug) {
      const [, ...others] = [...documents.entries()].sort((a, b) => a[1] - b[1]);
      for (const [documentId] of others) {
        let n = 2;
        while (taken.has(withCollisionSuffix(slug, n))) n += 1;
        const free = withCollisionSuffix(slug, n);
        taken.add(free);
        await knex(table).where({ document_id: documentId, locale, slug }).update({ slug: free });
        renamed += 1;
      }
    }
  }
  return renamed;
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
 * Whether a failed write broke one of these indexes: PostgreSQL names the constraint, SQLite and MariaDB the index.
 * Read by shape, not `instanceof Error`: a native driver's errors may come from another realm (jest's workers).
 */
export const isSlugCollision = (error: unknown): boolean => {
  if (typeof error !== 'object' || error === null) return false;
  const { constraint, message } = error as { constraint?: unknown; message?: unknown };
  const text = `${typeof constraint === 'string' ? constraint : ''} ${typeof message === 'string' ? message : ''}`;
  return SLUGGED_TABLES.some((table) => text.includes(slugIndexName(table)));
};

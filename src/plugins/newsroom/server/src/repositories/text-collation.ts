import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../constants';

const EXACT = 'utf8mb4_nopad_bin';

/**
 * The newsroom compares text exactly, as PostgreSQL and SQLite do: a slug resolves only as spelled, and two
 * slugs or names that differ in case or in tashkeel are two. MariaDB compares by each column's collation, and
 * its usual ones ignore case (utf8mb4_general_ci), tashkeel too (utf8mb4_unicode_ci). Refuses to start on
 * MariaDB while a text column of the newsroom's tables has a collation other than a binary one.
 */
export const assertExactTextComparison = async (strapi: Core.Strapi): Promise<void> => {
  if (strapi.db.dialect.client !== 'mysql') return;
  const tables = [...strapi.db.metadata.values()]
    .filter((meta) => meta.uid.startsWith(`plugin::${PLUGIN_ID}.`))
    .map((meta) => meta.tableName);
  const columns: { table: string; column: string; collation: string }[] = await strapi.db
    .connection('information_schema.COLUMNS')
    .select({ table: 'TABLE_NAME', column: 'COLUMN_NAME', collation: 'COLLATION_NAME' })
    .whereRaw('TABLE_SCHEMA = DATABASE()')
    .whereIn('TABLE_NAME', tables)
    .whereNotNull('COLLATION_NAME');
  const inexact = columns.filter(({ collation }) => !collation.endsWith('_bin'));
  if (inexact.length === 0) return;
  const named = inexact.map(({ table, column, collation }) => `${table}.${column} (${collation})`).join(', ');
  const toConvert = [...new Set(inexact.map(({ table }) => table))];
  throw new Error(
    `The newsroom compares text exactly, and these MariaDB columns do not: ${named}. Create the database with ` +
      `CHARACTER SET utf8mb4 COLLATE ${EXACT}, or convert the tables: ` +
      toConvert.map((table) => `ALTER TABLE ${table} CONVERT TO CHARACTER SET utf8mb4 COLLATE ${EXACT};`).join(' '),
  );
};

import type { Database, Statement } from 'better-sqlite3';
import { LRUCache } from 'lru-cache';

/**
 * knex prepares every SQLite statement anew: for a read as large as the article page, preparing costs about as
 * much as running it. Strapi's SQL for a given read is the same text each time (values are bound), so each
 * connection keeps its `limit` most recent statements. knex only ever calls `all()` and `run()` on them, which
 * leave a statement as it was; SQLite prepares a kept query again by itself after a schema change.
 */
// Only what reads and writes rows: some PRAGMAs (index_list, foreign_key_list of a table that has none) are answered
// when prepared and would keep that answer after the schema changes; SAVEPOINT names are new at each transaction.
const KEPT = /^\s*(select|with|insert|update|delete)\b/i;

export const keepPreparedStatements = (connection: Database, limit = 500): Database => {
  const prepare = connection.prepare.bind(connection) as (source: string) => Statement;
  const kept = new LRUCache<string, Statement>({ max: limit });
  const cached = (source: string): Statement => {
    if (!KEPT.test(source)) return prepare(source);
    let statement = kept.get(source);
    if (!statement) {
      statement = prepare(source);
      kept.set(source, statement);
    }
    return statement;
  };
  connection.prepare = cached as Database['prepare'];
  return connection;
};

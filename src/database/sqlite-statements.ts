import type { Database, Statement } from 'better-sqlite3';
import { LRUCache } from 'lru-cache';

/**
 * knex prepares every SQLite statement anew: for a read as large as the article page, preparing costs about as
 * much as running it. Strapi's SQL for a given read is the same text each time (values are bound), so each
 * connection keeps its `limit` most recent statements. knex only ever calls `all()` and `run()` on them, which
 * leave a statement as it was; SQLite prepares a kept statement again by itself after a schema change.
 */
export const keepPreparedStatements = (connection: Database, limit = 500): Database => {
  const prepare = connection.prepare.bind(connection) as (source: string) => Statement;
  const kept = new LRUCache<string, Statement>({ max: limit });
  const cached = (source: string): Statement => {
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

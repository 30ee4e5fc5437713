import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import type { Connection as MysqlConnection } from 'mysql2';
import { keepPreparedStatements } from '../src/database/sqlite-statements';
import { findAppRoot } from '../src/environment/app-root';

type Client = 'sqlite' | 'postgres' | 'mysql';
const CLIENTS: readonly Client[] = ['sqlite', 'postgres', 'mysql'];

/** DATABASE_URL (postgres://user:pass@host:port/db) split into the fields knex takes, for both servers. */
const fromUrl = (url: string) => {
  const parsed = new URL(url);
  return {
    host: decodeURIComponent(parsed.hostname),
    port: parsed.port ? Number(parsed.port) : undefined,
    database: decodeURIComponent(parsed.pathname.replace(/^\//, '')),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
  };
};

/**
 * MariaDB's default isolation, REPEATABLE READ, keeps the snapshot of a transaction's first read: one that
 * waited for a newsroom lock (repositories/transaction-lock) would not see what the holder had committed.
 * READ COMMITTED, PostgreSQL's default, does.
 */
const readCommitted = (connection: unknown, done: (error?: Error, connection?: unknown) => void): void => {
  (connection as MysqlConnection).query('SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED', (error) =>
    done(error ?? undefined, connection),
  );
};

/**
 * Each SQLite connection keeps its prepared statements, and a page cache of `cacheMegabytes` (SQLite's own
 * default, 2 MB, holds little more than the upper levels of an archive's indexes: a list then reads most of its
 * index pages from the file again).
 */
const sqliteConnection =
  (cacheMegabytes: number) =>
  (connection: unknown, done: (error?: Error, connection?: unknown) => void): void => {
    const database = connection as SqliteDatabase;
    database.pragma(`cache_size = ${-Math.round(cacheMegabytes * 1024)}`);
    done(undefined, keepPreparedStatements(database));
  };

// Strapi's schema sync runs its DDL in transactions, which MariaDB commits implicitly; knex then warns once per
// statement (about fifty lines a start). Only that warning is dropped.
const IMPLICIT_COMMIT = 'Transaction was implicitly committed';
const knexWarning = (message: unknown): void => {
  if (typeof message === 'string' && message.startsWith(IMPLICIT_COMMIT)) return;
  console.warn(message);
};

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite') as Client;
  if (!CLIENTS.includes(client)) {
    throw new Error(`Unsupported DATABASE_CLIENT "${client}": use sqlite, postgres or mysql.`);
  }

  if (client === 'sqlite') {
    // An absolute DATABASE_FILENAME is kept as it is; a relative one is taken from the app's root.
    const filename = path.resolve(findAppRoot(__dirname), env('DATABASE_FILENAME', '.tmp/data.db'));
    return {
      connection: {
        client,
        connection: { filename },
        useNullAsDefault: true,
        pool: { afterCreate: sqliteConnection(env.int('DATABASE_SQLITE_CACHE_MB', 64)) },
      },
    };
  }

  const url = env('DATABASE_URL', '');
  const fromParts = {
    host: env('DATABASE_HOST', '127.0.0.1'),
    port: env.int('DATABASE_PORT', client === 'postgres' ? 5432 : 3306),
    database: env('DATABASE_NAME', 'strapi'),
    user: env('DATABASE_USERNAME', client === 'postgres' ? 'postgres' : 'root'),
    password: env('DATABASE_PASSWORD', ''),
  };
  const parts = url
    ? {
        ...fromParts,
        ...Object.fromEntries(Object.entries(fromUrl(url)).filter(([, v]) => v !== undefined && v !== '')),
      }
    : fromParts;
  const ssl = env.bool('DATABASE_SSL', false) && {
    rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
  };

  return {
    connection: {
      client,
      connection: {
        ...parts,
        ssl,
        ...(client === 'postgres' ? { schema: env('DATABASE_SCHEMA', 'public') } : {}),
      },
      pool: {
        min: env.int('DATABASE_POOL_MIN', 0),
        max: env.int('DATABASE_POOL_MAX', 10),
        ...(client === 'mysql' ? { afterCreate: readCommitted } : {}),
      },
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      ...(client === 'mysql' ? { log: { warn: knexWarning } } : {}),
    },
  };
};

export default config;

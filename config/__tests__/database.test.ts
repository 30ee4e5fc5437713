import path from 'node:path';
import { env } from '@strapi/utils';
import Database from 'better-sqlite3';
import database from '../database';

const APP_ROOT = path.resolve(__dirname, '..', '..');

/** Runs config/database.ts with the given environment, through Strapi's own env() reader. */
const configure = (variables: Record<string, string>) => {
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (key.startsWith('DATABASE_')) delete process.env[key];
  Object.assign(process.env, variables);
  try {
    return database({ env }).connection as unknown as {
      client: string;
      connection: Record<string, unknown>;
      pool: { afterCreate: (connection: unknown, done: (error?: Error) => void) => void };
    };
  } finally {
    process.env = saved;
  }
};

describe('config/database', () => {
  it('defaults to SQLite in .tmp/data.db under the app root', () => {
    const { client, connection } = configure({});
    expect(client).toBe('sqlite');
    expect(connection.filename).toBe(path.join(APP_ROOT, '.tmp', 'data.db'));
  });

  it('keeps an absolute DATABASE_FILENAME and resolves a relative one from the app root', () => {
    expect(configure({ DATABASE_FILENAME: '/var/lib/newsroom/news.db' }).connection.filename).toBe('/var/lib/newsroom/news.db');
    expect(configure({ DATABASE_FILENAME: 'data/news.db' }).connection.filename).toBe(path.join(APP_ROOT, 'data', 'news.db'));
  });

  it('takes PostgreSQL from DATABASE_URL, decoding the password', () => {
    const { client, connection } = configure({
      DATABASE_CLIENT: 'postgres',
      DATABASE_URL: 'postgres://editor:p%40ss%2Fw0rd@db.internal:6543/newsroom',
    });
    expect(client).toBe('postgres');
    expect(connection).toMatchObject({
      host: 'db.internal',
      port: 6543,
      database: 'newsroom',
      user: 'editor',
      password: 'p@ss/w0rd',
      schema: 'public',
    });
  });

  it('takes the DATABASE_* parts when there is no URL, for PostgreSQL and MySQL', () => {
    const pg = configure({ DATABASE_CLIENT: 'postgres', DATABASE_HOST: 'pg', DATABASE_NAME: 'news', DATABASE_USERNAME: 'u' });
    expect(pg.connection).toMatchObject({ host: 'pg', port: 5432, database: 'news', user: 'u' });
    const mysql = configure({ DATABASE_CLIENT: 'mysql', DATABASE_NAME: 'news' });
    expect(mysql.client).toBe('mysql');
    expect(mysql.connection).toMatchObject({ port: 3306, database: 'news', user: 'root' });
  });

  it('gives each SQLite connection a page cache of DATABASE_SQLITE_CACHE_MB, 64 by default', () => {
    const cacheOf = (variables: Record<string, string>): unknown => {
      const connection = new Database(':memory:');
      try {
        configure(variables).pool.afterCreate(connection, (error) => {
          if (error) throw error;
        });
        return connection.pragma('cache_size', { simple: true });
      } finally {
        connection.close();
      }
    };
    expect(cacheOf({})).toBe(-64 * 1024);
    expect(cacheOf({ DATABASE_SQLITE_CACHE_MB: '16' })).toBe(-16 * 1024);
  });

  it('refuses an unknown client by name', () => {
    expect(() => configure({ DATABASE_CLIENT: 'oracle' })).toThrow(/Unsupported DATABASE_CLIENT "oracle"/);
  });
});

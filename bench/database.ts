import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { Client } from 'pg';

export interface BenchDatabase {
  client: 'sqlite' | 'postgres' | 'mysql';
  /** What Strapi's config/database.ts reads to reach this database. */
  env: Record<string, string>;
  /** Bytes on disk, tables and indexes. */
  size(): Promise<number>;
  drop(): Promise<void>;
}

const postgres = (database = 'postgres') => new Client({ host: '127.0.0.1', user: 'postgres', database });

/**
 * A throw-away database for one benchmark run: a temporary SQLite file, or (DATABASE_CLIENT=postgres or mysql)
 * a PostgreSQL or MariaDB database created here and dropped at the end.
 */
export const createBenchDatabase = async (): Promise<BenchDatabase> => {
  const name = `newsroom_bench_${process.pid}`;
  if (process.env.DATABASE_CLIENT === 'postgres') {
    const admin = postgres();
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    return {
      client: 'postgres',
      env: {
        DATABASE_CLIENT: 'postgres',
        DATABASE_HOST: '127.0.0.1',
        DATABASE_USERNAME: 'postgres',
        DATABASE_NAME: name,
      },
      size: async () => {
        const client = postgres();
        await client.connect();
        const { rows } = await client.query<{ size: string }>('SELECT pg_database_size($1) AS size', [name]);
        await client.end();
        return Number(rows[0]?.size ?? 0);
      },
      drop: async () => {
        const client = postgres();
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  }
  if (process.env.DATABASE_CLIENT === 'mysql') {
    const run = async <T>(statement: string, values: unknown[] = []): Promise<T> => {
      const admin = await createConnection({ host: '127.0.0.1', user: 'root' });
      try {
        return (await admin.query(statement, values))[0] as T;
      } finally {
        await admin.end();
      }
    };
    await run(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin`);
    return {
      client: 'mysql',
      env: { DATABASE_CLIENT: 'mysql', DATABASE_HOST: '127.0.0.1', DATABASE_USERNAME: 'root', DATABASE_NAME: name },
      size: async () => {
        const rows = await run<{ size: string }[]>(
          'SELECT SUM(data_length + index_length) AS size FROM information_schema.tables WHERE table_schema = ?',
          [name],
        );
        return Number(rows[0]?.size ?? 0);
      },
      drop: () => run(`DROP DATABASE IF EXISTS ${name}`),
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'newsroom-bench-'));
  const filename = path.join(dir, 'bench.db');
  return {
    client: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    size: async () =>
      ['', '-wal'].reduce((total, suffix) => {
        try {
          return total + statSync(filename + suffix).size;
        } catch {
          return total;
        }
      }, 0),
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
};

const secret = () => randomBytes(24).toString('base64');

/** What a benchmarked Strapi needs besides its database: throw-away secrets, and errors only in its log. */
export const benchEnv = (db: BenchDatabase): Record<string, string> => ({
  ...db.env,
  APP_KEYS: `${secret()},${secret()}`,
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
  STRAPI_LOG_LEVEL: 'error',
});

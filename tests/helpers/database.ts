import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import { Client } from 'pg';

export interface TestDatabase {
  client: 'sqlite' | 'postgres' | 'mysql';
  /** Environment variables that point Strapi's config/database.ts at this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

const postgresAdmin = () =>
  new Client({
    host: process.env.TEST_PG_HOST ?? '127.0.0.1',
    port: Number(process.env.TEST_PG_PORT ?? 5432),
    user: process.env.TEST_PG_USER ?? 'postgres',
    password: process.env.TEST_PG_PASSWORD ?? '',
    database: 'postgres',
  });

const mysqlServer = {
  host: process.env.TEST_MYSQL_HOST ?? '127.0.0.1',
  port: process.env.TEST_MYSQL_PORT ?? '3306',
  user: process.env.TEST_MYSQL_USER ?? 'root',
  password: process.env.TEST_MYSQL_PASSWORD ?? '',
};

const mysqlAdmin = (statement: string) => async () => {
  const admin = await createConnection({ ...mysqlServer, port: Number(mysqlServer.port) });
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
};

/**
 * A throw-away database for one test file: a temporary SQLite file, or (DATABASE_CLIENT=postgres or mysql) a
 * fresh PostgreSQL or MariaDB database created here and dropped afterwards.
 */
export const createTestDatabase = async ({
  // Binary, no-pad: MariaDB then compares text code point by code point, as PostgreSQL and SQLite do, so
  // "Kabul" and "kabul", "x" and "x " stay distinct (the newsroom refuses to start otherwise).
  mysqlCollation = 'utf8mb4_nopad_bin',
}: { mysqlCollation?: string } = {}): Promise<TestDatabase> => {
  if (process.env.DATABASE_CLIENT === 'mysql') {
    const name = `newsroom_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    await mysqlAdmin(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE ${mysqlCollation}`)();
    return {
      client: 'mysql',
      env: {
        DATABASE_CLIENT: 'mysql',
        DATABASE_HOST: mysqlServer.host,
        DATABASE_PORT: mysqlServer.port,
        DATABASE_USERNAME: mysqlServer.user,
        DATABASE_PASSWORD: mysqlServer.password,
        DATABASE_NAME: name,
      },
      drop: mysqlAdmin(`DROP DATABASE IF EXISTS ${name}`),
    };
  }
  if (process.env.DATABASE_CLIENT === 'postgres') {
    const name = `newsroom_test_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = postgresAdmin();
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    return {
      client: 'postgres',
      env: {
        DATABASE_CLIENT: 'postgres',
        DATABASE_HOST: process.env.TEST_PG_HOST ?? '127.0.0.1',
        DATABASE_PORT: process.env.TEST_PG_PORT ?? '5432',
        DATABASE_USERNAME: process.env.TEST_PG_USER ?? 'postgres',
        DATABASE_PASSWORD: process.env.TEST_PG_PASSWORD ?? '',
        DATABASE_NAME: name,
      },
      async drop() {
        const cleanup = postgresAdmin();
        await cleanup.connect();
        await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await cleanup.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-test-'));
  return {
    client: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
    async drop() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
};

/** The plugin's own tables: what a write touches, and what must be unchanged when a write is refused. */
export const PLUGIN_TABLES = [
  'newsroom_articles',
  'newsroom_experts',
  'newsroom_entity_tags',
  'components_newsroom_quotes',
  'components_newsroom_key_figures',
  'components_newsroom_sources',
  'newsroom_slug_redirects',
  'newsroom_translation_states',
  'newsroom_source_revisions',
  'newsroom_corrections',
  'newsroom_publication_events',
];

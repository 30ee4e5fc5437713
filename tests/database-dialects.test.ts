import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { createTransactionLocks } from '../src/plugins/newsroom/server/src/repositories/transaction-lock';
import { createTestDatabase } from './helpers/database';
import { startStrapi, type TestApp } from './helpers/strapi';

/** What PostgreSQL and MariaDB do differently, made to behave alike (SQLite has one writer and exact text). */
const client = process.env.DATABASE_CLIENT ?? 'sqlite';
const onServers = client === 'sqlite' ? describe.skip : describe;
const onMariaDb = client === 'mysql' ? describe : describe.skip;

/**
 * Resolves once a transaction is waiting for a lock, as the server itself reports it. InnoDB refreshes
 * INNODB_TRX only when it has not been read for 100 ms: asked more often, it answers the same rows forever.
 */
const aTransactionWaits = async (strapi: Core.Strapi): Promise<void> => {
  const waiting =
    client === 'postgres'
      ? `SELECT count(*) AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database
         WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()`
      : `SELECT count(*) AS n FROM information_schema.INNODB_TRX t
         JOIN information_schema.PROCESSLIST p ON p.ID = t.trx_mysql_thread_id
         WHERE t.trx_state = 'LOCK WAIT' AND p.DB = DATABASE()`;
  for (;;) {
    const result = await strapi.db.connection.raw(waiting);
    const [row] = client === 'postgres' ? result.rows : result[0];
    if (Number(row.n) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
};

onServers('transaction locks', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startStrapi({ env: { NEWSROOM_SEED_REFERENCE: 'false' } });
    await app.strapi.db.connection.schema.createTable('lock_probe', (table) => table.string('note'));
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('make a second transaction wait until the first commits, then see what it committed', async () => {
    const knex = app.strapi.db.connection;
    const locks = createTransactionLocks(app.strapi);
    let locked!: () => void;
    const firstHoldsLock = new Promise<void>((resolve) => (locked = resolve));
    let release!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (release = resolve));

    const first = knex.transaction(async (trx: Knex.Transaction) => {
      await locks.lock(trx, 'probe');
      locked();
      await firstMayCommit;
      await trx('lock_probe').insert({ note: 'first' });
    });
    await firstHoldsLock;
    const second = knex.transaction(async (trx: Knex.Transaction) => {
      // A read before the lock: under MariaDB's default REPEATABLE READ it would pin what the rest sees.
      await trx('lock_probe').count({ n: '*' });
      await locks.lock(trx, 'probe');
      return trx('lock_probe').select('note');
    });

    await aTransactionWaits(app.strapi);
    release();
    await first;
    expect(await second).toEqual([{ note: 'first' }]);
  });
});

onMariaDb('MariaDB collation', () => {
  it('refuses to start where text compares without case, naming the columns and the fix', async () => {
    const database = await createTestDatabase({ mysqlCollation: 'utf8mb4_general_ci' });
    try {
      await expect(startStrapi({ database, env: { NEWSROOM_SEED_REFERENCE: 'false' } })).rejects.toThrow(
        /newsroom_articles\.slug \(utf8mb4_general_ci\).*COLLATE utf8mb4_nopad_bin/,
      );
    } finally {
      await database.drop();
    }
  });
});

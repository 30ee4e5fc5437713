import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

// The first key of the PostgreSQL advisory locks the newsroom takes ("nwsr"); the second is a hash of the name.
const PG_LOCK_SPACE = 0x6e777372;

/** MariaDB: one row per lock name, whose row lock is the lock. */
const LOCK_TABLE = 'newsroom_locks';

/**
 * Named locks held until the end of the current transaction (commit or rollback, of the outermost one when
 * transactions nest), so that instances doing the same work take turns and each reads what the previous one
 * committed. PostgreSQL: a transaction-level advisory lock. MariaDB: the row lock of an upsert; GET_LOCK
 * is per session and would be released before the commit of an enclosing transaction, letting the next
 * holder read around writes not yet committed. SQLite: nothing to do, it has one writer at a time.
 */
export const createTransactionLocks = (strapi: Core.Strapi) => {
  const client = (): string => strapi.db.dialect.client;

  return {
    /** Outside any transaction, at start: DDL inside one would commit it on MariaDB. */
    async ensureSchema(): Promise<void> {
      if (client() !== 'mysql') return;
      await strapi.db.connection.raw(
        `CREATE TABLE IF NOT EXISTS ${LOCK_TABLE} (name varchar(100) NOT NULL PRIMARY KEY) ENGINE=InnoDB`
      );
    },

    async lock(trx: Knex.Transaction, name: string): Promise<void> {
      if (client() === 'postgres') {
        await trx.raw('select pg_advisory_xact_lock(?, hashtext(?))', [PG_LOCK_SPACE, name]);
      } else if (client() === 'mysql') {
        await trx.raw(`INSERT INTO ${LOCK_TABLE} (name) VALUES (?) ON DUPLICATE KEY UPDATE name = name`, [name]);
      }
    },
  };
};

import type { Core } from '@strapi/strapi';

// "nwbt": the advisory lock (PostgreSQL) or named lock (MariaDB) instances take turns on while they start.
const BOOT_LOCK_ID = 0x6e776274;
const BOOT_LOCK_NAME = 'newsroom.boot';
// MariaDB's GET_LOCK gives up after this many seconds; a start takes far less.
const MYSQL_WAIT_SECONDS = 600;

type Knex = Core.Strapi['db']['connection'];
type Connection = Parameters<ReturnType<Knex['raw']>['connection']>[0];

/**
 * Instances that start together on one database take turns, from Strapi's schema sync to the end of the
 * newsroom's bootstrap. Strapi 5 creates tables without a lock (two instances on an empty PostgreSQL database
 * fail with "duplicate key ... pg_type_typname_nsp_index"), and the seeds create only what they do not find,
 * which holds only if no one else is creating it. A session-level lock on a connection of Strapi's pool, held
 * across statements and transactions; SQLite is one process's file and needs none.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let held: Connection | undefined;

  const lockSql = (client: string) =>
    client === 'postgres'
      ? { take: ['select pg_advisory_lock(?)', [BOOT_LOCK_ID]], give: ['select pg_advisory_unlock(?)', [BOOT_LOCK_ID]] }
      : {
          take: ['select get_lock(?, ?) as acquired', [BOOT_LOCK_NAME, MYSQL_WAIT_SECONDS]],
          give: ['select release_lock(?)', [BOOT_LOCK_NAME]],
        };

  const lock = {
    async acquire(): Promise<void> {
      const client = strapi.db.dialect.client;
      if (held || (client !== 'postgres' && client !== 'mysql')) return;
      const knex = strapi.db.connection;
      const connection = (await knex.client.acquireConnection()) as Connection;
      const [sql, bindings] = lockSql(client).take as [string, unknown[]];
      try {
        const result = await knex.raw(sql, bindings as never).connection(connection);
        // MariaDB answers 0 when the wait runs out, instead of failing.
        if (client === 'mysql' && Number(result[0]?.[0]?.acquired) !== 1) {
          throw new Error(`[newsroom] another instance held the start-up lock for ${MYSQL_WAIT_SECONDS} s`);
        }
      } catch (error) {
        await knex.client.releaseConnection(connection);
        throw error;
      }
      held = connection;
    },

    async release(): Promise<void> {
      if (!held) return;
      const connection = held;
      held = undefined;
      const knex = strapi.db.connection;
      const [sql, bindings] = lockSql(strapi.db.dialect.client).give as [string, unknown[]];
      try {
        await knex.raw(sql, bindings as never).connection(connection);
      } finally {
        await knex.client.releaseConnection(connection);
      }
    },

    /** Runs `work` holding the lock (taken if not held yet), then releases it: the last of the start-up work. */
    async exclusive<T>(work: () => Promise<T>): Promise<T> {
      await lock.acquire();
      try {
        return await work();
      } finally {
        await lock.release();
      }
    },
  };
  return lock;
};

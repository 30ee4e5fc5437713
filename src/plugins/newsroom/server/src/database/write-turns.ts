import type { Core } from '@strapi/strapi';
import { createTransactionLocks } from '../repositories/transaction-lock';

export interface Turn {
  uid: string;
  /** The document written: its writers take turns (Strapi copies shared fields into every locale's rows). */
  documentId?: string;
  /** The locales whose slugs the write may choose: writers choosing slugs in a locale take turns. */
  slugLocales?: string[];
}

/**
 * Runs a write in a transaction that first takes the locks its turn needs, always in one order (the document,
 * then slugs by locale, then the rows Strapi writes), so that writers on every instance wait for each other
 * instead of deadlocking: two edits of one document in two locales each write the other's rows (non-localized
 * fields), and reading which slugs are taken then inserting must not interleave. PostgreSQL advisory locks and
 * MariaDB row locks, held to the end of the outermost transaction; SQLite has one writer and needs none.
 */
export const inTurn = async <T>(strapi: Core.Strapi, turn: Turn, write: () => Promise<T>): Promise<T> => {
  if (strapi.db.dialect.client === 'sqlite') return write();
  const locks = createTransactionLocks(strapi);
  const result = await strapi.db.transaction(async ({ trx }) => {
    if (turn.documentId) await locks.lock(trx, `document:${turn.uid}:${turn.documentId}`);
    for (const locale of [...new Set(turn.slugLocales ?? [])].sort())
      await locks.lock(trx, `slugs:${turn.uid}:${locale}`);
    return write();
  });
  return result;
};

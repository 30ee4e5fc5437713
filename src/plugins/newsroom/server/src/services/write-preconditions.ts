import { setTimeout as sleep } from 'node:timers/promises';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import createHttpError from 'http-errors';
import type { NewsroomContentTypeUid } from '../constants';
import { inTurn } from '../database/write-turns';

export interface ExpectedVersion {
  uid: NewsroomContentTypeUid;
  documentId: string;
  locale: string;
  /** The `updatedAt` of the version the writer read (the draft, for draft & publish types). */
  updatedAt: string;
}

/**
 * Optimistic concurrency for edits: a write that says which version it was made on is refused with 412 when
 * the entry has changed since, instead of silently overwriting the other editor's work.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async ifUnchanged<T>(expected: ExpectedVersion, write: () => Promise<T>): Promise<T> {
    const { uid, documentId, locale } = expected;
    const draftAndPublish = strapi.contentType(uid).options?.draftAndPublish === true;
    const where = { documentId, locale, ...(draftAndPublish ? { publishedAt: null } : {}) };
    // The locks every write of the document takes, in their order, before the row: see database/write-turns.
    return inTurn(strapi, { uid, documentId, slugLocales: [locale] }, () =>
      strapi.db.transaction(async ({ trx }) => {
        // The row stays locked until the write commits (PostgreSQL, MariaDB); SQLite writes one at a time anyway.
        if (strapi.db.dialect.client !== 'sqlite') {
          const { tableName } = strapi.db.metadata.get(uid);
          const lock = trx(tableName).select('id').where({ document_id: documentId, locale }).forUpdate();
          await (draftAndPublish ? lock.whereNull('published_at') : lock);
        }
        const row: { updatedAt: string | Date } | null = await strapi.db
          .query(uid)
          .findOne({ select: ['updatedAt'], where });
        if (!row)
          throw new errors.NotFoundError(
            `${strapi.contentType(uid).info.singularName} ${documentId} has no "${locale}" version`,
          );
        const current = new Date(row.updatedAt);
        if (current.getTime() !== Date.parse(expected.updatedAt)) {
          throw createHttpError(
            412,
            `If-Match: the "${locale}" version of ${documentId} was changed at ${current.toISOString()}, after the version you edited (${expected.updatedAt}); read it again and reapply your change`,
            { details: { updatedAt: current.toISOString() } },
          );
        }
        // A write in the same millisecond would give the new version the old one's stamp, so a writer holding the
        // old one could still win: wait for the clock to move on.
        if (Date.now() <= current.getTime()) await sleep(current.getTime() - Date.now() + 1);
        return write();
      }),
    );
  },
});

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ARTICLE_UID } from '../constants';
import { inTurn } from '../database/write-turns';
import { createEmbargoesRepository } from '../repositories/embargoes';
import { embargoRefusal } from '../text/embargo-refusal';
import { pluginConfig } from '../utils/plugin-config';
import { newsroomService } from '../utils/services';

interface RequestState {
  auth?: { strategy?: { name?: string } };
  user?: { preferedLanguage?: string | null };
}

// Drafts published per run; the rest wait for the next one.
const BATCH = 100;

/**
 * Embargoes: a draft saved with `embargoUntil` in the future is refused publication until then, and published
 * at that time by the embargo job (Strapi's cron), once, whichever instance gets there first.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = createEmbargoesRepository(strapi);

  /** The time `embargoUntil` holds a version back to: null when it is unset, unreadable or already past. */
  const heldUntil = (embargoUntil: unknown, now: Date): Date | null => {
    if (embargoUntil === null || embargoUntil === undefined || embargoUntil === '') return null;
    const until = new Date(embargoUntil as string | Date);
    return Number.isNaN(until.getTime()) || until <= now ? null : until;
  };

  const assertLifted = (locale: string, embargoUntil: unknown, now = new Date()): void => {
    const until = heldUntil(embargoUntil, now);
    if (until) {
      // An administrator reads it in the admin language of their profile (Strapi's spelling `preferedLanguage`);
      // an API client gets the field's name and the time in UTC.
      const state = strapi.requestContext.get()?.state as RequestState | undefined;
      const message =
        state?.auth?.strategy?.name === 'admin'
          ? embargoRefusal(state.user?.preferedLanguage ?? 'en', until, pluginConfig(strapi).embargo.timeZone)
          : `embargoUntil: the "${locale}" version is embargoed until ${until.toISOString()} and is published then; clear embargoUntil to publish it now`;
      // `embargo` is for the admin, which says it in the administrator's language and time zone.
      throw new errors.ValidationError(message, {
        errors: [{ path: ['embargoUntil'], message, name: 'ValidationError' }],
        embargo: { field: 'embargoUntil', locale, until: until.toISOString() },
      });
    }
  };

  return {
    assertLifted,

    /** The embargo `embargoUntil` would set, as the admin shows it: null when it is unset or already past. */
    pending(embargoUntil: unknown, now = new Date()): { until: string } | null {
      const until = heldUntil(embargoUntil, now);
      return until ? { until: until.toISOString() } : null;
    },

    /** Drafts waiting for their embargo in these locales, soonest first. */
    scheduled: (locales: string[], limit: number) => rows.scheduled(locales, limit),

    async assertPublishable(documentId: string, locale: string): Promise<void> {
      assertLifted(locale, await rows.draftEmbargo(documentId, locale));
    },

    /** Publishes every draft whose embargo has passed; returns what this call published. */
    async publishDue(now = new Date()): Promise<{ documentId: string; locale: string }[]> {
      const published: { documentId: string; locale: string }[] = [];
      // Drafts that cannot be published (a rule refuses them) are passed over, so they hold up no other.
      const failed: number[] = [];
      for (let batch = await rows.due(now, BATCH); batch.length > 0; batch = await rows.due(now, BATCH, failed)) {
        for (const row of batch) {
          try {
            const done = await inTurn(strapi, { uid: ARTICLE_UID, documentId: row.documentId }, () =>
              strapi.db.transaction(async () => {
                if (!(await rows.claim(row))) return false;
                await strapi.documents(ARTICLE_UID).publish({ documentId: row.documentId, locale: row.locale });
                await newsroomService(strapi, 'publicationLog').recordScheduledPublish(row, new Date(row.embargoUntil));
                return true;
              }),
            );
            if (done) published.push({ documentId: row.documentId, locale: row.locale });
          } catch (error) {
            // The claim is rolled back with the publication: the next run tries again, and the log says why now.
            failed.push(row.id);
            strapi.log.error(
              `[newsroom] embargoed article ${row.documentId} (${row.locale}) could not be published: ${(error as Error).message}`,
            );
          }
        }
      }
      return published;
    },

    /** After a publication: nothing stays scheduled for the locales published (see the repository's clear). */
    clearPublished: (documentId: string, locales: string[]): Promise<void> => rows.clear(documentId, locales),
  };
};

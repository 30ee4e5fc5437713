import type { Core } from '@strapi/strapi';
import { PUBLICATION_EVENT_UID } from '../constants';

export interface PublicationEvent {
  articleDocumentId: string;
  articleLocale: string;
  action: 'unpublish' | 'delete' | 'scheduled-publish' | 'file' | 'return' | 'publish';
  title: string | null;
  slug: string | null;
  actor: string | null;
  reason: string | null;
  at: string;
}

const FIELDS = ['articleDocumentId', 'articleLocale', 'action', 'title', 'slug', 'actor', 'reason', 'at'];

/** The record of published articles taken down, and of the moves to and from the desk: appended to, never changed. */
export const createPublicationEventsRepository = (strapi: Core.Strapi) => {
  const table = () => strapi.db.query(PUBLICATION_EVENT_UID);
  return {
    async record(event: PublicationEvent): Promise<void> {
      await table().create({ data: event });
    },

    async of(documentId: string): Promise<PublicationEvent[]> {
      const rows: PublicationEvent[] = await table().findMany({
        select: FIELDS,
        where: { articleDocumentId: documentId },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
      });
      return rows.map((row) => ({ ...row, at: new Date(row.at).toISOString() }));
    },
  };
};

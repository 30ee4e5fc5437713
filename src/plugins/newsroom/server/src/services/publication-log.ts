import type { Core } from '@strapi/strapi';
import { createPublicationEventsRepository, type PublicationEvent } from '../repositories/publication-events';

interface RequestState {
  user?: { firstname?: string | null; lastname?: string | null; email?: string };
  auth?: { strategy?: { name?: string }; credentials?: { name?: string } };
  /** Why the article is taken down, when the request said (the plugin's own unpublish and delete routes). */
  newsroomReason?: string;
}

/** Who is asking, as the log names them: an administrator, an API token, or the system itself. */
const actorOf = (state: RequestState | undefined): string => {
  if (state?.user?.email) {
    const name = [state.user.firstname, state.user.lastname].filter(Boolean).join(' ');
    return name ? `${name} <${state.user.email}>` : state.user.email;
  }
  if (state?.auth?.strategy?.name === 'content-api-token') return `API token "${state.auth.credentials?.name ?? '?'}"`;
  return 'system';
};

/** Who is asking in the current request, as the log names them. */
export const requestActor = (strapi: Core.Strapi): string =>
  actorOf(strapi.requestContext.get()?.state as RequestState | undefined);

/** One article version the log names, as it stood (title and slug at that moment). */
interface LoggedVersion {
  documentId: string;
  locale: string;
  title: string | null;
  slug: string | null;
}

/** The record of published articles taken down and of the desk's moves, which editors read: who, when, why. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const events = createPublicationEventsRepository(strapi);
  const record = (
    entry: LoggedVersion,
    action: PublicationEvent['action'],
    actor: string,
    reason: string | null,
    at = new Date().toISOString(),
  ): Promise<void> =>
    events.record({
      articleDocumentId: entry.documentId,
      articleLocale: entry.locale,
      action,
      title: entry.title,
      slug: entry.slug,
      actor,
      reason,
      at,
    });

  return {
    async recordTakedown(entries: LoggedVersion[], action: PublicationEvent['action']): Promise<void> {
      const state = strapi.requestContext.get()?.state as RequestState | undefined;
      const at = new Date().toISOString();
      for (const entry of entries) await record(entry, action, actorOf(state), state?.newsroomReason ?? null, at);
    },

    /** An embargoed version published by the embargo job when its time came. */
    recordScheduledPublish: (entry: LoggedVersion, embargoUntil: Date): Promise<void> =>
      record(entry, 'scheduled-publish', 'embargo job', `embargoed until ${embargoUntil.toISOString()}`),

    /** A move between the writer and the desk, by whoever is asking, with their note. */
    recordDeskMove: (entry: LoggedVersion, action: 'file' | 'return' | 'publish', note: string | null): Promise<void> =>
      record(entry, action, requestActor(strapi), note),

    async of(documentId: string): Promise<PublicationEvent[]> {
      return events.of(documentId);
    },
  };
};

import type { Core } from '@strapi/strapi';
import { EVERY_ANSWER } from '../cache/keys';
import { ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID, MEDIA_TOPIC_UID, PLUGIN_ID } from '../constants';
import { pluginConfig } from '../utils/plugin-config';
import { newsroomService } from '../utils/services';
import { afterEveryWrite } from '../utils/after-every-write';
import { shortLived } from '../utils/short-lived';

// The slug routes are authorised as findOne (see routes/content-api.ts).
const READ_ACTIONS = ['find', 'findOne'];

/** What the public (unauthenticated) role may do: read, never write. Drafts are kept out by policy. */
export const PUBLIC_READ_ACTIONS = [ARTICLE_UID, EXPERT_UID, ENTITY_TAG_UID, MEDIA_TOPIC_UID].flatMap((uid) =>
  READ_ACTIONS.map((action) => `${uid}.${action}`),
);

const GRANTED_KEY = 'public-read-granted';

const PERMISSION_UID = 'plugin::users-permissions.permission';
const ROLE_UID = 'plugin::users-permissions.role';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const publicActions = shortLived(
    async () => {
      const rows: { action: string }[] = await strapi.db
        .query(PERMISSION_UID)
        .findMany({ where: { role: { type: 'public' } }, select: ['action'] });
      return new Set(rows.map((row) => row.action));
    },
    () => pluginConfig(strapi).rereadMilliseconds,
  );

  return {
    /**
     * Whether the public role holds every one of `actions`, as Users & Permissions would find for a request
     * without a token (see middlewares/public-reads.ts, which answers such requests before Strapi's router).
     * `fresh` reads the role now rather than within the last NEWSROOM_REREAD_MS.
     */
    async allows(actions: readonly string[], { fresh = false }: { fresh?: boolean } = {}): Promise<boolean> {
      if (fresh) publicActions.forget();
      const held = await publicActions.get();
      return actions.every((action) => held.has(action));
    },

    /**
     * Follows changes to roles and permissions: what this service knows of the public role is read again, and
     * every cached answer (served without asking the role) is purged, at once and when the change commits.
     */
    watch(): void {
      afterEveryWrite(strapi, [PERMISSION_UID, ROLE_UID], async () => {
        publicActions.forget();
        await newsroomService(strapi, 'responseCache').purge([EVERY_ANSWER]);
      });
    },

    /**
     * Lets the public role read the plugin's published content, each action once per database: an
     * administrator who later revokes a permission in Users & Permissions is not overridden at the next
     * start, and a type added by a later version (media topics) is granted once too.
     */
    async grantPublicReadOnce(): Promise<string[]> {
      const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
      const stored = await store.get({ key: GRANTED_KEY });
      // Before media topics, the store held `true` for the first six actions.
      const alreadyGranted: string[] = Array.isArray(stored)
        ? stored
        : stored
          ? PUBLIC_READ_ACTIONS.filter((action) => !action.startsWith(MEDIA_TOPIC_UID))
          : [];
      const toGrant = PUBLIC_READ_ACTIONS.filter((action) => !alreadyGranted.includes(action));
      if (toGrant.length === 0) return [];

      const role = await strapi.db.query(ROLE_UID).findOne({ where: { type: 'public' }, select: ['id'] });
      if (!role) throw new Error('newsroom: the users-permissions public role is missing');

      const existing: { action: string }[] = await strapi.db.query(PERMISSION_UID).findMany({
        where: { role: role.id, action: { $in: toGrant } },
        select: ['action'],
      });
      const have = new Set(existing.map((permission) => permission.action));
      const missing = toGrant.filter((action) => !have.has(action));
      for (const action of missing) {
        await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
      }
      await store.set({ key: GRANTED_KEY, value: [...alreadyGranted, ...toGrant] });
      return missing;
    },
  };
};

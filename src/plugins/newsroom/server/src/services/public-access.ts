import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID, MEDIA_TOPIC_UID, PLUGIN_ID } from '../constants';

// The slug routes are authorised as findOne (see routes/content-api.ts).
const READ_ACTIONS = ['find', 'findOne'];

/** What the public (unauthenticated) role may do: read, never write. Drafts are kept out by policy. */
export const PUBLIC_READ_ACTIONS = [ARTICLE_UID, EXPERT_UID, ENTITY_TAG_UID, MEDIA_TOPIC_UID].flatMap((uid) =>
  READ_ACTIONS.map((action) => `${uid}.${action}`),
);

const GRANTED_KEY = 'public-read-granted';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
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

    const role = await strapi.db
      .query('plugin::users-permissions.role')
      .findOne({ where: { type: 'public' }, select: ['id'] });
    if (!role) throw new Error('newsroom: the users-permissions public role is missing');

    const existing: { action: string }[] = await strapi.db.query('plugin::users-permissions.permission').findMany({
      where: { role: role.id, action: { $in: toGrant } },
      select: ['action'],
    });
    const have = new Set(existing.map((permission) => permission.action));
    const missing = toGrant.filter((action) => !have.has(action));
    for (const action of missing) {
      await strapi.db.query('plugin::users-permissions.permission').create({ data: { action, role: role.id } });
    }
    await store.set({ key: GRANTED_KEY, value: [...alreadyGranted, ...toGrant] });
    return missing;
  },
});

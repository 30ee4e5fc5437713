import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../constants';

// The newsroom's own record that it closed registration once, so that an operator who re-opens it keeps it open.
const CLOSED_ONCE_KEY = 'publicRegistrationClosed';

interface AdvancedSettings {
  allow_register?: boolean;
}

/**
 * Users & Permissions lets anyone register (`/api/auth/local/register`, GraphQL `register`) and confirms the
 * account at once; the newsroom has no end-user feature to need it. Closed once per database, at the first start
 * after users-permissions made its settings: re-opened in the admin (Settings > Users & Permissions > Advanced
 * settings), it stays open. Returns whether it closed it now.
 */
export const closePublicRegistrationOnce = async (strapi: Core.Strapi): Promise<boolean> => {
  if (!strapi.plugin('users-permissions')) return false;
  const newsroomStore = strapi.store({ type: 'plugin', name: PLUGIN_ID });
  if (await newsroomStore.get({ key: CLOSED_ONCE_KEY })) return false;
  const usersStore = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await usersStore.get({ key: 'advanced' })) ?? {}) as AdvancedSettings;
  await usersStore.set({ key: 'advanced', value: { ...advanced, allow_register: false } });
  await newsroomStore.set({ key: CLOSED_ONCE_KEY, value: true });
  return advanced.allow_register !== false;
};

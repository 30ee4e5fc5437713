import type { Core } from '@strapi/strapi';

/** The session origin (Strapi's sessions manager) of each kind of account. */
const SESSION_ORIGIN_OF: Readonly<Record<string, string>> = {
  'admin::user': 'admin',
  'plugin::users-permissions.user': 'users-permissions',
};

/**
 * A new password ends every session of its account. Strapi ends them when users change or reset their own
 * password, but not when a super admin sets another admin's password, nor when a Users & Permissions user's is
 * set from the admin or `PUT /api/users/:id`: a stolen refresh token would outlive the reset it prompted.
 * Subscribed at the database level, so every road that writes a password is covered; where Strapi then issues
 * the user a new session (a reset by email), it does so after this.
 */
export const endSessionsOnPasswordChange = (strapi: Core.Strapi): void => {
  strapi.db.lifecycles.subscribe({
    models: Object.keys(SESSION_ORIGIN_OF),
    async afterUpdate(event) {
      const data = event.params.data as Record<string, unknown> | undefined;
      const id = (event.result as { id?: number } | null | undefined)?.id;
      if (data?.password === undefined || data.password === null || id === undefined) return;
      const origin = SESSION_ORIGIN_OF[event.model.uid];
      if (!strapi.sessionManager.hasOrigin(origin)) return;
      await strapi.sessionManager(origin).invalidateRefreshToken(String(id));
    },
  });
};

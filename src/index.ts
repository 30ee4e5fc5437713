import type { Core } from '@strapi/strapi';

interface FirstAdminService {
  ensureFromEnvironment(): Promise<'not-requested' | 'admin-exists' | 'created'>;
}

export default {
  register() {},

  /**
   * Runs after every plugin's bootstrap, the admin's included: only then does the super admin role exist
   * for the first administrator that NEWSROOM_ADMIN_EMAIL and NEWSROOM_ADMIN_PASSWORD ask for.
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const firstAdmin = strapi.plugin('newsroom').service('firstAdmin') as FirstAdminService;
    if ((await firstAdmin.ensureFromEnvironment()) === 'created') {
      strapi.log.info('[newsroom] created the first administrator from NEWSROOM_ADMIN_EMAIL');
    }
  },
};

import type { Core } from '@strapi/strapi';

interface FirstAdminService {
  ensureFromEnvironment(): Promise<'not-requested' | 'admin-exists' | 'created'>;
}

interface BootLockService {
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

interface EditorialRolesService {
  seedOnce(): Promise<string[]>;
  upgradeTranslatorOnce(): Promise<boolean>;
  upgradeMediaAndSubjectsOnce(): Promise<string[]>;
}

export default {
  register() {},

  /**
   * Runs after every plugin's bootstrap, the admin's and the content manager's included: only then do the
   * super admin role (for the first administrator that NEWSROOM_ADMIN_EMAIL and NEWSROOM_ADMIN_PASSWORD ask
   * for) and the content manager's permission actions (for the newsroom's roles) exist.
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Still under the start-up lock the newsroom plugin took before Strapi's schema sync (Strapi's admin set-up
    // ran in between): instances starting together would each find no roles and no administrator.
    const bootLock = strapi.plugin('newsroom').service('bootLock') as BootLockService;
    await bootLock.exclusive(async () => {
      const editorialRoles = strapi.plugin('newsroom').service('editorialRoles') as EditorialRolesService;
      const roles = await editorialRoles.seedOnce();
      if (roles.length > 0) strapi.log.info(`[newsroom] created the admin roles: ${roles.join(', ')}`);
      if (await editorialRoles.upgradeTranslatorOnce()) {
        strapi.log.info('[newsroom] the Newsroom translator role may no longer write the fields every locale shares');
      }
      const upgraded = await editorialRoles.upgradeMediaAndSubjectsOnce();
      if (upgraded.length > 0) {
        strapi.log.info(`[newsroom] may now read subjects and use the Media Library: ${upgraded.join(', ')}`);
      }

      const firstAdmin = strapi.plugin('newsroom').service('firstAdmin') as FirstAdminService;
      if ((await firstAdmin.ensureFromEnvironment()) === 'created') {
        strapi.log.info('[newsroom] created the first administrator from NEWSROOM_ADMIN_EMAIL');
      }
    });
  },
};

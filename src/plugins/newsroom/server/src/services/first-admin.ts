import type { Core } from '@strapi/strapi';
import { passwordProblems } from '../utils/password-policy';

interface AdminUserService {
  exists(): Promise<boolean>;
  createFirstAdmin(attributes: { email: string; firstname: string; lastname: string; password: string }): Promise<unknown>;
}

export type FirstAdminOutcome = 'not-requested' | 'admin-exists' | 'created';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Creates the first super admin from NEWSROOM_ADMIN_EMAIL and NEWSROOM_ADMIN_PASSWORD, for demos and
   * end-to-end tests, when no administrator exists yet. There is no default: without both variables the
   * admin panel asks the first visitor to register, as Strapi does. A password that fails the policy
   * stops the boot, so a weak production password is never quietly installed.
   */
  async ensureFromEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<FirstAdminOutcome> {
    const email = env.NEWSROOM_ADMIN_EMAIL?.trim().toLowerCase();
    const password = env.NEWSROOM_ADMIN_PASSWORD;
    if (!email && !password) return 'not-requested';
    if (!email || !password) {
      throw new Error('NEWSROOM_ADMIN_EMAIL and NEWSROOM_ADMIN_PASSWORD must be set together');
    }
    if (!EMAIL.test(email)) throw new Error(`NEWSROOM_ADMIN_EMAIL: "${email}" is not an e-mail address`);

    const users = strapi.service('admin::user') as unknown as AdminUserService;
    if (await users.exists()) return 'admin-exists';

    const production = strapi.config.get('environment') === 'production';
    const problems = passwordProblems(password, { production, email });
    if (problems.length > 0) throw new Error(`NEWSROOM_ADMIN_PASSWORD ${problems.join('; ')}`);

    try {
      await users.createFirstAdmin({ email, firstname: 'Newsroom', lastname: 'Administrator', password });
    } catch (error) {
      // Another instance booting on the same database registered it first: the admin exists either way.
      if (await users.exists()) return 'admin-exists';
      throw error;
    }
    return 'created';
  },
});

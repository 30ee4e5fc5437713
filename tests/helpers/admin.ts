import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type supertest from 'supertest';

export interface AdminPermission {
  action: string;
  subject: string | null;
  properties?: { fields?: string[]; locales?: string[] };
}

interface RoleService {
  getSuperAdmin(): Promise<{ id: number }>;
  create(attributes: { name: string; description: string }): Promise<{ id: number }>;
  assignPermissions(roleId: number, permissions: AdminPermission[]): Promise<unknown>;
}

interface UserService {
  create(attributes: Record<string, unknown>): Promise<{ id: number }>;
}

export const ADMIN_PASSWORD = 'Newsroom-test-9';

/** Logs in through the admin's own login route and returns the access token its API takes. */
export const adminLogin = async (http: supertest.Agent, email: string, password = ADMIN_PASSWORD): Promise<string> => {
  const response = await http.post('/admin/login').send({ email, password });
  if (response.status !== 200)
    throw new Error(`admin login failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data.token as string;
};

const createUser = async (strapi: Core.Strapi, roleId: number, label: string): Promise<string> => {
  const email = `${label.toLowerCase().replace(/\W+/g, '-')}-${randomBytes(4).toString('hex')}@newsroom.example`;
  await (strapi.service('admin::user') as unknown as UserService).create({
    email,
    firstname: label,
    lastname: 'Test',
    password: ADMIN_PASSWORD,
    registrationToken: null,
    isActive: true,
    roles: [roleId],
  });
  return email;
};

/**
 * An active admin user with the given role (the super admin role by default, or a new role holding only
 * `permissions`), logged in.
 */
export const adminSession = async (
  strapi: Core.Strapi,
  http: supertest.Agent,
  permissions?: AdminPermission[],
): Promise<{ token: string; email: string }> => {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  let roleId: number;
  if (permissions) {
    const role = await roles.create({
      name: `test-${randomBytes(4).toString('hex')}`,
      description: 'integration test',
    });
    await roles.assignPermissions(role.id, permissions);
    roleId = role.id;
  } else {
    roleId = (await roles.getSuperAdmin()).id;
  }
  const email = await createUser(strapi, roleId, 'admin');
  return { token: await adminLogin(http, email), email };
};

/** An active admin user holding an existing role, found by name, logged in. */
export const adminWithRole = async (
  strapi: Core.Strapi,
  http: supertest.Agent,
  roleName: string,
): Promise<{ token: string; email: string }> => {
  const role: { id: number } | null = await strapi.db.query('admin::role').findOne({ where: { name: roleName } });
  if (!role) throw new Error(`no admin role "${roleName}"`);
  const email = await createUser(strapi, role.id, roleName);
  return { token: await adminLogin(http, email), email };
};

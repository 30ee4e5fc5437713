import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export interface Credentials {
  email: string;
  password: string;
}

/** The admin roles the plugin seeds at first start. */
export type NewsroomRole = 'Newsroom journalist' | 'Newsroom editor' | 'Newsroom translator';

interface AdminAnswer<T> {
  data: T;
}

const adminApi = async <T>(url: string, path: string, init: { method?: string; token?: string; body?: object }): Promise<T> => {
  const response = await fetch(`${url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      'Content-Type': 'application/json',
      ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}),
    },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
};

/** The admin API's access token for an administrator, as the login form gets it. */
export const adminToken = async (url: string, user: Credentials): Promise<string> =>
  (await adminApi<AdminAnswer<{ token: string }>>(url, '/admin/login', { method: 'POST', body: user })).data.token;

/** A GET of the admin API (the plugin's admin routes, the content manager) as the holder of `token`: its JSON. */
export const adminGet = <T>(url: string, token: string, path: string): Promise<T> => adminApi<T>(url, path, { token });

/**
 * An administrator holding one of the seeded roles, made as a super admin makes one in Settings → Users: invited
 * with the role (and Arabic as admin language, `preferedLanguage`, Strapi's spelling), then registered through
 * the invitation's token with a password of its own.
 */
export const inviteAndRegister = async (
  url: string,
  superAdminToken: string,
  role: NewsroomRole,
  preferedLanguage = 'ar',
): Promise<Credentials> => {
  const { data: roles } = await adminGet<AdminAnswer<{ id: number; name: string }[]>>(url, superAdminToken, '/admin/roles');
  const roleId = roles.find((candidate) => candidate.name === role)?.id;
  if (roleId === undefined) throw new Error(`no admin role "${role}" (roles: ${roles.map((r) => r.name).join(', ')})`);
  const firstname = role.replace('Newsroom ', '');
  const email = `${firstname}-${randomBytes(4).toString('hex')}@newsroom.example`;
  const invited = await adminApi<AdminAnswer<{ registrationToken: string }>>(url, '/admin/users', {
    method: 'POST',
    token: superAdminToken,
    body: { email, firstname, lastname: 'E2E', roles: [roleId], preferedLanguage },
  });
  const password = `Nr-${randomBytes(6).toString('hex')}-9Q`;
  await adminApi(url, '/admin/register', {
    method: 'POST',
    body: { registrationToken: invited.data.registrationToken, userInfo: { firstname, lastname: 'E2E', password } },
  });
  return { email, password };
};

/** Logs in through the admin's login form; resolves on the home page. */
export const logIn = async (page: Page, url: string, user: Credentials): Promise<void> => {
  await page.goto(`${url}/admin/auth/login`);
  await page.fill('input[name=email]', user.email);
  await page.fill('input[name=password]', user.password);
  await page.click('button[type=submit]');
  await page.waitForURL(/\/admin\/?$/);
};

/**
 * A browser context of its own (cookies, storage) for one user, so that several roles work side by side;
 * `options` for a user elsewhere (a time zone) or a screen of another size.
 */
export const newUserContext = (browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> =>
  browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'ar', ...options });

/** A test's users' sessions, one per role, and their accessor, which names a role that has not logged in. */
export const sessionsByRole = <Session>() => {
  const sessions = new Map<NewsroomRole, Session>();
  const as = (role: NewsroomRole): Session => {
    const session = sessions.get(role);
    if (!session) throw new Error(`${role} is not logged in`);
    return session;
  };
  return { sessions, as };
};

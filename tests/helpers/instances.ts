import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { TestDatabase } from './database';
import { freePort, stopChild, waitForHealth } from './processes';
import { testSecrets } from './strapi';

export interface Instance {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

export const ADMIN = { email: 'chief@newsroom.test', password: 'Correct-Horse-Battery-42' };

/** What every instance of one deployment shares: the database and the secrets (tokens made on one work on all). */
export const deploymentEnv = (database: TestDatabase): Record<string, string> => ({
  ...database.env,
  ...testSecrets(),
  NEWSROOM_ADMIN_EMAIL: ADMIN.email,
  NEWSROOM_ADMIN_PASSWORD: ADMIN.password,
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_LOG_LEVEL: 'warn',
  // Every instance runs the embargo job, every second: each embargoed draft must still be published once.
  NEWSROOM_EMBARGO_CRON: '* * * * * *',
  NODE_ENV: 'development',
});

/** Starts one instance (tests/helpers/strapi-instance.js) on a free port and waits until it answers. */
export const startInstance = async (env: Record<string, string>): Promise<Instance> => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child = spawn(process.execPath, [path.join(__dirname, 'strapi-instance.js')], {
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitForHealth(url, child, () => output, 180_000);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, output: () => output, stop: () => stopChild(child) };
};

/** A full-access API token, made the way an editor makes one: logged in to the admin on one instance. */
export const apiTokenFrom = async (instance: Instance): Promise<string> => {
  const login = await fetch(`${instance.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  const { data } = (await login.json()) as { data: { token: string } };
  const created = await fetch(`${instance.url}/admin/api-tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${data.token}` },
    body: JSON.stringify({
      name: `two-instances-${randomBytes(3).toString('hex')}`,
      type: 'full-access',
      lifespan: null,
    }),
  });
  return ((await created.json()) as { data: { accessKey: string } }).data.accessKey;
};

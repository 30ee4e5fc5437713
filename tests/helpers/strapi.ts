import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createStrapi, type Core } from '@strapi/strapi';
import supertest from 'supertest';
import { quiesce } from '../../bench/quiesce';
import { createTestDatabase, type TestDatabase } from './database';

export { quiesce };

export const APP_DIR = path.resolve(__dirname, '..', '..');

export interface TestApp {
  strapi: Core.Strapi;
  database: TestDatabase;
  http: () => supertest.Agent;
  /** Stops Strapi; `keepDatabase` lets a test start another instance on the same data. */
  stop(options?: { keepDatabase?: boolean }): Promise<void>;
}

const secret = () => randomBytes(24).toString('base64');

/** A fresh set of the six secrets Strapi needs: one deployment's, shared by all its instances. */
export const testSecrets = () => ({
  APP_KEYS: [secret(), secret()].join(','),
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
});

const secrets = testSecrets();

/**
 * Boots the real application in-process (compiled by the global setup) on a throw-away database.
 * Pass `database` to start a second instance on the data of the first.
 */
export const startStrapi = async (
  options: { database?: TestDatabase; env?: Record<string, string> } = {},
): Promise<TestApp> => {
  const database = options.database ?? (await createTestDatabase());
  Object.assign(
    process.env,
    secrets,
    database.env,
    { STRAPI_TELEMETRY_DISABLED: 'true', STRAPI_LOG_LEVEL: 'error' },
    options.env,
  );

  const instance = createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  });
  let strapi: Core.Strapi;
  try {
    strapi = await instance.load();
  } catch (error) {
    // A failed boot must not leave connections open (jest would hang) nor a database behind.
    await instance.destroy().catch(() => undefined);
    for (const key of Object.keys(options.env ?? {})) delete process.env[key];
    if (!options.database) await database.drop();
    throw error;
  }
  strapi.server.mount();

  return {
    strapi,
    database,
    http: () => supertest.agent(strapi.server.httpServer),
    async stop({ keepDatabase = false } = {}) {
      await quiesce(strapi, 300, 10_000);
      await strapi.destroy();
      for (const key of Object.keys(options.env ?? {})) delete process.env[key];
      if (!keepDatabase) await database.drop();
    },
  };
};

/** A stored API token: its id (to revoke or age it) and the key a client sends. */
export const createApiTokenEntry = async (
  strapi: Core.Strapi,
  { type = 'full-access', lifespan = null }: { type?: 'full-access' | 'read-only'; lifespan?: number | null } = {}
): Promise<{ id: number; accessKey: string }> => {
  const tokenService = strapi.service('admin::api-token') as {
    create(attributes: {
      name: string;
      type: string;
      lifespan: number | null;
      description: string;
    }): Promise<{ id: number; accessKey: string }>;
  };
  const { id, accessKey } = await tokenService.create({
    name: `test-${type}-${randomBytes(4).toString('hex')}`,
    type,
    lifespan,
    description: 'integration test',
  });
  return { id, accessKey };
};

/** A full-access API token, as an integration partner or a newsroom tool would hold. */
export const createApiToken = async (
  strapi: Core.Strapi,
  type: 'full-access' | 'read-only' = 'full-access'
): Promise<string> => (await createApiTokenEntry(strapi, { type })).accessKey;

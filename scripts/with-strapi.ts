import path from 'node:path';
import { createStrapi, type Core } from '@strapi/strapi';

/**
 * Runs a maintenance task against the configured database: boots the compiled app without serving it (and
 * without the start-up seed, so a task reports its own work), then shuts it down and exits.
 */
export const runWithStrapi = (task: (strapi: Core.Strapi) => Promise<string>): void => {
  const main = async (): Promise<string> => {
    const appDir = path.resolve(__dirname, '..', '..');
    process.env.NEWSROOM_SEED_REFERENCE = 'false';
    const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false }).load();
    try {
      return await task(strapi);
    } finally {
      await strapi.destroy();
    }
  };
  main().then(
    (report) => {
      console.log(report);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    }
  );
};

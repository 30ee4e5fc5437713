import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { createStrapi, factories, type Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../src/plugins/newsroom/server/src/constants';
import { generateArchive } from './archive';
import { quiesce } from './quiesce';
import { replicateArchive } from './replicate';
import type { ServerMessage, ServerReply } from './protocol';
import { startSampler } from './sampler';

/**
 * The benchmarked Strapi, in a process of its own so that its memory and CPU are its own and not the load
 * generator's. The parent drives it over IPC: grow the archive, then serve and report the SQL queries run and
 * the peak memory since the last report. It also serves stock Strapi's REST controller for articles under
 * /api/stock, with the same permission as the plugin's routes, as a team without the plugin would.
 */

const APP_DIR = path.resolve(__dirname, '..', '..');

const reply = (message: ServerReply) => process.send?.(message);

const stockRoutes = (strapi: Core.Strapi) => {
  const controller = factories.createCoreController(ARTICLE_UID)({ strapi }) as Core.CoreAPI.Controller.CollectionType;
  const config = { auth: { scope: [`${ARTICLE_UID}.find`] } };
  const find: Core.MiddlewareHandler = (ctx, next) => controller.find(ctx, next);
  strapi.server.routes({
    type: 'content-api',
    prefix: '/stock',
    routes: [{ method: 'GET', path: '/articles', handler: find, config, info: {} }],
  } as never);
};

const main = async () => {
  const strapi = await createStrapi({
    appDir: APP_DIR,
    distDir: path.join(APP_DIR, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  let queries = 0;
  strapi.db.connection.on('query', () => {
    queries += 1;
  });
  const sampler = startSampler();

  process.on('message', async (message: ServerMessage) => {
    try {
      if (message.type === 'generate') {
        const report = await generateArchive(strapi, message);
        await quiesce(strapi);
        reply({ type: 'generated', ...report });
      } else if (message.type === 'replicate') {
        reply({ type: 'replicated', ...(await replicateArchive(strapi, message.to)) });
      } else if (message.type === 'serve') {
        stockRoutes(strapi);
        strapi.server.mount();
        await new Promise<void>((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve));
        reply({ type: 'serving', port: (strapi.server.httpServer.address() as AddressInfo).port });
      } else if (message.type === 'settle') {
        // Requests still in flight run a query every few milliseconds: 100 ms without one means they are done.
        await quiesce(strapi, 100);
        reply({ type: 'settled' });
      } else if (message.type === 'stats') {
        reply({ type: 'stats', queries, ...sampler.take() });
        queries = 0;
      } else if (message.type === 'stop') {
        sampler.stop();
        if (strapi.server.httpServer.listening) {
          await new Promise((resolve) => strapi.server.httpServer.close(resolve));
        }
        await strapi.destroy();
        process.exit(0);
      }
    } catch (error) {
      reply({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
  reply({ type: 'ready' });
};

// Orphaned (the driver failed), the process would hold a database that is about to be dropped.
process.on('disconnect', () => process.exit(1));

main().catch((error: unknown) => {
  reply({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});

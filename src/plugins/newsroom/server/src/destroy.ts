import type { Core } from '@strapi/strapi';
import { removeDocumentationFolder } from './documentation/per-instance';
import { newsroomService } from './utils/services';

// A start stopped before the app's bootstrap ended may still hold the start-up lock; the Redis
// connections of the response cache and the login throttle would keep the process alive.
const destroy = async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  await newsroomService(strapi, 'bootLock').release();
  await newsroomService(strapi, 'responseCache').close();
  await newsroomService(strapi, 'loginThrottle').close();
  removeDocumentationFolder(strapi);
};

export default destroy;

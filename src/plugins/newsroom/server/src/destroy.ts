import type { Core } from '@strapi/strapi';
import { newsroomService } from './utils/services';

// A start stopped before the app's bootstrap ended may still hold the start-up lock.
const destroy = async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  await newsroomService(strapi, 'bootLock').release();
};

export default destroy;

import type { Core } from '@strapi/strapi';

// Nothing to release yet: the plugin holds no timers, connections or caches of its own.
const destroy = (_context: { strapi: Core.Strapi }): void => {};

export default destroy;

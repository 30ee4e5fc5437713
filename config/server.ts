import type { Core } from '@strapi/strapi';
import { findAppRoot } from '../src/environment/app-root';
import { secrets } from '../src/environment/secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  // The API's public address (behind a load balancer, the address clients use): feeds link to themselves
  // with it. Empty means http://HOST:PORT.
  url: env('PUBLIC_URL', ''),
  // Trust X-Forwarded-* from the load balancer in front of the instances.
  proxy: env.bool('IS_PROXIED', false),
  app: {
    keys: secrets(findAppRoot(__dirname)).APP_KEYS.split(','),
  },
  webhooks: {
    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
  },
});

export default config;

import type { Core } from '@strapi/strapi';
import { findAppRoot } from '../src/environment/app-root';
import { secrets } from '../src/environment/secrets';

/** How many proxies in front append to X-Forwarded-For (NEWSROOM_PROXY_HOPS), checked at start. */
const proxyHops = (value: number | undefined): number => {
  if (value === undefined || !Number.isInteger(value) || value < 1 || value > 10) {
    throw new Error('NEWSROOM_PROXY_HOPS must be a whole number from 1 to 10 (the proxies in front of Strapi)');
  }
  return value;
};

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  // The API's public address (behind a load balancer, the address clients use): feeds link to themselves
  // with it. Empty means http://HOST:PORT.
  url: env('PUBLIC_URL', ''),
  // Trust X-Forwarded-* from the load balancer in front of the instances. Strapi 5 reads `proxy.koa`: a bare
  // `proxy: true` is ignored, and every client would then share the load balancer's address (one login
  // throttle for all). `maxIpsCount`: the client is the address the last NEWSROOM_PROXY_HOPS proxies saw, not
  // the first X-Forwarded-For entry, which the client writes itself.
  proxy: {
    koa: env.bool('IS_PROXIED', false),
    maxIpsCount: proxyHops(env.int('NEWSROOM_PROXY_HOPS', 1)),
  },
  app: {
    keys: secrets(findAppRoot(__dirname)).APP_KEYS.split(','),
  },
  webhooks: {
    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
  },
});

export default config;

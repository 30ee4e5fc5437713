import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  // Origins by allow-list (the newsroom plugin extends it: src/plugins/newsroom/server/src/middlewares/cors-allow-list.ts).
  'strapi::cors',
  // No strapi::poweredBy: `X-Powered-By: Strapi` tells an attacker which CVEs to try.
  // Answers carrying a token or a session cookie are never stored by a cache.
  'plugin::newsroom.credentials-no-store',
  // After the security and CORS headers, before everything else: the public reads most traffic is, cached or not.
  'plugin::newsroom.public-reads',
  'strapi::query',
  // Before the body parser: answers a NUL in the URL and a body it refuses with a 400 (or 413) naming them.
  'plugin::newsroom.request-guard',
  'strapi::body',
  // Failed logins per client address, across accounts (Strapi's own throttle counts per address and email).
  'plugin::newsroom.login-throttle',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;

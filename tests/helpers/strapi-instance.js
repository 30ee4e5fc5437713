/**
 * One Strapi instance in a process of its own, as one of several behind a load balancer: the compiled app
 * (dist/), without the admin panel's front end, on the database its environment names.
 */
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '..', '..');
createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).start();

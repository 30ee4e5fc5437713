// Strapi loads a local plugin only through JavaScript: the app's tsc compiles this to strapi-server.js.
import plugin from './server/src';

export default plugin;

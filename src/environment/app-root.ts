import path from 'node:path';

/**
 * The application's root folder, for config files. They run compiled, from dist/config, so the root is two
 * levels up; at run time Strapi gives no other handle on it inside a config function.
 */
export const appRootFromConfig = (configDir: string): string => path.resolve(configDir, '..', '..');

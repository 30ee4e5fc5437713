import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The application's root folder, for config files: the nearest folder above `from` with a package.json.
 * Config files run compiled from dist/config (dist has no package.json) and, in unit tests, from config/;
 * Strapi gives no other handle on the root inside a config function.
 */
export const findAppRoot = (from: string): string => {
  let dir = path.resolve(from);
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
};

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { APP_DIR } from '../helpers/strapi';

/** The README's screenshots, committed: a run with `E2E_README_SCREENSHOTS=1` (`npm run screenshots`) rewrites them. */
export const README_SCREENSHOTS = path.join(APP_DIR, 'docs', 'screenshots');

const forReadme = process.env.E2E_README_SCREENSHOTS === '1';

/**
 * Where one e2e suite writes what it saw: `.tmp/e2e-screenshots/<time>/<suite>/` (or `E2E_SCREENSHOTS_DIR`), the
 * console and network logs always, the screenshots too unless they are the README's.
 */
export const runDir = (suite: string): string => {
  const dir = path.join(
    process.env.E2E_SCREENSHOTS_DIR ?? path.join(APP_DIR, '.tmp', 'e2e-screenshots', new Date().toISOString().replace(/[:.]/g, '-')),
    suite,
  );
  mkdirSync(dir, { recursive: true });
  return dir;
};

/**
 * A screenshot under a stable name. For the README: the viewport only (1440×900, what a reader sees first, and a
 * small file) in docs/screenshots/; otherwise the whole page in the run's folder, to read a failure by.
 */
export const screenshotter = (dir: string) => {
  if (forReadme) mkdirSync(README_SCREENSHOTS, { recursive: true });
  return (page: Page, name: string): Promise<Buffer> =>
    forReadme
      ? page.screenshot({ path: path.join(README_SCREENSHOTS, `${name}.png`), animations: 'disabled' })
      : page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true, animations: 'disabled' });
};

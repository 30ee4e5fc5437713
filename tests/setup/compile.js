const { spawnSync } = require('node:child_process');
const path = require('node:path');

/**
 * The API tests boot Strapi from dist/, so compile the app and the plugin first. Running tsc here (rather
 * than Strapi's compileStrapi, which calls process.exit on a type error) shows the compiler's diagnostics.
 *
 * NEWSROOM_SKIP_BUILD=1 (set by `npm run test:all` after its one build): dist/ is already compiled from these
 * sources. The suites then run side by side, and each compiling would rewrite dist/ while another boots from it.
 */
module.exports = async () => {
  if (process.env.NEWSROOM_SKIP_BUILD === '1') return;
  const appDir = path.resolve(__dirname, '..', '..');
  const tsc = require.resolve('typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(appDir, 'tsconfig.json')], {
    cwd: appDir,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    throw new Error('TypeScript compilation failed: the API tests need a compiled dist/ (see the errors above).');
  }
};

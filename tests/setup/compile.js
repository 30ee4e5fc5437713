const { spawnSync } = require('node:child_process');
const path = require('node:path');

/**
 * The API tests boot Strapi from dist/, so compile the app and the plugin first. Running tsc here (rather
 * than Strapi's compileStrapi, which calls process.exit on a type error) shows the compiler's diagnostics.
 */
module.exports = async () => {
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

import type { UserConfig } from 'vite';

/**
 * `strapi build` bundles the admin with Vite in production mode, but Strapi has set NODE_ENV to "development"
 * by then (it loads the app's config first; NODE_ENV=production would make the app refuse the build machine's
 * missing secrets), and Vite takes NODE_ENV over the mode: React, Redux Toolkit and react-intl shipped in their
 * development builds, every render checked, every state change walked by Redux's invariant checks, every
 * missing message logged with its stack, the edit view several times slower. The app's config is loaded by
 * now: the rest of the build is told it is a production one. `strapi develop` (development mode) keeps its
 * checks.
 */
export default (config: UserConfig): UserConfig => {
  if (config.mode === 'production') process.env.NODE_ENV = 'production';
  return config;
};

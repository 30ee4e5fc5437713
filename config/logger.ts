import type { Core } from '@strapi/strapi';

/** STRAPI_LOG_LEVEL quiets Strapi (the tests set "error"); winston's npm levels, "http" by default. */
const config = ({ env }: Core.Config.Shared.ConfigParams) => ({
  level: env('STRAPI_LOG_LEVEL', 'http'),
});

export default config;

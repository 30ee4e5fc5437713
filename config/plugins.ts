import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { findAppRoot } from '../src/environment/app-root';
import { secrets } from '../src/environment/secrets';

const allowedMediaTypes = ['image/*', 'video/*', 'audio/*', 'application/pdf', 'text/plain', 'text/csv'];

const deniedTypes = [
  'image/svg+xml',
  'application/vnd.microsoft.portable-executable',
  'application/x-msdownload',
  'application/x-msdos-program',
  'application/x-executable',
  'application/x-dosexec',
  'application/x-sh',
  'text/x-shellscript',
  'application/x-mach-binary',
];

const config = (): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: secrets(findAppRoot(__dirname)).JWT_SECRET,
      jwtManagement: 'refresh',
      sessions: {
        httpOnly: true,
      },
    },
  },
  // Listed after users-permissions: plugins bootstrap in this order, and the newsroom's bootstrap grants
  // the public role (created by users-permissions' bootstrap) read access.
  // Resolved from the compiled config (dist/config), so Strapi finds the compiled plugin in
  // dist/src/plugins/newsroom; the TypeScript sources alone would be skipped without a word.
  newsroom: {
    enabled: true,
    resolve: path.join(__dirname, '..', 'src', 'plugins', 'newsroom'),
  },
  // Reads only: the plugin turns its mutations off (writes go through the validated REST routes) and
  // refuses `status: DRAFT` without an API token. Limits keep one request from walking the archive.
  graphql: {
    config: {
      endpoint: '/graphql',
      shadowCRUD: true,
      defaultLimit: 20,
      maxLimit: 100,
      depthLimit: 7,
      // No CORS of Apollo's own (it answers any origin): strapi::cors, by allow-list, answers for /graphql too.
      apolloServer: { introspection: process.env.NODE_ENV !== 'production', cors: false },
    },
  },
  // OpenAPI at /documentation; the newsroom plugin documents its own routes (see its documentation/).
  documentation: {
    config: {
      info: {
        version: '1.0.0',
        title: 'Newsroom API',
        description: 'Analysis articles, experts and entity tags: Arabic first, in JSON, JSON-LD, ninjs, RSS and Atom',
      },
      'x-strapi-config': {
        plugins: ['upload', 'users-permissions', 'newsroom'],
        // The plugin's defaults are placeholders ("TEAM", "YOUR_TERMS_OF_SERVICE_URL"): say nothing rather than that.
        mutateDocumentation: (draft: { info: Record<string, unknown> }) => {
          delete draft.info.termsOfService;
          delete draft.info.contact;
          delete draft.info.license;
        },
      },
    },
  },
  upload: {
    config: {
      security: {
        allowedTypes: allowedMediaTypes,
        deniedTypes,
      },
    },
  },
});

export default config;

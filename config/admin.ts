import type { Core } from '@strapi/strapi';
import { findAppRoot } from '../src/environment/app-root';
import { secrets } from '../src/environment/secrets';
import { newsroomService } from '../src/plugins/newsroom/server/src/utils/services';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  const keys = secrets(findAppRoot(__dirname));
  const publicUrl = env('PUBLIC_URL', '');
  return {
    auth: {
      secret: keys.ADMIN_JWT_SECRET,
    },
    apiToken: {
      salt: keys.API_TOKEN_SALT,
    },
    transfer: {
      token: {
        salt: keys.TRANSFER_TOKEN_SALT,
      },
    },
    secrets: {
      encryptionKey: keys.ENCRYPTION_KEY,
    },
    // The edit view's preview opens the newsroom's own reader-like page of the version (a signed link the
    // plugin mints for an administrator who may read the locale, and serves); other types have none.
    // The admin frames it from this server ('self'), or from PUBLIC_URL's origin when the API is elsewhere.
    preview: {
      enabled: true,
      config: {
        allowedOrigins: ["'self'", ...(publicUrl ? [new URL(publicUrl).origin] : [])],
        handler: (uid, params) => newsroomService(strapi, 'previewLinks').linkFor(uid, params),
      },
    },
    flags: {
      nps: env.bool('FLAG_NPS', false),
      promoteEE: env.bool('FLAG_PROMOTE_EE', false),
    },
  };
};

export default config;

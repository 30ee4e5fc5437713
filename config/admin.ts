import type { Core } from '@strapi/strapi';
import { findAppRoot } from '../src/environment/app-root';
import { secrets } from '../src/environment/secrets';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  const keys = secrets(findAppRoot(__dirname));
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
    flags: {
      nps: env.bool('FLAG_NPS', false),
      promoteEE: env.bool('FLAG_PROMOTE_EE', false),
    },
  };
};

export default config;

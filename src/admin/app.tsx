import type { StrapiApp } from '@strapi/strapi/admin';
import { ar } from './translations/ar';

export default {
  config: {
    // The newsroom writes in Arabic first: its journalists can switch the admin itself to Arabic.
    locales: ['ar'],
    // Strapi's Arabic where it reads wrong or is missing (Persian is no admin language of Strapi's).
    translations: { ar },
  },
  bootstrap(_app: StrapiApp) {},
};

import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // The newsroom writes in Arabic first: its journalists can switch the admin itself to Arabic.
    locales: ['ar'],
  },
  bootstrap(_app: StrapiApp) {},
};

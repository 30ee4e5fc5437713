/**
 * The public role's permissions and the site's locales, which a request reads again at most once a second
 * (services/public-access.ts, services/locales.ts): whether a given request does is a matter of timing, so counts
 * of a request's own queries leave them out.
 */
export const isPeriodicRead = (sql: string): boolean => /\b(up_permissions|i18n_locale)\b/.test(sql);

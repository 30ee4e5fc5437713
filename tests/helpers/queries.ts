/**
 * Reads a request makes only now and then, or that run beside it on a timer: the public role's permissions and the
 * site's locales, which a request reads again at most once a second (services/public-access.ts,
 * services/locales.ts), and the embargo job's look for due drafts (once a minute, repositories/embargoes.ts `due`).
 * Whether one falls inside a given request is a matter of timing, so counts of a request's own queries leave them out.
 */
export const isPeriodicRead = (sql: string): boolean =>
  /\b(up_permissions|i18n_locale)\b/.test(sql) || /\bembargo_until["`]?\s*<=/.test(sql);

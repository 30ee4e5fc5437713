import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { readableLocales } from '../utils/permission-checker';
import { newsroomService } from '../utils/services';

interface LocaleRequest {
  params?: { locale?: unknown };
  request?: { body?: { locale?: unknown }; query?: { locale?: unknown } };
  state?: { userAbility?: unknown };
}

interface MayReadLocaleConfig {
  /** The route answers in the default locale when none is given: check that one then. */
  defaultsToDefaultLocale?: boolean;
}

// Strapi awaits a policy's answer (core/services/server/policy.js), though its type says it is synchronous:
// finding the default locale takes a query.
type AsyncPolicyHandler<TConfig> = (
  ...args: Parameters<Core.PolicyHandler<TConfig>>
) => Promise<ReturnType<Core.PolicyHandler<TConfig>>>;

/**
 * The admin's routes that read one locale: the administrator must hold the content manager's `read` of
 * articles in it, as the role editor set it; an admin limited to `ar` asking for `en` gets a 403, as in the
 * content manager. A malformed or unknown locale is left to the controller's 400. Routes whose answer spans
 * locales filter it to `readableLocales` themselves.
 */
const mayReadLocale: AsyncPolicyHandler<MayReadLocaleConfig> = async (policyContext, config, { strapi }) => {
  const context = policyContext as unknown as LocaleRequest;
  const given = context.params?.locale ?? context.request?.query?.locale ?? context.request?.body?.locale;
  const locale =
    given === undefined && config?.defaultsToDefaultLocale
      ? await newsroomService(strapi, 'locales').defaultLocale()
      : given;
  // Not a locale of the site: the controller's 400 names the parameter.
  if (typeof locale !== 'string' || !(await newsroomService(strapi, 'locales').exists(locale))) return true;
  if (readableLocales(strapi, context.state?.userAbility, [locale]).length === 0) {
    throw new errors.PolicyError(`You may not read articles in "${locale.slice(0, 40)}"`, { policy: 'may-read-locale' });
  }
  return true;
};

export default mayReadLocale;

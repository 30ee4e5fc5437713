import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ARTICLE_UID } from '../constants';
import { permissionCheckerFor } from '../utils/permission-checker';
import { newsroomService } from '../utils/services';

interface LocaleQuery {
  request?: { query?: { locale?: unknown } };
  state?: { userAbility?: unknown };
}

/**
 * Admin routes that serve the writing of an article (suggesting the entities a draft names): the administrator
 * must hold the content manager's permission to edit articles in the request's locale (`?locale=`, else the
 * default one), the locale the answer reads entities from. A role without it gets 403.
 * Async (finding the default locale): Strapi awaits every policy (core's services/server/policy), though its
 * PolicyHandler type says otherwise.
 */
const mayEditArticles = async (
  policyContext: Core.PolicyContext,
  _config: unknown,
  { strapi }: { strapi: Core.Strapi },
): Promise<true> => {
  const context = policyContext as unknown as LocaleQuery;
  const requested = context.request?.query?.locale;
  const locale =
    typeof requested === 'string' ? requested : await newsroomService(strapi, 'locales').defaultLocale();
  const checker = permissionCheckerFor(strapi, context.state?.userAbility, ARTICLE_UID);
  if (checker.cannot.update({ locale })) {
    throw new errors.PolicyError(`You may not edit articles in "${locale.slice(0, 40)}"`, { policy: 'may-edit-articles' });
  }
  return true;
};

export default mayEditArticles;

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ARTICLE_UID } from '../constants';
import { permissionCheckerFor } from '../utils/permission-checker';

interface LocaleRequest {
  params?: { locale?: unknown };
  request?: { body?: { locale?: unknown }; query?: { locale?: unknown } };
  state?: { userAbility?: unknown };
}

const VERBS = { create: 'start', update: 'update', publish: 'publish' } as const;

/**
 * The admin's routes that write one locale of an article: the administrator must hold the content
 * manager's permission for that locale (`create` to start a translation, `update` to mark it in line,
 * `publish` to add a public correction or return a piece from the desk), as the role editor set it; a Translator for `en` cannot start `fa`.
 */
const mayWriteLocale: Core.PolicyHandler<{ action: 'create' | 'update' | 'publish' }> = (
  policyContext,
  config,
  { strapi },
) => {
  const context = policyContext as unknown as LocaleRequest;
  const locale = context.params?.locale ?? context.request?.body?.locale ?? context.request?.query?.locale;
  if (typeof locale !== 'string') return true;
  const checker = permissionCheckerFor(strapi, context.state?.userAbility, ARTICLE_UID);
  if (checker.cannot[config.action]({ locale })) {
    throw new errors.PolicyError(`You may not ${VERBS[config.action]} in "${locale}"`, {
      policy: 'may-write-locale',
    });
  }
  return true;
};

export default mayWriteLocale;

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isNewsroomContentType } from '../constants';
import { permissionCheckerFor } from '../utils/permission-checker';

type Context = Parameters<Core.MiddlewareHandler>[0];
type Action = (ctx: Context, next: () => Promise<unknown>) => Promise<unknown>;

// The content manager's actions that may create a locale: create and clone, and save or publish in a locale the
// entry lacks.
const CREATING_ACTIONS = ['create', 'update', 'publish', 'clone', 'autoClone'] as const;

/**
 * Strapi 5.54's content manager checks a create permission without the locale being created: a role
 * allowed to create in `ar` only could create in `en`, also by saving a new locale of an existing entry.
 * For the newsroom's types this asks the same permission checker with the locale, so the locales a role is
 * given (Journalist: the source; Translator: the others) hold for creation as they do for edits. It wraps
 * the content manager's own actions, where the admin user's abilities are known.
 */
export const guardLocaleCreation = (strapi: Core.Strapi): void => {
  const controller = strapi.plugin('content-manager').controller('collection-types') as unknown as Record<
    string,
    Action
  >;
  for (const action of CREATING_ACTIONS) {
    const original = controller[action];
    controller[action] = async (ctx, next) => {
      const { model, id } = ctx.params as { model?: string; id?: string };
      if (model && isNewsroomContentType(model)) {
        const body = (ctx.request.body ?? {}) as { locale?: unknown };
        const locale =
          typeof body.locale === 'string'
            ? body.locale
            : await (
                strapi.plugin('i18n').service('locales') as { getDefaultLocale(): Promise<string> }
              ).getDefaultLocale();
        const creates = !id || (await strapi.db.query(model).count({ where: { documentId: id, locale } })) === 0;
        const checker = permissionCheckerFor(strapi, (ctx.state as { userAbility?: unknown }).userAbility, model);
        if (creates && checker.cannot.create({ locale })) {
          throw new errors.ForbiddenError(`You may not create entries in locale "${locale}"`);
        }
      }
      return original.call(controller, ctx, next);
    };
  }
};

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isNewsroomContentType, type NewsroomContentTypeUid } from '../constants';
import { permissionCheckerFor } from '../utils/permission-checker';
import { newsroomService } from '../utils/services';

type Context = Parameters<Core.MiddlewareHandler>[0];
type Action = (ctx: Context, next: () => Promise<unknown>) => Promise<unknown>;

// The content manager's actions that write a document: create and clone make a new one; save, publish (both
// may take a body, and create a locale the entry lacks) and discard write one locale of an existing one. The
// bulk actions take no data (a bulk publish needs the publish permission, which translators lack).
const WRITING_ACTIONS = ['create', 'update', 'publish', 'clone', 'autoClone', 'discard'] as const;
type WritingAction = (typeof WRITING_ACTIONS)[number];

/**
 * Checks one content manager write to a newsroom type, with the admin user's abilities and the raw body:
 * - Strapi 5.54 checks a create permission without the locale being created: a role allowed to create in `ar`
 *   only could create in `en`, also by saving a new locale of an existing entry. This asks the same
 *   permission checker with the locale, so the locales a role is given (Journalist: the source; Translator:
 *   the others) hold for creation as they do for edits.
 * - A write to one locale of an existing document that would change a field every locale shares needs the
 *   right to write the document's source locale (services/shared-fields.ts). A new document (create, clone:
 *   a new documentId in one locale) changes no other: its locale becomes its source.
 * Both refuse with a PolicyError: Strapi's router turns any other ForbiddenError into a bare "Forbidden".
 */
const checkWrite = async (strapi: Core.Strapi, action: WritingAction, ctx: Context, model: NewsroomContentTypeUid) => {
  const { id } = ctx.params as { id?: string };
  const body = (ctx.request.body ?? {}) as Record<string, unknown>;
  const locale = typeof body.locale === 'string' ? body.locale : await newsroomService(strapi, 'locales').defaultLocale();
  const checker = permissionCheckerFor(strapi, (ctx.state as { userAbility?: unknown }).userAbility, model);
  const creates = !id || (await strapi.db.query(model).count({ where: { documentId: id, locale } })) === 0;
  if (action !== 'discard' && creates && checker.cannot.create({ locale })) {
    throw new errors.PolicyError(`You may not create entries in locale "${locale}"`);
  }
  if (!id) return;

  const sharedFields = newsroomService(strapi, 'sharedFields');
  if (action === 'discard') {
    await sharedFields.assertMayChange(model, id, locale, checker, { kind: 'discard' });
    return;
  }
  await sharedFields.assertMayChange(model, id, locale, checker, { kind: creates ? 'new-locale' : 'save', data: body });
  if (action === 'publish') await sharedFields.assertMayChange(model, id, locale, checker, { kind: 'publish' });
};

/** Wraps the content manager's writing actions, where the admin user's abilities and the raw body are known. */
export const guardContentManagerWrites = (strapi: Core.Strapi): void => {
  const controller = strapi.plugin('content-manager').controller('collection-types') as unknown as Record<
    string,
    Action
  >;
  for (const action of WRITING_ACTIONS) {
    const original = controller[action];
    controller[action] = async (ctx, next) => {
      const { model } = ctx.params as { model?: string };
      if (model && isNewsroomContentType(model)) await checkWrite(strapi, action, ctx, model);
      return original.call(controller, ctx, next);
    };
  }
};

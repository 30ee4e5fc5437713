import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';

/** The content manager's permission checker, for one admin user's abilities on one model. */
export interface PermissionChecker {
  cannot: {
    create(entity?: object): boolean;
    read(entity?: object): boolean;
    update(entity?: object): boolean;
    publish(entity?: object): boolean;
  };
}

interface PermissionCheckerService {
  create(options: { userAbility: unknown; model: string }): PermissionChecker;
}

export const permissionCheckerFor = (strapi: Core.Strapi, userAbility: unknown, model: string): PermissionChecker =>
  (strapi.plugin('content-manager').service('permission-checker') as PermissionCheckerService).create({ userAbility, model });

/**
 * The locales whose articles an admin user may read in the content manager (all of them for a request
 * without admin abilities: the content API's tokens are checked by their own permissions).
 */
export const readableLocales = (strapi: Core.Strapi, userAbility: unknown, locales: string[]): string[] => {
  if (!userAbility) return locales;
  const checker = permissionCheckerFor(strapi, userAbility, ARTICLE_UID);
  return locales.filter((locale) => !checker.cannot.read({ locale }));
};

/** Whether an admin user may read articles in one locale (always, for a request without admin abilities). */
export const mayReadLocaleOf =
  (strapi: Core.Strapi, userAbility: unknown) =>
  (locale: string): boolean =>
    readableLocales(strapi, userAbility, [locale]).length > 0;

import type { Core } from '@strapi/strapi';

/** The content manager's permission checker, for one admin user's abilities on one model. */
export interface PermissionChecker {
  cannot: { create(entity?: object): boolean; update(entity?: object): boolean; publish(entity?: object): boolean };
}

interface PermissionCheckerService {
  create(options: { userAbility: unknown; model: string }): PermissionChecker;
}

export const permissionCheckerFor = (strapi: Core.Strapi, userAbility: unknown, model: string): PermissionChecker =>
  (strapi.plugin('content-manager').service('permission-checker') as PermissionCheckerService).create({ userAbility, model });

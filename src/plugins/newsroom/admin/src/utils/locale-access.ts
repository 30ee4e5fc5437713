/** One of the admin user's permissions, as `useAuth` holds them. */
export interface LocalePermission {
  action: string;
  subject?: string | null;
  properties?: { locales?: string[] | null } | null;
}

export interface LocaleAccess {
  read: ReadonlySet<string>;
  update: ReadonlySet<string>;
  create: ReadonlySet<string>;
  publish: ReadonlySet<string>;
}

const ACTIONS = {
  read: 'plugin::content-manager.explorer.read',
  update: 'plugin::content-manager.explorer.update',
  create: 'plugin::content-manager.explorer.create',
  publish: 'plugin::content-manager.explorer.publish',
} as const;

/** The locales the user may read, update, create and publish one content type in (as the content manager decides). */
export const localeAccess = (permissions: readonly LocalePermission[], model: string): LocaleAccess => {
  const locales = (action: string) =>
    new Set(
      permissions
        .filter((permission) => permission.action === action && permission.subject === model)
        .flatMap((permission) => permission.properties?.locales ?? [])
    );
  return {
    read: locales(ACTIONS.read),
    update: locales(ACTIONS.update),
    create: locales(ACTIONS.create),
    publish: locales(ACTIONS.publish),
  };
};

/**
 * What the locale picker offers for one locale: `write` where the user may edit (or create) it,
 * `read-only` where they may only read an existing version, nothing (`hidden`) where choosing it
 * could only fail: a locale they may not read, or a new locale they may not create.
 */
export const localeOffer = (locale: string, exists: boolean, access: LocaleAccess): 'write' | 'read-only' | 'hidden' => {
  if (exists) return access.update.has(locale) ? 'write' : access.read.has(locale) ? 'read-only' : 'hidden';
  return access.create.has(locale) ? 'write' : 'hidden';
};

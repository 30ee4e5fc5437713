import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID, MEDIA_TOPIC_UID, type NewsroomContentTypeUid, PLUGIN_ID } from '../constants';
import { newsroomService } from '../utils/services';

interface Permission {
  action: string;
  subject: string | null;
  properties: { fields?: string[]; locales?: string[] };
  conditions: string[];
}

interface StoredPermission extends Permission {
  actionParameters?: Record<string, unknown>;
}

interface RoleService {
  findOne(where: { name: string }): Promise<{ id: number } | null>;
  create(attributes: { name: string; description: string }): Promise<{ id: number }>;
  assignPermissions(roleId: number, permissions: Permission[]): Promise<unknown>;
  addPermissions(roleId: number, permissions: Permission[]): Promise<unknown>;
}

interface ContentTypePermissionService {
  getPermissionsWithNestedFields(actions: unknown[]): { action: string; subject: string; properties: { fields?: string[] } }[];
}

interface PermissionService {
  findMany(params: { where: { role: { id: number } } }): Promise<StoredPermission[]>;
}

interface ActionProvider {
  values(): { actionId: string; section: string; subjects?: string[] }[];
}

const EXPLORER = 'plugin::content-manager.explorer';
const NEWSROOM_TYPES = [ARTICLE_UID, EXPERT_UID, ENTITY_TAG_UID];
const SEEDED_KEY = 'editorial-roles-seeded';
const TRANSLATOR = 'Newsroom translator';
const TRANSLATOR_SHARED_FIELDS_KEY = 'editorial-roles-translator-shared-fields';
const MEDIA_AND_SUBJECTS_KEY = 'editorial-roles-media-and-subjects';
const JOURNALIST = 'Newsroom journalist';
const EDITOR = 'Newsroom editor';

const plugin = (action: string, conditions: string[] = []): Permission => ({ action, subject: null, properties: {}, conditions });

/**
 * The Media Library (the upload plugin's admin actions) a day's work needs. A journalist browses every image
 * (agency photographs are uploaded by others), uploads, and edits or deletes only the files they uploaded;
 * an editor looks after the whole library. Translators never change the lead image (a field every locale
 * shares), so they get none. Neither role configures the library's view or settings.
 */
const MEDIA_LIBRARY: Record<string, Permission[]> = {
  [JOURNALIST]: [
    plugin('plugin::upload.read'),
    plugin('plugin::upload.assets.create'),
    plugin('plugin::upload.assets.update', ['admin::is-creator']),
  ],
  [EDITOR]: [
    plugin('plugin::upload.read'),
    plugin('plugin::upload.assets.create'),
    plugin('plugin::upload.assets.update'),
    plugin('plugin::upload.assets.download'),
    plugin('plugin::upload.assets.copy-link'),
  ],
};

type Verb = 'create' | 'read' | 'update' | 'delete' | 'publish';

interface RoleSpec {
  name: string;
  description: string;
  /** Per content-manager verb, the locales it applies to. */
  grants: Partial<Record<Verb, string[]>>;
  /** May not create or update the fields every locale shares (the content manager shows them read-only). */
  sharedFieldsReadOnly?: boolean;
}

/**
 * A create or update permission on a newsroom type without the fields every locale shares: those are the
 * source's (services/shared-fields.ts), and the content manager disables the inputs a role may not write.
 */
const withoutSharedFields = <P extends Permission>(strapi: Core.Strapi, permission: P): P => {
  const fields = permission.properties.fields;
  const writes = permission.action === `${EXPLORER}.create` || permission.action === `${EXPLORER}.update`;
  if (!fields || !writes || !permission.subject || !NEWSROOM_TYPES.includes(permission.subject)) return permission;
  const shared = newsroomService(strapi, 'sharedFields').fieldsOf(permission.subject as NewsroomContentTypeUid);
  const kept = fields.filter((field) => !shared.some((name) => field === name || field.startsWith(`${name}.`)));
  if (kept.length === fields.length) return permission;
  return { ...permission, properties: { ...permission.properties, fields: kept } };
};

/** Every content-manager action on every content type, each with the fields it may cover. */
const contentTypePermissions = (strapi: Core.Strapi) => {
  const actions = (strapi.service('admin::permission') as unknown as { actionProvider: ActionProvider }).actionProvider
    .values()
    .filter((action) => action.section === 'contentTypes' && action.actionId.startsWith(`${EXPLORER}.`));
  return (strapi.service('admin::content-type') as unknown as ContentTypePermissionService).getPermissionsWithNestedFields(actions);
};

/**
 * What a role needs besides writing the newsroom's types: reading the subject vocabulary (the article's
 * `subjects` picker lists, searches and shows topics only to a role that may read them), and its Media Library.
 */
const dayToDay = (roleName: string, withFields: ReturnType<typeof contentTypePermissions>): Permission[] => [
  ...withFields
    .filter((permission) => permission.subject === MEDIA_TOPIC_UID && permission.action === `${EXPLORER}.read`)
    .map((permission) => ({ ...permission, conditions: [] })),
  ...(MEDIA_LIBRARY[roleName] ?? []),
];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Creates the newsroom's three admin roles once per database, after which administrators edit them like
   * any role (a role deleted on purpose is not brought back):
   * - Journalist: writes articles, experts and tags in the source (default) locale, reads every locale,
   *   cannot publish or delete;
   * - Editor: everything on the three types, publishing included, in every locale;
   * - Translator: reads every locale, writes the other locales (articles, and the names of experts and
   *   tags), never the source locale, cannot publish.
   * All three read the subject vocabulary; journalists and editors use the Media Library (MEDIA_LIBRARY).
   */
  async seedOnce(): Promise<string[]> {
    const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
    if (await store.get({ key: SEEDED_KEY })) return [];
    const locales = await newsroomService(strapi, 'locales').list();
    const all = locales.map((locale) => locale.code);
    const source = locales.filter((locale) => locale.isDefault).map((locale) => locale.code);
    const translated = all.filter((code) => !source.includes(code));

    const specs: RoleSpec[] = [
      {
        name: JOURNALIST,
        description: 'Writes articles, experts and tags in the source locale; cannot publish.',
        grants: { read: all, create: source, update: source },
      },
      {
        name: EDITOR,
        description: 'Writes, publishes and unpublishes articles, experts and tags in every locale.',
        grants: { read: all, create: all, update: all, delete: all, publish: all },
      },
      {
        name: TRANSLATOR,
        description: `Translates into ${translated.join(', ')}: writes those locales only; cannot publish.`,
        grants: { read: all, create: translated, update: translated },
        sharedFieldsReadOnly: true,
      },
    ];

    const withFields = contentTypePermissions(strapi);
    const newsroomTypes = withFields.filter((permission) => NEWSROOM_TYPES.includes(permission.subject));

    const roles = strapi.service('admin::role') as unknown as RoleService;
    const created: string[] = [];
    for (const spec of specs) {
      if (await roles.findOne({ name: spec.name })) continue;
      const permissions = newsroomTypes.flatMap((permission): Permission[] => {
        const verb = permission.action.slice(EXPLORER.length + 1) as Verb;
        const granted = spec.grants[verb];
        if (!granted || granted.length === 0) return [];
        const inLocales = { ...permission, properties: { ...permission.properties, locales: granted }, conditions: [] };
        return [spec.sharedFieldsReadOnly ? withoutSharedFields(strapi, inLocales) : inLocales];
      });
      permissions.push(...dayToDay(spec.name, withFields));
      const role = await roles.create({ name: spec.name, description: spec.description });
      await roles.assignPermissions(role.id, permissions);
      created.push(spec.name);
    }
    await store.set({ key: SEEDED_KEY, value: true });
    return created;
  },

  /**
   * Once per database, takes the fields every locale shares out of the Translator role's create and update
   * permissions, for databases seeded before the role had them read-only. Only a role of that name that
   * still exists is changed (a deleted one is not brought back); after that, administrators edit it freely.
   */
  async upgradeTranslatorOnce(): Promise<boolean> {
    const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
    if (await store.get({ key: TRANSLATOR_SHARED_FIELDS_KEY })) return false;
    const roles = strapi.service('admin::role') as unknown as RoleService;
    const role = await roles.findOne({ name: TRANSLATOR });
    let changed = false;
    if (role) {
      const permissions = await (strapi.service('admin::permission') as unknown as PermissionService).findMany({
        where: { role: { id: role.id } },
      });
      const upgraded = permissions.map(({ action, subject, properties, conditions, actionParameters }) =>
        withoutSharedFields(strapi, { action, subject, properties, conditions, actionParameters }),
      );
      changed = upgraded.some((permission, index) => permission.properties !== permissions[index].properties);
      if (changed) await roles.assignPermissions(role.id, upgraded);
    }
    await store.set({ key: TRANSLATOR_SHARED_FIELDS_KEY, value: true });
    return changed;
  },

  /**
   * Once per database, gives the newsroom roles seeded before they had them the subject vocabulary and the
   * Media Library (dayToDay). Only roles of those names that still exist are changed, and only by adding
   * what they lack: a deleted role is not brought back, a permission an administrator set is kept.
   */
  async upgradeMediaAndSubjectsOnce(): Promise<string[]> {
    const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
    if (await store.get({ key: MEDIA_AND_SUBJECTS_KEY })) return [];
    const roles = strapi.service('admin::role') as unknown as RoleService;
    const permissionService = strapi.service('admin::permission') as unknown as PermissionService;
    const withFields = contentTypePermissions(strapi);
    const upgraded: string[] = [];
    for (const name of [JOURNALIST, EDITOR, TRANSLATOR]) {
      const role = await roles.findOne({ name });
      if (!role) continue;
      const held = await permissionService.findMany({ where: { role: { id: role.id } } });
      const missing = dayToDay(name, withFields).filter(
        (wanted) => !held.some((permission) => permission.action === wanted.action && permission.subject === wanted.subject),
      );
      if (missing.length === 0) continue;
      await roles.addPermissions(role.id, missing);
      upgraded.push(name);
    }
    await store.set({ key: MEDIA_AND_SUBJECTS_KEY, value: true });
    return upgraded;
  },
});

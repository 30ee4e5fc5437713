import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID, PLUGIN_ID } from '../constants';
import { newsroomService } from '../utils/services';

interface Permission {
  action: string;
  subject: string;
  properties: { fields?: string[]; locales?: string[] };
  conditions: string[];
}

interface RoleService {
  findOne(where: { name: string }): Promise<{ id: number } | null>;
  create(attributes: { name: string; description: string }): Promise<{ id: number }>;
  assignPermissions(roleId: number, permissions: Permission[]): Promise<unknown>;
}

interface ContentTypePermissionService {
  getPermissionsWithNestedFields(actions: unknown[]): { action: string; subject: string; properties: { fields?: string[] } }[];
}

interface ActionProvider {
  values(): { actionId: string; section: string; subjects?: string[] }[];
}

const EXPLORER = 'plugin::content-manager.explorer';
const NEWSROOM_TYPES = [ARTICLE_UID, EXPERT_UID, ENTITY_TAG_UID];
const SEEDED_KEY = 'editorial-roles-seeded';

type Verb = 'create' | 'read' | 'update' | 'delete' | 'publish';

interface RoleSpec {
  name: string;
  description: string;
  /** Per content-manager verb, the locales it applies to. */
  grants: Partial<Record<Verb, string[]>>;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Creates the newsroom's three admin roles once per database, after which administrators edit them like
   * any role (a role deleted on purpose is not brought back):
   * - Journalist: writes articles, experts and tags in the source (default) locale, reads every locale,
   *   cannot publish or delete;
   * - Editor: everything on the three types, publishing included, in every locale;
   * - Translator: reads every locale, writes the other locales (articles, and the names of experts and
   *   tags), never the source locale, cannot publish.
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
        name: 'Newsroom journalist',
        description: 'Writes articles, experts and tags in the source locale; cannot publish.',
        grants: { read: all, create: source, update: source },
      },
      {
        name: 'Newsroom editor',
        description: 'Writes, publishes and unpublishes articles, experts and tags in every locale.',
        grants: { read: all, create: all, update: all, delete: all, publish: all },
      },
      {
        name: 'Newsroom translator',
        description: `Translates into ${translated.join(', ')}: writes those locales only; cannot publish.`,
        grants: { read: all, create: translated, update: translated },
      },
    ];

    const actions = (strapi.service('admin::permission') as unknown as { actionProvider: ActionProvider }).actionProvider
      .values()
      .filter((action) => action.section === 'contentTypes' && action.actionId.startsWith(`${EXPLORER}.`));
    const withFields = (strapi.service('admin::content-type') as unknown as ContentTypePermissionService)
      .getPermissionsWithNestedFields(actions)
      .filter((permission) => NEWSROOM_TYPES.includes(permission.subject));

    const roles = strapi.service('admin::role') as unknown as RoleService;
    const created: string[] = [];
    for (const spec of specs) {
      if (await roles.findOne({ name: spec.name })) continue;
      const permissions = withFields.flatMap((permission): Permission[] => {
        const verb = permission.action.slice(EXPLORER.length + 1) as Verb;
        const granted = spec.grants[verb];
        if (!granted || granted.length === 0) return [];
        return [{ ...permission, properties: { ...permission.properties, locales: granted }, conditions: [] }];
      });
      const role = await roles.create({ name: spec.name, description: spec.description });
      await roles.assignPermissions(role.id, permissions);
      created.push(spec.name);
    }
    await store.set({ key: SEEDED_KEY, value: true });
    return created;
  },
});

import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, PLUGIN_ID } from '../constants';

interface FieldMetadata {
  edit: { label?: string; description?: string; editable?: boolean; [key: string]: unknown };
  list: Record<string, unknown>;
}

interface LayoutConfiguration {
  settings: { mainField?: string; [key: string]: unknown };
  metadatas: Record<string, FieldMetadata>;
  layouts: Record<string, unknown>;
}

interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<LayoutConfiguration>;
  updateConfiguration(model: { uid: string }, configuration: LayoutConfiguration): Promise<unknown>;
}

const COMPUTED_FIELDS: Record<string, string> = {
  wordCount: 'Counted from the body on every save',
  readingTimeMinutes: 'From the word count, at the locale reading speed (IReST)',
};

// What names an entry of each repeatable component in the edit view's collapsed list.
const COMPONENT_MAIN_FIELDS: Record<string, string> = {
  'newsroom.quote': 'text',
  'newsroom.key-figure': 'label',
  'newsroom.source': 'name',
};

const CONFIGURED_KEY = 'admin-layout-configured';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The Content Manager's layout, set once per database (editors may rearrange it afterwards): computed
   * fields shown read-only with where they come from, and quotes, key figures and sources listed by what
   * they say rather than by id.
   */
  async configureOnce(): Promise<boolean> {
    const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
    if (await store.get({ key: CONFIGURED_KEY })) return false;
    const contentManager = strapi.plugin('content-manager');

    const contentTypes = contentManager.service('content-types') as ConfigurationService;
    const article = { uid: ARTICLE_UID };
    const configuration = await contentTypes.findConfiguration(article);
    for (const [field, description] of Object.entries(COMPUTED_FIELDS)) {
      const metadata = configuration.metadatas[field];
      if (metadata) metadata.edit = { ...metadata.edit, editable: false, description };
    }
    await contentTypes.updateConfiguration(article, configuration);

    const components = contentManager.service('components') as ConfigurationService;
    for (const [uid, mainField] of Object.entries(COMPONENT_MAIN_FIELDS)) {
      const component = await components.findConfiguration({ uid });
      await components.updateConfiguration({ uid }, { ...component, settings: { ...component.settings, mainField } });
    }
    await store.set({ key: CONFIGURED_KEY, value: true });
    return true;
  },
});

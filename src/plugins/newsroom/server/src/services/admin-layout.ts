import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID, PLUGIN_ID } from '../constants';

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
  wordCount: 'Counted from the body on every save · يُحسب من النص عند كل حفظ',
  readingTimeMinutes: 'From the word count, at the locale reading speed (IReST) · من عدد الكلمات بسرعة القراءة في اللغة',
};

// The content manager shows a field's description as it is stored, in whatever language the admin is in
// (labels are translated, descriptions are not): one line in English and Arabic, the newsroom's two.
const FIELD_DESCRIPTIONS: Record<string, Record<string, string>> = {
  [ARTICLE_UID]: {
    title: 'The headline readers see; about 110 characters show in cards and search · العنوان كما يراه القراء',
    slug: 'Left empty, made from the headline; fixed once published · يُولَّد من العنوان إن تُرك فارغًا',
    standfirst: 'Two or three sentences shown in cards, feeds and search · جملتان أو ثلاث تظهر في البطاقات والخلاصات',
    quotes: 'Words attributed to an expert, exactly as printed · أقوال منسوبة إلى خبير كما نُشرت',
    tags: 'The people, organisations, countries, places and events the piece is about · موضوعات المقال',
    experts: 'Experts quoted or cited · الخبراء المقتبس منهم',
    embargoUntil:
      'Save the draft with a time: it is published then, and cannot be published before · يُنشر المقال تلقائيًا في هذا الموعد ولا يُنشر قبله',
  },
  [EXPERT_UID]: {
    aliases: 'Other spellings readers search for · تهجئات أخرى يبحث بها القراء',
    wikidataId: 'Q followed by digits, e.g. Q159 · معرّف ويكي بيانات',
  },
  [ENTITY_TAG_UID]: {
    aliases: 'Other spellings readers search for · تهجئات أخرى يبحث بها القراء',
    wikidataId: 'Q followed by digits, e.g. Q159 · معرّف ويكي بيانات',
  },
};

// What names an entry of each repeatable component in the edit view's collapsed list.
const COMPONENT_MAIN_FIELDS: Record<string, string> = {
  'newsroom.quote': 'text',
  'newsroom.key-figure': 'label',
  'newsroom.source': 'name',
};

const CONFIGURED_KEY = 'admin-layout-version';
// Raised when the layout gains something: a database configured by an older version gets the new part.
const LAYOUT_VERSION = 2;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The Content Manager's layout, set once per database and layout version (editors may change it
   * afterwards): computed fields shown read-only with where they come from, field descriptions where none
   * is written, and quotes, key figures and sources listed by what they say rather than by id.
   */
  async configureOnce(): Promise<boolean> {
    const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
    if (Number(await store.get({ key: CONFIGURED_KEY })) >= LAYOUT_VERSION) return false;
    const contentManager = strapi.plugin('content-manager');

    const contentTypes = contentManager.service('content-types') as ConfigurationService;
    for (const [uid, descriptions] of Object.entries(FIELD_DESCRIPTIONS)) {
      const configuration = await contentTypes.findConfiguration({ uid });
      for (const [field, description] of Object.entries(descriptions)) {
        const metadata = configuration.metadatas[field];
        if (metadata && !metadata.edit.description) metadata.edit = { ...metadata.edit, description };
      }
      if (uid === ARTICLE_UID) {
        for (const [field, description] of Object.entries(COMPUTED_FIELDS)) {
          const metadata = configuration.metadatas[field];
          if (metadata) metadata.edit = { ...metadata.edit, editable: false, description };
        }
      }
      await contentTypes.updateConfiguration({ uid }, configuration);
    }

    const components = contentManager.service('components') as ConfigurationService;
    for (const [uid, mainField] of Object.entries(COMPONENT_MAIN_FIELDS)) {
      const component = await components.findConfiguration({ uid });
      await components.updateConfiguration({ uid }, { ...component, settings: { ...component.settings, mainField } });
    }
    await store.set({ key: CONFIGURED_KEY, value: LAYOUT_VERSION });
    return true;
  },
});

import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID, MEDIA_TOPIC_UID, PLUGIN_ID } from '../constants';
import { withFullWidthRow, type EditLayoutField } from '../utils/edit-layout';

interface FieldMetadata {
  edit: { label?: string; description?: string; editable?: boolean; mainField?: string; [key: string]: unknown };
  list: { mainField?: string; [key: string]: unknown };
}

interface LayoutConfiguration {
  settings: { mainField?: string; [key: string]: unknown };
  metadatas: Record<string, FieldMetadata>;
  layouts: { list?: string[]; edit?: EditLayoutField[][]; [key: string]: unknown };
}

interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<LayoutConfiguration>;
  updateConfiguration(model: { uid: string }, configuration: LayoutConfiguration): Promise<unknown>;
}

/** One field's help in the newsroom's three languages: English, Arabic, Persian. */
interface FieldHelp {
  en: string;
  ar: string;
  fa: string;
}

const ALIASES: FieldHelp = {
  en: 'Other spellings readers search for',
  ar: 'تهجئات أخرى يبحث بها القراء',
  fa: 'نگارش‌های دیگری که خوانندگان با آنها جست‌وجو می‌کنند',
};

const WIKIDATA_ID: FieldHelp = {
  en: 'Q followed by digits, e.g. Q159',
  ar: 'معرّف ويكي بيانات',
  fa: 'شناسه‌ی ویکی‌داده',
};

const COMPUTED_FIELDS: Record<string, FieldHelp> = {
  wordCount: {
    en: 'Counted from the body on every save',
    ar: 'يُحسب من النص عند كل حفظ',
    fa: 'در هر ذخیره از متن شمرده می‌شود',
  },
  readingTimeMinutes: {
    en: 'From the word count, at the locale reading speed (IReST)',
    ar: 'من عدد الكلمات بسرعة القراءة في اللغة',
    fa: 'از شمار واژه‌ها، با سرعت خواندن هر زبان',
  },
};

// The content manager shows a field's description as it is stored, whatever the admin's language (labels
// are translated, descriptions are not): one line in English, Arabic and Persian, the newsroom's languages.
const FIELD_DESCRIPTIONS: Record<string, Record<string, FieldHelp>> = {
  [ARTICLE_UID]: {
    title: {
      en: 'The headline readers see; about 110 characters show in cards and search',
      ar: 'العنوان كما يراه القراء',
      fa: 'عنوانی که خوانندگان می‌بینند',
    },
    slug: {
      en: 'Left empty, made from the headline; fixed once published',
      ar: 'يُولَّد من العنوان إن تُرك فارغًا',
      fa: 'اگر خالی بماند از عنوان ساخته می‌شود؛ پس از انتشار ثابت است',
    },
    standfirst: {
      en: 'Two or three sentences shown in cards, feeds and search',
      ar: 'جملتان أو ثلاث تظهر في البطاقات والخلاصات',
      fa: 'دو یا سه جمله که در کارت‌ها، خوراک‌ها و جست‌وجو می‌آید',
    },
    quotes: {
      en: 'Words attributed to an expert, exactly as printed',
      ar: 'أقوال منسوبة إلى خبير كما نُشرت',
      fa: 'سخنانی منسوب به یک کارشناس، همان‌گونه که منتشر شده',
    },
    tags: {
      en: 'The people, organisations, countries, places and events the piece is about',
      ar: 'موضوعات المقال',
      fa: 'اشخاص، سازمان‌ها، کشورها، مکان‌ها و رویدادهایی که مقاله درباره‌ی آنهاست',
    },
    experts: { en: 'Experts quoted or cited', ar: 'الخبراء المقتبس منهم', fa: 'کارشناسانی که از آنها نقل شده' },
    embargoUntil: {
      en: 'Save the draft with a time: it is published then, and cannot be published before',
      ar: 'يُنشر المقال تلقائيًا في هذا الموعد ولا يُنشر قبله',
      fa: 'مقاله در این زمان خودکار منتشر می‌شود و پیش از آن منتشر نمی‌شود',
    },
  },
  [EXPERT_UID]: { aliases: ALIASES, wikidataId: WIKIDATA_ID },
  [ENTITY_TAG_UID]: { aliases: ALIASES, wikidataId: WIKIDATA_ID },
};

// A Media Topic is shown and searched by its label (its names in every language and its QCode): the relation
// picker searches the main field only, and a role's main field it may not read falls back to the documentId.
const TOPIC_LABEL = 'label';
const TOPIC_LABEL_HELP: FieldHelp = {
  en: 'Made from the names and the code on every save',
  ar: 'يُكوَّن من الأسماء والرمز عند كل حفظ',
  fa: 'در هر ذخیره از نام‌ها و کد ساخته می‌شود',
};
// The fields whose relation shows Media Topics, by the content type holding them.
const TOPIC_RELATIONS: Record<string, string> = { [ARTICLE_UID]: 'subjects', [MEDIA_TOPIC_UID]: 'parent' };

const helpLine = (help: FieldHelp): string => `${help.en} · ${help.ar} · ${help.fa}`;

// A description is ours when it starts with our English text (an earlier layout wrote English · Arabic):
// ours is rewritten, an editor's own is kept.
const isOurs = (description: string | undefined, help: FieldHelp): boolean =>
  !description || description === help.en || description.startsWith(`${help.en} · `);

// What names an entry of each repeatable component in the edit view's collapsed list.
const COMPONENT_MAIN_FIELDS: Record<string, string> = {
  'newsroom.quote': 'text',
  'newsroom.key-figure': 'label',
  'newsroom.source': 'name',
};

const CONFIGURED_KEY = 'admin-layout-version';
// Raised when the layout gains something: a database configured by an older version gets the new part.
// 4: Media Topics shown and searched by their label; the headline on a row of its own (half width showed about
// 45 of a 77-character Arabic headline).
const LAYOUT_VERSION = 4;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The Content Manager's layout, set once per database and layout version (editors may change it
   * afterwards): computed fields shown read-only with where they come from, field descriptions where none
   * is written (or where ours from an earlier version is), the headline full width, quotes, key figures and
   * sources listed by what they say rather than by id, and Media Topics by their label.
   */
  async configureOnce(): Promise<boolean> {
    const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
    if (Number(await store.get({ key: CONFIGURED_KEY })) >= LAYOUT_VERSION) return false;
    const contentManager = strapi.plugin('content-manager');

    const contentTypes = contentManager.service('content-types') as ConfigurationService;
    for (const [uid, descriptions] of Object.entries(FIELD_DESCRIPTIONS)) {
      const configuration = await contentTypes.findConfiguration({ uid });
      for (const [field, help] of Object.entries(descriptions)) {
        const metadata = configuration.metadatas[field];
        if (metadata && isOurs(metadata.edit.description, help)) metadata.edit = { ...metadata.edit, description: helpLine(help) };
      }
      if (uid === ARTICLE_UID) {
        for (const [field, help] of Object.entries(COMPUTED_FIELDS)) {
          const metadata = configuration.metadatas[field];
          if (metadata) metadata.edit = { ...metadata.edit, editable: false, description: helpLine(help) };
        }
        const { edit } = configuration.layouts;
        if (edit) configuration.layouts = { ...configuration.layouts, edit: withFullWidthRow(edit, 'title') };
      }
      await contentTypes.updateConfiguration({ uid }, configuration);
    }

    const topic = await contentTypes.findConfiguration({ uid: MEDIA_TOPIC_UID });
    const labelMetadata = topic.metadatas[TOPIC_LABEL];
    if (labelMetadata) labelMetadata.edit = { ...labelMetadata.edit, editable: false, description: helpLine(TOPIC_LABEL_HELP) };
    topic.settings = { ...topic.settings, mainField: TOPIC_LABEL };
    topic.layouts = { ...topic.layouts, list: [TOPIC_LABEL, 'code', 'parent'] };
    await contentTypes.updateConfiguration({ uid: MEDIA_TOPIC_UID }, topic);
    for (const [uid, field] of Object.entries(TOPIC_RELATIONS)) {
      const configuration = await contentTypes.findConfiguration({ uid });
      const metadata = configuration.metadatas[field];
      if (!metadata) continue;
      metadata.edit = { ...metadata.edit, mainField: TOPIC_LABEL };
      metadata.list = { ...metadata.list, mainField: TOPIC_LABEL };
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

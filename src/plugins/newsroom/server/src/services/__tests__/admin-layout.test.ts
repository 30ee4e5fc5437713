import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, MEDIA_TOPIC_UID } from '../../constants';
import adminLayout from '../admin-layout';

type Metadatas = Record<string, { edit: { description?: string; editable?: boolean; mainField?: string }; list: Record<string, unknown> }>;

// The content manager's configuration services and the plugin store, as far as the layout touches them.
const fakeStrapi = (
  stored: number | null,
  articleMetadatas: Metadatas,
  topicMetadatas: Metadatas = {},
  articleLayouts: Record<string, unknown> = {},
) => {
  const configurations = new Map<string, { settings: Record<string, unknown>; metadatas: Metadatas; layouts: Record<string, unknown> }>();
  const configurationService = {
    findConfiguration: async ({ uid }: { uid: string }) =>
      configurations.get(uid) ?? {
        settings: {},
        metadatas: uid === ARTICLE_UID ? articleMetadatas : uid === MEDIA_TOPIC_UID ? topicMetadatas : {},
        layouts: uid === ARTICLE_UID ? articleLayouts : {},
      },
    updateConfiguration: async ({ uid }: { uid: string }, configuration: { settings: Record<string, unknown>; metadatas: Metadatas; layouts: Record<string, unknown> }) => {
      configurations.set(uid, configuration);
    },
  };
  let version = stored;
  const strapi = {
    store: () => ({
      get: async () => version,
      set: async ({ value }: { value: number }) => {
        version = value;
      },
    }),
    plugin: () => ({ service: () => configurationService }),
  } as unknown as Core.Strapi;
  return {
    strapi,
    article: () => configurations.get(ARTICLE_UID)?.metadatas ?? {},
    articleLayouts: () => configurations.get(ARTICLE_UID)?.layouts ?? {},
    configurations,
  };
};

describe('the content manager layout', () => {
  it('writes field help in English, Arabic and Persian, upgrading ours from an earlier version and keeping an editor’s own', async () => {
    const { strapi, article } = fakeStrapi(2, {
      title: { edit: { description: 'The headline readers see; about 110 characters show in cards and search · العنوان كما يراه القراء' }, list: {} },
      slug: { edit: { description: 'Our house rule: never change a slug' }, list: {} },
      standfirst: { edit: {}, list: {} },
      wordCount: { edit: { description: 'Counted from the body on every save · يُحسب من النص عند كل حفظ' }, list: {} },
    });
    expect(await adminLayout({ strapi }).configureOnce()).toBe(true);
    const metadatas = article();
    expect(metadatas.title.edit.description).toBe(
      'The headline readers see; about 110 characters show in cards and search · العنوان كما يراه القراء · عنوانی که خوانندگان می‌بینند'
    );
    expect(metadatas.slug.edit.description).toBe('Our house rule: never change a slug');
    expect(metadatas.standfirst.edit.description).toMatch(/^Two or three sentences .+ · .+ · دو یا سه جمله/);
    expect(metadatas.wordCount.edit).toEqual({ editable: false, description: expect.stringMatching(/ · در هر ذخیره از متن شمرده می‌شود$/) });
    // Set once per version: a second start leaves the editors' changes alone.
    expect(await adminLayout({ strapi }).configureOnce()).toBe(false);
  });

  it('shows and searches Media Topics by their label, in their list, the article’s subjects and a topic’s parent', async () => {
    const { strapi, article, configurations } = fakeStrapi(
      3,
      { subjects: { edit: { mainField: 'code' }, list: { mainField: 'code' } } },
      { label: { edit: {}, list: {} }, parent: { edit: { mainField: 'code' }, list: {} } },
    );
    expect(await adminLayout({ strapi }).configureOnce()).toBe(true);
    expect(article().subjects).toEqual({ edit: { mainField: 'label' }, list: { mainField: 'label' } });
    const topic = configurations.get(MEDIA_TOPIC_UID);
    expect(topic?.settings.mainField).toBe('label');
    expect(topic?.layouts.list).toEqual(['label', 'code', 'parent']);
    expect(topic?.metadatas.parent.edit.mainField).toBe('label');
    expect(topic?.metadatas.label.edit).toEqual({ editable: false, description: expect.stringMatching(/^Made from the names and the code/) });
  });

  it('gives the headline a full-width row once, on a database laid out by an earlier version', async () => {
    const edit = [
      [
        { name: 'title', size: 6 },
        { name: 'slug', size: 6 },
      ],
      [{ name: 'body', size: 12 }],
    ];
    const { strapi, articleLayouts } = fakeStrapi(3, {}, {}, { edit, list: ['title'] });
    expect(await adminLayout({ strapi }).configureOnce()).toBe(true);
    expect(articleLayouts()).toEqual({
      edit: [[{ name: 'title', size: 12 }], [{ name: 'slug', size: 6 }], [{ name: 'body', size: 12 }]],
      list: ['title'],
    });
  });
});

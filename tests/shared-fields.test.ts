import { randomBytes } from 'node:crypto';
import {
  ARTICLE_UID,
  ENTITY_TAG_UID,
  EXPERT_UID,
  type NewsroomContentTypeUid,
} from '../src/plugins/newsroom/server/src/constants';
import { adminSession, adminWithRole, type AdminPermission } from './helpers/admin';
import { startStrapi, type TestApp } from './helpers/strapi';

const CM = '/content-manager/collection-types';
const TRANSLATOR = 'Newsroom translator';
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const unique = () => randomBytes(3).toString('hex');

type Row = Record<string, unknown> & { documentId: string };

// Stand for the two uploaded images, known once Strapi runs.
const FIRST_IMAGE = 'first image';
const SECOND_IMAGE = 'second image';

/** Each shared field, the value documents are made with and the one the tests try to change it to. */
const CASES: [NewsroomContentTypeUid, string, string, string][] = [
  [EXPERT_UID, 'kind', 'analyst', 'official'],
  [EXPERT_UID, 'wikidataId', 'Q101', 'Q999'],
  [ENTITY_TAG_UID, 'type', 'person', 'place'],
  [ENTITY_TAG_UID, 'wikidataId', 'Q201', 'Q998'],
  [ARTICLE_UID, 'genre', 'analysis', 'opinion'],
  [ARTICLE_UID, 'leadImage', FIRST_IMAGE, SECOND_IMAGE],
  [ARTICLE_UID, 'leadImageCredit', 'AFP', 'Reuters'],
  [ARTICLE_UID, 'leadImageCopyrightHolder', 'AFP Agency', 'Reuters Agency'],
];

describe('fields every locale shares belong to the source', () => {
  let app: TestApp;
  let tokens: Record<'journalist' | 'editor' | 'translator', string>;
  let files: [number, number];

  const cm = (token: string) => {
    const send = (request: ReturnType<ReturnType<TestApp['http']>['post']>, locale: string, body: object) =>
      request.query({ locale }).set('Authorization', `Bearer ${token}`).send(body);
    return {
      update: (uid: string, documentId: string, locale: string, body: object) =>
        send(app.http().put(`${CM}/${uid}/${documentId}`), locale, body),
      publish: (uid: string, documentId: string, locale: string, body: object = {}) =>
        send(app.http().post(`${CM}/${uid}/${documentId}/actions/publish`), locale, body),
      discard: (uid: string, documentId: string, locale: string) =>
        send(app.http().post(`${CM}/${uid}/${documentId}/actions/discard`), locale, {}),
      clone: (uid: string, documentId: string, locale: string, body: object) =>
        send(app.http().post(`${CM}/${uid}/clone/${documentId}`), locale, body),
    };
  };

  // One typing for the three types (the Document Service's is per type): these tests read and write plain rows.
  const documentsOf = (uid: NewsroomContentTypeUid) => app.strapi.documents(uid as typeof ARTICLE_UID);
  const withImage = (uid: NewsroomContentTypeUid) => (uid === ARTICLE_UID ? ['leadImage' as const] : []);

  const valueOf = (value: string): unknown =>
    value === FIRST_IMAGE ? files[0] : value === SECOND_IMAGE ? files[1] : value;

  const uploadedFile = async (name: string): Promise<number> => {
    const file: { id: number } = await app.strapi.db.query('plugin::upload.file').create({
      data: {
        name,
        hash: `${name}_${unique()}`,
        ext: '.png',
        mime: 'image/png',
        size: 1,
        width: 1600,
        height: 900,
        url: `/uploads/${name}.png`,
        provider: 'local',
      },
    });
    return file.id;
  };

  /** A document in `ar` (the source) and `en`, both published for articles; `shared` overrides its shared values. */
  const makeDocument = async (uid: NewsroomContentTypeUid, shared: Record<string, unknown> = {}): Promise<string> => {
    const name = `shared-${unique()}`;
    const documents = documentsOf(uid);
    const data: Record<NewsroomContentTypeUid, [Record<string, unknown>, Record<string, unknown>]> = {
      [EXPERT_UID]: [{ name: `خبير ${name}`, kind: 'analyst', wikidataId: 'Q101' }, { name: `Expert ${name}` }],
      [ENTITY_TAG_UID]: [{ name: `وسم ${name}`, type: 'person', wikidataId: 'Q201' }, { name: `Tag ${name}` }],
      [ARTICLE_UID]: [
        {
          title: `مقال ${name}`,
          body: [paragraph('نص')],
          genre: 'analysis',
          leadImage: files[0],
          leadImageCredit: 'AFP',
          leadImageCopyrightHolder: 'AFP Agency',
        },
        { title: `Article ${name}`, body: [paragraph('Text')] },
      ],
    };
    const [source, translation] = data[uid];
    const created = await documents.create({ locale: 'ar', data: { ...source, ...shared } as never });
    await documents.update({ documentId: created.documentId, locale: 'en', data: translation as never });
    if (uid === ARTICLE_UID) {
      for (const locale of ['ar', 'en']) await documents.publish({ documentId: created.documentId, locale });
    }
    return created.documentId;
  };

  /** A field's value in every version of a document (`ar:draft`, `en:published`...), read through the document service. */
  const valuesOf = async (uid: NewsroomContentTypeUid, documentId: string, field: string) => {
    const statuses = uid === ARTICLE_UID ? (['draft', 'published'] as const) : (['published'] as const);
    const values: Record<string, unknown> = {};
    for (const locale of ['ar', 'en', 'fa']) {
      for (const status of statuses) {
        const row = (await documentsOf(uid).findOne({
          documentId,
          locale,
          status,
          populate: withImage(uid),
        })) as Row | null;
        if (!row) continue;
        const value = row[field];
        values[`${locale}:${status}`] = value && typeof value === 'object' && 'id' in value ? value.id : value;
      }
    }
    return values;
  };

  /** What the content manager's form sends: every field, shared ones as they are (a file as its object). */
  const formOf = async (uid: NewsroomContentTypeUid, documentId: string, locale: string, changes: object) => {
    const row = (await documentsOf(uid).findOne({
      documentId,
      locale,
      status: 'draft',
      populate: withImage(uid),
    })) as Row;
    const shared = app.strapi.plugin('newsroom').service('sharedFields').fieldsOf(uid) as string[];
    return { ...Object.fromEntries(shared.map((field) => [field, row[field]])), ...changes };
  };

  const localizedChange = (uid: NewsroomContentTypeUid, text: string) =>
    uid === ARTICLE_UID ? { title: text, body: [paragraph(text)] } : { name: text };

  const expectRefused = (
    response: { status: number; body: { error?: { message?: string; details?: { fields?: string[] } } } },
    field: string,
  ) => {
    expect(response.status).toBe(403);
    expect(response.body.error?.message).toContain(field);
    expect(response.body.error?.details?.fields).toEqual([field]);
  };

  beforeAll(async () => {
    app = await startStrapi();
    files = [await uploadedFile('kabul'), await uploadedFile('herat')];
    tokens = {
      journalist: (await adminWithRole(app.strapi, app.http(), 'Newsroom journalist')).token,
      editor: (await adminWithRole(app.strapi, app.http(), 'Newsroom editor')).token,
      translator: (await adminWithRole(app.strapi, app.http(), TRANSLATOR)).token,
    };
  }, 240_000);

  afterAll(async () => {
    await app?.stop();
  });

  it('lists every field the schemas mark not localized', () => {
    const fieldsOf = (uid: string) => app.strapi.plugin('newsroom').service('sharedFields').fieldsOf(uid);
    expect(fieldsOf(EXPERT_UID)).toEqual(['kind', 'wikidataId']);
    expect(fieldsOf(ENTITY_TAG_UID)).toEqual(['type', 'wikidataId']);
    expect(fieldsOf(ARTICLE_UID)).toEqual(['genre', 'leadImage', 'leadImageCredit', 'leadImageCopyrightHolder']);
  });

  it.each(CASES)('%s %s: only who may write the source changes it', async (uid, field, beforeValue, afterValue) => {
    const [before, after] = [valueOf(beforeValue), valueOf(afterValue)];
    const documentId = await makeDocument(uid);
    /** Every version read back holds `value`, except those listed in `except`. */
    const expectEverywhere = async (value: unknown, except: Record<string, unknown> = {}) => {
      const values = await valuesOf(uid, documentId, field);
      expect(values).toEqual(
        Object.fromEntries(Object.keys(values).map((version) => [version, except[version] ?? value])),
      );
    };
    const saveForm = async (role: keyof typeof tokens, locale: string, changes: object) =>
      cm(tokens[role]).update(uid, documentId, locale, await formOf(uid, documentId, locale, changes));
    await expectEverywhere(before);

    // The translator, from `en`: saving a change, and creating `fa` with another value, are refused; nothing moves.
    expectRefused(await saveForm('translator', 'en', { [field]: after }), field);
    const newLocale = { ...localizedChange(uid, `fa ${unique()}`), [field]: after };
    expectRefused(await cm(tokens.translator).update(uid, documentId, 'fa', newLocale), field);
    await expectEverywhere(before);
    expect(Object.keys(await valuesOf(uid, documentId, field)).some((version) => version.startsWith('fa:'))).toBe(
      false,
    );

    // The same save leaving the field as it is passes, and so does a new locale that does not set it.
    expect((await saveForm('translator', 'en', localizedChange(uid, `en ${unique()}`))).status).toBe(200);
    const started = await cm(tokens.translator).update(uid, documentId, 'fa', localizedChange(uid, `fa ${unique()}`));
    expect(started.status).toBe(200);
    await expectEverywhere(before);
    expect(Object.keys(await valuesOf(uid, documentId, field))).toContain(
      uid === ARTICLE_UID ? 'fa:draft' : 'fa:published',
    );

    // The journalist changes it from the source (every draft follows; what is published stays until published), the
    // editor from a translation.
    expect((await saveForm('journalist', 'ar', { [field]: after })).status).toBe(200);
    const published = uid === ARTICLE_UID ? { 'ar:published': before, 'en:published': before } : {};
    await expectEverywhere(after, published);
    expect((await saveForm('editor', 'en', { [field]: before })).status).toBe(200);
    await expectEverywhere(before);
  });

  it('a new locale takes the shared values of the drafts, not those of the published version', async () => {
    const documentId = await makeDocument(ARTICLE_UID);
    // The journalist changes the genre and removes the image in the source's draft; the published article keeps them.
    const form = await formOf(ARTICLE_UID, documentId, 'ar', { genre: 'opinion', leadImage: null });
    expect((await cm(tokens.journalist).update(ARTICLE_UID, documentId, 'ar', form)).status).toBe(200);

    // Strapi's content manager, then the plugin's own route, start a translation with the shared fields left out.
    const translator = cm(tokens.translator);
    expect((await translator.update(ARTICLE_UID, documentId, 'fa', localizedChange(ARTICLE_UID, 'ترجمة'))).status).toBe(
      200,
    );
    const started = await app
      .http()
      .post(`/newsroom/articles/${documentId}/translations`)
      .set('Authorization', `Bearer ${tokens.translator}`)
      .send({ locale: 'ru' });
    expect(started.status).toBe(201);

    for (const [field, draft, published] of [
      ['genre', 'opinion', 'analysis'],
      ['leadImage', null, files[0]],
    ] as const) {
      const values = await valuesOf(ARTICLE_UID, documentId, field);
      expect(values).toEqual({
        'ar:draft': draft,
        'ar:published': published,
        'en:draft': draft,
        'en:published': published,
        'fa:draft': draft,
      });
      const russian = (await app.strapi
        .documents(ARTICLE_UID)
        .findOne({ documentId, locale: 'ru', populate: ['leadImage'] })) as Row;
      const value = russian[field];
      expect(value && typeof value === 'object' && 'id' in value ? value.id : value).toBe(draft);
    }
  });

  it('a translator may not discard a draft when that would bring back the published shared values', async () => {
    const documentId = await makeDocument(ARTICLE_UID);
    const form = await formOf(ARTICLE_UID, documentId, 'ar', { genre: 'opinion' });
    expect((await cm(tokens.journalist).update(ARTICLE_UID, documentId, 'ar', form)).status).toBe(200);
    const before = await valuesOf(ARTICLE_UID, documentId, 'genre');
    expectRefused(await cm(tokens.translator).discard(ARTICLE_UID, documentId, 'en'), 'genre');
    expect(await valuesOf(ARTICLE_UID, documentId, 'genre')).toEqual(before);
    expect((await cm(tokens.editor).discard(ARTICLE_UID, documentId, 'en')).status).toBe(200);
  });

  it('a role that may publish a translation, not write the source, may not publish other shared values', async () => {
    const documentId = await makeDocument(ARTICLE_UID);
    const form = await formOf(ARTICLE_UID, documentId, 'ar', { leadImageCredit: 'Reuters' });
    expect((await cm(tokens.journalist).update(ARTICLE_UID, documentId, 'ar', form)).status).toBe(200);
    const inEnglish = (action: string): AdminPermission => ({
      action: `plugin::content-manager.explorer.${action}`,
      subject: ARTICLE_UID,
      properties: { locales: action === 'read' ? ['ar', 'en'] : ['en'] },
    });
    const publisher = (await adminSession(app.strapi, app.http(), ['read', 'update', 'publish'].map(inEnglish))).token;
    const before = await valuesOf(ARTICLE_UID, documentId, 'leadImageCredit');
    expectRefused(await cm(publisher).publish(ARTICLE_UID, documentId, 'en'), 'leadImageCredit');
    expect(await valuesOf(ARTICLE_UID, documentId, 'leadImageCredit')).toEqual(before);
  });

  it('a translator cloning a translation makes a new document and leaves the original as it was', async () => {
    const documentId = await makeDocument(ARTICLE_UID);
    const before = await valuesOf(ARTICLE_UID, documentId, 'genre');
    const clone = await cm(tokens.translator).clone(ARTICLE_UID, documentId, 'en', {
      title: `Copy ${unique()}`,
      genre: 'opinion',
    });
    expect(clone.status).toBe(200);
    expect(clone.body.data.documentId).not.toBe(documentId);
    expect(await valuesOf(ARTICLE_UID, documentId, 'genre')).toEqual(before);
  });

  describe('the Translator role', () => {
    const permissionsOf = async (roleId: number) =>
      (await app.strapi.db.query('admin::permission').findMany({ where: { role: { id: roleId } } })) as {
        action: string;
        subject: string;
        properties: { fields?: string[] };
      }[];
    const translatorRole = async (): Promise<{ id: number } | null> =>
      app.strapi.db.query('admin::role').findOne({ where: { name: TRANSLATOR } });
    const store = () => app.strapi.store({ type: 'plugin', name: 'newsroom' });
    const editorialRoles = () => app.strapi.plugin('newsroom').service('editorialRoles');
    const sharedFieldsOf = (uid: string): string[] =>
      app.strapi.plugin('newsroom').service('sharedFields').fieldsOf(uid);
    /** A create or update permission that lets the role write a shared field. */
    const writesShared = (permission: { action: string; subject: string; properties: { fields?: string[] } }) =>
      /\.(create|update)$/.test(permission.action) &&
      (permission.properties.fields ?? []).some((field) =>
        sharedFieldsOf(permission.subject).includes(field.split('.')[0]),
      );

    it('may read the shared fields but not create or update them', async () => {
      const role = await translatorRole();
      const permissions = (await permissionsOf(role!.id)).filter((permission) =>
        [ARTICLE_UID, EXPERT_UID, ENTITY_TAG_UID].includes(permission.subject),
      );
      const byVerb = (verb: string) => permissions.filter((permission) => permission.action.endsWith(`.${verb}`));
      expect(byVerb('create')).toHaveLength(3);
      expect(byVerb('update')).toHaveLength(3);
      for (const permission of [...byVerb('create'), ...byVerb('update')]) {
        expect(writesShared(permission)).toBe(false);
        expect(permission.properties.fields).toEqual(
          expect.arrayContaining([permission.subject === ARTICLE_UID ? 'title' : 'name']),
        );
      }
      for (const permission of byVerb('read'))
        expect(sharedFieldsOf(permission.subject).every((field) => permission.properties.fields?.includes(field))).toBe(
          true,
        );
    });

    it('is upgraded once on a database seeded before, and a deleted one is not brought back', async () => {
      const role = (await translatorRole())!;
      // As the role was seeded before: create and update may write every field, the shared ones included.
      const journalist: { id: number } = await app.strapi.db
        .query('admin::role')
        .findOne({ where: { name: 'Newsroom journalist' } });
      // The content manager's permissions only: the seed of that time gave no Media Library.
      const older = (await permissionsOf(journalist.id))
        .filter(({ action }) => action.startsWith('plugin::content-manager.explorer.'))
        .map(({ action, subject, properties }) => ({ action, subject, properties, conditions: [] }));
      const roles = app.strapi.service('admin::role') as unknown as {
        assignPermissions(id: number, permissions: object[]): Promise<unknown>;
        deleteByIds(ids: number[]): Promise<unknown>;
      };
      await roles.assignPermissions(role.id, older);
      expect((await permissionsOf(role.id)).some(writesShared)).toBe(true);
      await store().delete({ key: 'editorial-roles-translator-shared-fields' });

      expect(await editorialRoles().upgradeTranslatorOnce()).toBe(true);
      expect((await permissionsOf(role.id)).some(writesShared)).toBe(false);
      expect((await permissionsOf(role.id)).filter((permission) => permission.action.endsWith('.update'))).toHaveLength(
        3,
      );

      // Once: an administrator giving the fields back afterwards is not overruled.
      await roles.assignPermissions(role.id, older);
      expect(await editorialRoles().upgradeTranslatorOnce()).toBe(false);
      expect((await permissionsOf(role.id)).some(writesShared)).toBe(true);

      await store().delete({ key: 'editorial-roles-translator-shared-fields' });
      await app.strapi.db.query('admin::user').deleteMany({ where: { roles: { id: role.id } } });
      await roles.deleteByIds([role.id]);
      expect(await editorialRoles().upgradeTranslatorOnce()).toBe(false);
      expect(await translatorRole()).toBeNull();
      expect(await editorialRoles().seedOnce()).toEqual([]);
      expect(await translatorRole()).toBeNull();

      // A database seeded from now on gets the role with the shared fields read-only, upgrade or not.
      await store().delete({ key: 'editorial-roles-seeded' });
      expect(await editorialRoles().seedOnce()).toEqual([TRANSLATOR]);
      const seeded = await permissionsOf((await translatorRole())!.id);
      expect(seeded.filter((permission) => permission.action.endsWith('.update'))).toHaveLength(3);
      expect(seeded.some(writesShared)).toBe(false);
    });
  });
});

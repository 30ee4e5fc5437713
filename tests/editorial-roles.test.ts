import sharp from 'sharp';
import { ARTICLE_UID, ENTITY_TAG_UID, MEDIA_TOPIC_UID } from '../src/plugins/newsroom/server/src/constants';
import { adminSession, adminWithRole } from './helpers/admin';
import { REFERENCE_SLUG } from './helpers/reference';
import { startStrapi, type TestApp } from './helpers/strapi';

const CM = '/content-manager/collection-types';
const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const ROLE_NAMES = ['Newsroom journalist', 'Newsroom editor', 'Newsroom translator'];
const smallImage = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 40, b: 40 } } }).png().toBuffer();

interface HeldPermission {
  id: number;
  action: string;
  subject: string | null;
  conditions: string[];
}

describe('the newsroom’s admin roles, through the admin API', () => {
  let app: TestApp;
  let referenceId: string;
  let journalist: string;
  let translator: string;
  let editor: string;

  const as = (token: string) => ({
    create: (uid: string, locale: string, data: object) =>
      app.http().post(`${CM}/${uid}`).query({ locale }).set('Authorization', `Bearer ${token}`).send(data),
    update: (uid: string, documentId: string, locale: string, data: object) =>
      app.http().put(`${CM}/${uid}/${documentId}`).query({ locale }).set('Authorization', `Bearer ${token}`).send(data),
    publish: (uid: string, documentId: string, locale: string) =>
      app.http().post(`${CM}/${uid}/${documentId}/actions/publish`).query({ locale }).set('Authorization', `Bearer ${token}`).send({}),
    read: (uid: string, documentId: string, locale: string) =>
      app.http().get(`${CM}/${uid}/${documentId}`).query({ locale }).set('Authorization', `Bearer ${token}`),
  });

  beforeAll(async () => {
    app = await startStrapi();
    const page = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`).query({ locale: 'ar' });
    referenceId = page.body.data.documentId;
    journalist = (await adminWithRole(app.strapi, app.http(), 'Newsroom journalist')).token;
    translator = (await adminWithRole(app.strapi, app.http(), 'Newsroom translator')).token;
    editor = (await adminWithRole(app.strapi, app.http(), 'Newsroom editor')).token;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('are seeded once', async () => {
    const names = async () =>
      ((await app.strapi.db.query('admin::role').findMany({ select: ['name'] })) as { name: string }[]).map((role) => role.name);
    expect(await names()).toEqual(expect.arrayContaining(['Newsroom journalist', 'Newsroom editor', 'Newsroom translator']));
    const service = app.strapi.plugin('newsroom').service('editorialRoles');
    expect(await service.seedOnce()).toEqual([]);
  });

  it('a journalist writes in the source locale, reads the others, and cannot publish or write a translation', async () => {
    const created = await as(journalist).create(ARTICLE_UID, 'ar', { title: 'مسودة صحفي', body: [paragraph('نص')] });
    expect(created.status).toBe(201);
    const draftId = created.body.data.documentId;
    expect((await as(journalist).update(ARTICLE_UID, draftId, 'ar', { title: 'مسودة صحفي معدلة' })).status).toBe(200);
    expect((await as(journalist).read(ARTICLE_UID, referenceId, 'ar')).status).toBe(200);
    expect((await as(journalist).publish(ARTICLE_UID, draftId, 'ar')).status).toBe(403);
    expect((await as(journalist).update(ARTICLE_UID, draftId, 'en', { title: 'Draft', body: [paragraph('Text')] })).status).toBe(403);
    expect((await as(journalist).create(ENTITY_TAG_UID, 'ar', { name: 'وسم جديد', type: 'topic' })).status).toBe(201);
    expect((await as(journalist).create(ENTITY_TAG_UID, 'en', { name: 'New tag', type: 'topic' })).status).toBe(403);
  });

  it('a translator writes only the locales it is given, never the source, and cannot publish', async () => {
    expect((await as(translator).update(ARTICLE_UID, referenceId, 'ar', { title: 'تعديل مترجم' })).status).toBe(403);
    const translated = await as(translator).update(ARTICLE_UID, referenceId, 'en', {
      title: 'Russia and the Taliban',
      body: [paragraph('A translated paragraph.')],
    });
    expect(translated.status).toBe(200);
    expect((await as(translator).read(ARTICLE_UID, referenceId, 'ar')).status).toBe(200);
    expect((await as(translator).publish(ARTICLE_UID, referenceId, 'en')).status).toBe(403);
    expect((await as(translator).create(ARTICLE_UID, 'ar', { title: 'مقال', body: [paragraph('نص')] })).status).toBe(403);
  });

  it('an editor publishes in every locale', async () => {
    expect((await as(editor).publish(ARTICLE_UID, referenceId, 'en')).status).toBe(200);
    expect((await as(editor).publish(ARTICLE_UID, referenceId, 'ar')).status).toBe(200);
    const english = await app.http().get('/api/newsroom/articles').query({ locale: 'en' });
    expect(english.body.data.map((card: { title: string }) => card.title)).toContain('Russia and the Taliban');
  });

  it('lets translators, not journalists, start and mark translations in the admin, in their locales', async () => {
    const start = (token: string, locale: string) =>
      app.http().post(`/newsroom/articles/${referenceId}/translations`).set('Authorization', `Bearer ${token}`).send({ locale });
    const inLine = (token: string, locale: string) =>
      app.http().post(`/newsroom/articles/${referenceId}/translations/${locale}/in-line`).set('Authorization', `Bearer ${token}`);
    expect((await start(journalist, 'fa')).status).toBe(403);
    const started = await start(translator, 'fa');
    expect(started.status).toBe(201);
    expect(started.body.data.locales.find((entry: { locale: string }) => entry.locale === 'fa').status).toBe('draft');
    expect((await inLine(journalist, 'fa')).status).toBe(403);
    expect((await inLine(translator, 'fa')).status).toBe(200);
    expect((await app.http().post(`/newsroom/articles/${referenceId}/translations`).send({ locale: 'ru' })).status).toBe(401);
  });

  it('let journalists and editors use the Media Library: a journalist changes only the files they uploaded', async () => {
    const upload = async (token: string, name: string) => {
      const response = await app
        .http()
        .post('/upload')
        .set('Authorization', `Bearer ${token}`)
        .attach('files', await smallImage(), { filename: name, contentType: 'image/png' });
      expect(response.status).toBe(201);
      return (response.body as { id: number }[])[0].id;
    };
    const updateInfo = (token: string, id: number, alternativeText: string) =>
      app.http().post('/upload').query({ id }).set('Authorization', `Bearer ${token}`).field('fileInfo', JSON.stringify({ alternativeText }));
    const files = (token: string) => app.http().get('/upload/files').set('Authorization', `Bearer ${token}`);

    const journalists = await upload(journalist, 'kabul-street.png');
    const editors = await upload(editor, 'agency-photo.png');
    const listed = await files(journalist);
    expect(listed.status).toBe(200);
    expect(listed.body.results.map((file: { id: number }) => file.id)).toEqual(expect.arrayContaining([journalists, editors]));
    expect((await updateInfo(journalist, journalists, 'شارع في كابول')).status).toBe(200);
    expect((await updateInfo(journalist, editors, 'تعديل')).status).toBe(403);
    expect((await updateInfo(editor, journalists, 'A street in Kabul')).status).toBe(200);
    expect((await app.http().get('/upload/settings').set('Authorization', `Bearer ${journalist}`)).status).toBe(403);
    expect((await files(translator)).status).toBe(403);
  });

  it('let every newsroom role read the subject vocabulary, and none change it', async () => {
    for (const token of [journalist, editor, translator]) {
      const list = await app.http().get(`${CM}/${MEDIA_TOPIC_UID}`).set('Authorization', `Bearer ${token}`);
      expect(list.status).toBe(200);
      expect(list.body.results.length).toBeGreaterThan(0);
      const created = await app
        .http()
        .post(`${CM}/${MEDIA_TOPIC_UID}`)
        .set('Authorization', `Bearer ${token}`)
        .send({ code: 'medtop:99999999', names: { en: 'invented' } });
      expect(created.status).toBe(403);
    }
  });

  it('are given the Media Library and the subjects once on a database seeded before them, keeping what was changed', async () => {
    const roleOf = async (name: string): Promise<{ id: number }> =>
      app.strapi.db.query('admin::role').findOne({ where: { name } });
    const held = async (name: string): Promise<HeldPermission[]> =>
      app.strapi.db.query('admin::permission').findMany({ where: { role: { id: (await roleOf(name)).id } } });
    const isNew = (permission: HeldPermission) =>
      permission.action.startsWith('plugin::upload.') || permission.subject === MEDIA_TOPIC_UID;
    const before = new Map<string, HeldPermission[]>();
    for (const name of ROLE_NAMES) before.set(name, (await held(name)).filter(isNew));

    // A database seeded before: the new grants absent, and an administrator's own change to keep.
    const seededGrants = [...before.values()].flat().map((permission) => permission.id);
    await app.strapi.db.query('admin::permission').deleteMany({ where: { id: { $in: seededGrants } } });
    await app.strapi.service('admin::role').addPermissions((await roleOf('Newsroom editor')).id, [
      { action: 'plugin::upload.assets.update', subject: null, properties: {}, conditions: ['admin::is-creator'] },
    ]);
    const store = app.strapi.store({ type: 'plugin', name: 'newsroom' });
    await store.delete({ key: 'editorial-roles-media-and-subjects' });

    const service = app.strapi.plugin('newsroom').service('editorialRoles');
    expect((await service.upgradeMediaAndSubjectsOnce()).sort()).toEqual([...ROLE_NAMES].sort());
    const shape = (permissions: HeldPermission[]) =>
      permissions.filter(isNew).map(({ action, subject, conditions }) => ({ action, subject, conditions })).sort((a, b) => a.action.localeCompare(b.action));
    expect(shape(await held('Newsroom journalist'))).toEqual(shape(before.get('Newsroom journalist') ?? []));
    expect(shape(await held('Newsroom translator'))).toEqual(shape(before.get('Newsroom translator') ?? []));
    const editorUpdates = (await held('Newsroom editor')).filter((p) => p.action === 'plugin::upload.assets.update');
    expect(editorUpdates).toEqual([expect.objectContaining({ conditions: ['admin::is-creator'] })]);
    expect(await service.upgradeMediaAndSubjectsOnce()).toEqual([]);
  });

  it('leaves the super admin able to read every locale', async () => {
    const admin = (await adminSession(app.strapi, app.http())).token;
    expect((await as(admin).read(ARTICLE_UID, referenceId, 'en')).status).toBe(200);
  });

  it('are not brought back once an administrator deletes one on purpose', async () => {
    const role: { id: number } = await app.strapi.db.query('admin::role').findOne({ where: { name: 'Newsroom translator' } });
    await app.strapi.db.query('admin::user').deleteMany({ where: { roles: { id: role.id } } });
    await (app.strapi.service('admin::role') as unknown as { deleteByIds(ids: number[]): Promise<unknown> }).deleteByIds([role.id]);
    expect(await app.strapi.plugin('newsroom').service('editorialRoles').seedOnce()).toEqual([]);
    expect(await app.strapi.db.query('admin::role').count({ where: { name: 'Newsroom translator' } })).toBe(0);
    await app.strapi.store({ type: 'plugin', name: 'newsroom' }).delete({ key: 'editorial-roles-media-and-subjects' });
    expect(await app.strapi.plugin('newsroom').service('editorialRoles').upgradeMediaAndSubjectsOnce()).not.toContain(
      'Newsroom translator',
    );
    expect(await app.strapi.db.query('admin::role').count({ where: { name: 'Newsroom translator' } })).toBe(0);
  });
});

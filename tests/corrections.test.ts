import { ARTICLE_UID } from '../src/plugins/newsroom/server/src/constants';
import { adminSession, adminWithRole } from './helpers/admin';
import { REFERENCE_SLUG } from './helpers/reference';
import { createApiToken, quiesce, startStrapi, type TestApp } from './helpers/strapi';
import { expandJsonLd, parseFeed } from './helpers/validators';

const SCHEMA = 'https://schema.org/';

interface Correction {
  documentId: string;
  kind: string;
  text: string;
  issuedAt: string;
  amendedAt: string | null;
  earlierWordings: { text: string; until: string }[];
}

describe('corrections and the record of takedowns', () => {
  let app: TestApp;
  let token: string;
  let documentId: string;
  let correction: Correction;

  const api = (method: 'get' | 'post' | 'put' | 'delete', path: string, bearer: string | null = token) => {
    const request = app.http()[method](`/api/newsroom${path}`);
    return bearer ? request.set('Authorization', `Bearer ${bearer}`) : request;
  };
  const page = async () =>
    (await api('get', `/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`, null).query({ locale: 'ar' })).body.data;
  const status = async (locale: string) =>
    ((await api('get', `/articles/${documentId}/translations`)).body.data.locales as { locale: string; status: string }[]).find(
      (entry) => entry.locale === locale
    )?.status;

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
    documentId = (await page()).documentId;
    // An English translation, published and in line, that a correction to the source must outdate.
    expect((await api('post', `/articles/${documentId}/translations`).send({ locale: 'en' })).status).toBe(201);
    const translated = await api('put', `/articles/${documentId}`)
      .query({ locale: 'en', status: 'published' })
      .send({ data: { title: 'Russia and the Taliban', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Text.' }] }] } });
    expect(translated.status).toBe(200);
    await quiesce(app.strapi);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('appends a correction to the published article, which shows it, dated, and is modified by it', async () => {
    const before = await page();
    expect(before.corrections).toEqual([]);
    const added = await api('post', `/articles/${documentId}/corrections`)
      .query({ locale: 'ar' })
      .send({ data: { kind: 'correction', text: 'صُحّح عدد ضحايا هجوم كروكس إلى أكثر من 140.' } });
    expect(added.status).toBe(201);
    correction = added.body.data;
    expect(correction).toMatchObject({ kind: 'correction', amendedAt: null, earlierWordings: [] });
    expect(Date.parse(correction.issuedAt)).toBeGreaterThan(Date.parse(before.publishedAt));

    const after = await page();
    expect(after.corrections).toEqual([
      { kind: 'correction', text: correction.text, issuedAt: correction.issuedAt, amendedAt: null, earlierWordings: [] },
    ]);
  });

  it('carries it into JSON-LD as a CorrectionComment and moves dateModified', async () => {
    const response = await api('get', `/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}/jsonld`, null).query({ locale: 'ar' });
    const [node] = (await expandJsonLd(JSON.parse(response.text))) as Record<string, { '@value'?: string; '@type'?: string[] }[]>[];
    const comments = node[`${SCHEMA}correction`] as unknown as Record<string, { '@value': string }[]>[];
    expect(comments).toHaveLength(1);
    expect(comments[0]['@type']).toEqual([`${SCHEMA}CorrectionComment`]);
    expect(comments[0][`${SCHEMA}text`][0]['@value']).toBe(correction.text);
    expect(node[`${SCHEMA}dateModified`][0]['@value']).toBe(correction.issuedAt);
  });

  it('shows it in the feeds, with the entry updated', async () => {
    const atom = await api('get', '/feeds/atom', null).query({ locale: 'ar' });
    const { items } = await parseFeed(atom.text);
    const item = items.find((entry) => entry.title?.startsWith('روسيا وطالبان'));
    expect(item?.description).toContain(correction.text);
    expect(item?.date?.toISOString()).toBe(correction.issuedAt);
    const rss = await api('get', '/feeds/rss', null).query({ locale: 'ar' });
    expect(rss.text).toContain(correction.text);
  });

  it('outdates the translations of the source it corrects', async () => {
    expect(await status('en')).toBe('outdated');
    expect((await api('post', `/articles/${documentId}/translations/en/in-line`)).status).toBe(200);
    expect(await status('en')).toBe('published');
  });

  it('keeps the earlier wording when a correction is amended, and cannot be deleted', async () => {
    const amended = await api('put', `/corrections/${correction.documentId}`).send({
      data: { text: 'صُحّح عدد ضحايا هجوم كروكس إلى 145.' },
    });
    expect(amended.status).toBe(200);
    expect(amended.body.data.earlierWordings).toEqual([{ text: correction.text, until: amended.body.data.amendedAt }]);
    expect((await page()).corrections[0]).toMatchObject({ text: 'صُحّح عدد ضحايا هجوم كروكس إلى 145.', earlierWordings: [{ text: correction.text }] });
    expect((await api('delete', `/corrections/${correction.documentId}`)).status).toBe(405);
    expect(await app.strapi.db.query('plugin::newsroom.correction').count()).toBe(1);
    // The amended wording is news for the translators too.
    expect(await status('en')).toBe('outdated');
  });

  it('lets editors add corrections in the admin, and not journalists, who may not publish', async () => {
    const editor = await adminWithRole(app.strapi, app.http(), 'Newsroom editor');
    const journalist = await adminWithRole(app.strapi, app.http(), 'Newsroom journalist');
    const add = (bearer: string) =>
      app
        .http()
        .post(`/newsroom/articles/${documentId}/corrections`)
        .query({ locale: 'ar' })
        .set('Authorization', `Bearer ${bearer}`)
        .send({ data: { kind: 'clarification', text: 'توضيح من المحرر.' } });
    expect((await add(journalist.token)).status).toBe(403);
    expect((await add(editor.token)).status).toBe(201);
    const log = await app
      .http()
      .get(`/newsroom/articles/${documentId}/corrections`)
      .query({ locale: 'ar' })
      .set('Authorization', `Bearer ${journalist.token}`);
    expect(log.body.data.map((entry: { kind: string }) => entry.kind)).toEqual(['correction', 'clarification']);
  });

  it('lets an editor amend a wording from the admin, keeping the earlier one, and refuses a journalist and another locale', async () => {
    const editor = await adminWithRole(app.strapi, app.http(), 'Newsroom editor');
    const journalist = await adminWithRole(app.strapi, app.http(), 'Newsroom journalist');
    const amend = (bearer: string, locale: string, text: string) =>
      app
        .http()
        .put(`/newsroom/corrections/${correction.documentId}`)
        .query({ locale })
        .set('Authorization', `Bearer ${bearer}`)
        .send({ data: { text } });
    const before = (await page()).corrections[0] as Correction;
    const refused = await amend(journalist.token, 'ar', 'تعديل من صحفي');
    expect(refused.status).toBe(403);
    // The correction is of the Arabic version: asked in English, there is none to amend.
    expect((await amend(editor.token, 'en', 'تعديل في لغة أخرى')).status).toBe(404);
    expect((await amend(editor.token, 'ar', ' ')).status).toBe(400);
    expect((await app.http().put(`/newsroom/corrections/${correction.documentId}`).set('Authorization', `Bearer ${editor.token}`).send({ data: { text: 'x' } })).status).toBe(400);

    const amended = await amend(editor.token, 'ar', 'صُحّح عدد ضحايا هجوم كروكس إلى 145 قتيلًا.');
    expect(amended.status).toBe(200);
    expect(amended.body.data).toMatchObject({
      text: 'صُحّح عدد ضحايا هجوم كروكس إلى 145 قتيلًا.',
      earlierWordings: [...before.earlierWordings, { text: before.text, until: amended.body.data.amendedAt }],
    });
    expect((await page()).corrections[0].text).toBe('صُحّح عدد ضحايا هجوم كروكس إلى 145 قتيلًا.');
  });

  it('refuses corrections to what is not published, bad payloads, and the public', async () => {
    const draft = await api('post', '/articles').query({ locale: 'ar' }).send({
      data: { title: 'مسودة', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'نص' }] }] },
    });
    const notPublished = await api('post', `/articles/${draft.body.data.documentId}/corrections`)
      .query({ locale: 'ar' })
      .send({ data: { kind: 'correction', text: 'x' } });
    expect(notPublished.status).toBe(409);
    const badKind = await api('post', `/articles/${documentId}/corrections`).query({ locale: 'ar' }).send({ data: { kind: 'erratum', text: 'x' } });
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.message).toMatch(/^data\.kind: must be "correction" or "clarification"/);
    const empty = await api('post', `/articles/${documentId}/corrections`).query({ locale: 'ar' }).send({ data: { kind: 'correction', text: ' ' } });
    expect(empty.body.error.message).toMatch(/^data\.text: must not be empty/);
    expect((await api('post', `/articles/${documentId}/corrections`).send({ data: { kind: 'correction', text: 'x' } })).status).toBe(400);
    expect(
      (await api('post', `/articles/${documentId}/corrections`, null).query({ locale: 'ar' }).send({ data: { kind: 'correction', text: 'x' } }))
        .status
    ).toBe(403);
    expect(await app.strapi.db.query('plugin::newsroom.correction').count()).toBe(2);
  });

  it('records who unpublished a published article, when and why, for editors to read', async () => {
    const noReason = await api('post', `/articles/${documentId}/unpublish`).send({ locale: 'en' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toMatch(/^reason: /);
    const unpublished = await api('post', `/articles/${documentId}/unpublish`).send({ locale: 'en', reason: 'Translation under review' });
    expect(unpublished.status).toBe(200);
    expect(unpublished.body.data).toEqual([
      expect.objectContaining({
        articleDocumentId: documentId,
        articleLocale: 'en',
        action: 'unpublish',
        title: 'Russia and the Taliban',
        reason: 'Translation under review',
        actor: expect.stringMatching(/^API token "test-full-access-/),
      }),
    ]);
    expect((await api('post', `/articles/${documentId}/unpublish`).send({ locale: 'en', reason: 'again' })).status).toBe(404);
    expect((await api('get', `/articles/${documentId}/publication-log`, null)).status).toBe(403);
  });

  it('records a deletion, from the API with its reason and from the admin with the administrator', async () => {
    const admin = await adminSession(app.strapi, app.http());
    const second = await api('post', '/articles').query({ locale: 'ar', status: 'published' }).send({
      data: { title: 'مقال سيحذف', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'نص' }] }] },
    });
    const third = await api('post', '/articles').query({ locale: 'ar', status: 'published' }).send({
      data: { title: 'مقال آخر سيحذف', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'نص' }] }] },
    });
    expect((await api('delete', `/articles/${second.body.data.documentId}`).query({ locale: 'ar', reason: 'Legal request' })).status).toBe(204);
    const removed = await app
      .http()
      .delete(`/content-manager/collection-types/${ARTICLE_UID}/${third.body.data.documentId}`)
      .query({ locale: 'ar' })
      .set('Authorization', `Bearer ${admin.token}`);
    expect(removed.status).toBe(200);
    await quiesce(app.strapi);

    const viaApi = (await api('get', `/articles/${second.body.data.documentId}/publication-log`)).body.data;
    expect(viaApi).toEqual([expect.objectContaining({ action: 'delete', title: 'مقال سيحذف', reason: 'Legal request' })]);
    const viaAdmin = await app
      .http()
      .get(`/newsroom/articles/${third.body.data.documentId}/publication-log`)
      .set('Authorization', `Bearer ${admin.token}`);
    expect(viaAdmin.body.data).toEqual([
      expect.objectContaining({ action: 'delete', title: 'مقال آخر سيحذف', reason: null, actor: expect.stringContaining(admin.email) }),
    ]);
  });
});

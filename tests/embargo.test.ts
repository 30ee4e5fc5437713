import { adminSession } from './helpers/admin';
import { createApiToken, quiesce, startStrapi, type TestApp } from './helpers/strapi';
import { postArticle } from './helpers/articles';
import { paragraphs } from './helpers/blocks';
import { PLUGIN_TABLES } from './helpers/database';

const ARTICLE = 'plugin::newsroom.article';

describe('embargoes: a draft with a publication time appears nowhere before it and is published then, once', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    // The job is run by hand here, at chosen times; tests/multi-instance.test.ts runs it on Strapi's cron.
    app = await startStrapi({ env: { NEWSROOM_SEED_REFERENCE: 'false', NEWSROOM_EMBARGO_CRON: '' } });
    token = await createApiToken(app.strapi);
  });
  afterAll(() => app?.stop());

  const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();
  const embargoes = () =>
    app.strapi.plugin('newsroom').service('embargoes') as {
      publishDue(now?: Date): Promise<{ documentId: string; locale: string }[]>;
    };
  const publicRead = (slug: string) =>
    app
      .http()
      .get(`/api/newsroom/articles/slug/${encodeURIComponent(slug)}`)
      .query({ locale: 'ar' });
  const put = (documentId: string, data: Record<string, unknown>, status?: string) =>
    app
      .http()
      .put(`/api/newsroom/articles/${documentId}`)
      .query({ locale: 'ar', ...(status ? { status } : {}) })
      .set('Authorization', `Bearer ${token}`)
      .send({ data });
  const counts = async () =>
    Object.fromEntries(
      await Promise.all(
        PLUGIN_TABLES.map(async (table) => [
          table,
          (await app.strapi.db.connection(table).count({ n: '*' }).first())?.n,
        ]),
      ),
    );

  const embargoed = async (title: string, embargoUntil: string) => {
    const response = await postArticle(
      app,
      token,
      { locale: 'ar' },
      { title, embargoUntil, body: paragraphs('خبر تحت الحظر') },
    );
    expect(response.status).toBe(201);
    await quiesce(app.strapi);
    return response.body.data as { documentId: string; slug: string; embargoUntil: string };
  };

  it('refuses to publish before the embargo, by every road, and names the field', async () => {
    const article = await embargoed('قرار قيد الحظر', inAnHour());

    const viaApi = await put(article.documentId, { standfirst: 'مقدمة' }, 'published');
    expect(viaApi.status).toBe(400);
    expect(viaApi.body.error.details.errors[0].path).toEqual(['embargoUntil']);
    await expect(
      app.strapi.documents(ARTICLE).publish({ documentId: article.documentId, locale: 'ar' }),
    ).rejects.toThrow(/embargoed until/);

    const before = await counts();
    const createdPublished = await postArticle(
      app,
      token,
      { locale: 'ar', status: 'published' },
      { title: 'نشر فوري محظور', embargoUntil: inAnHour(), body: paragraphs('نص') },
    );
    expect(createdPublished.status).toBe(400);
    expect(createdPublished.body.error.details.errors[0].path).toEqual(['embargoUntil']);
    await quiesce(app.strapi);
    expect(await counts()).toEqual(before);

    expect((await publicRead(article.slug)).status).toBe(404);
    const list = await app.http().get('/api/newsroom/articles').query({ locale: 'ar' });
    expect(list.body.data.map((card: { documentId: string }) => card.documentId)).not.toContain(article.documentId);
  });

  it("gives the admin the refusal's field, locale and time, which its Publish and its dashboard say in the editor's language", async () => {
    const until = inAnHour();
    const article = await embargoed('حظر يراه المحرر', until);
    const admin = (await adminSession(app.strapi, app.http())).token;
    // The content manager's own Publish, as the admin sends it with the form's values.
    const refused = await app
      .http()
      .post(`/content-manager/collection-types/${ARTICLE}/${article.documentId}/actions/publish`)
      .query({ locale: 'ar' })
      .set('Authorization', `Bearer ${admin}`)
      .send({ title: 'حظر يراه المحرر', embargoUntil: until });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.embargo).toEqual({ field: 'embargoUntil', locale: 'ar', until });
    // Strapi's admin shows the message as it is: a sentence in the administrator's language, the newsroom's time.
    expect(refused.body.error.message).toMatch(/^Not published: this version is embargoed until .* \u2066Asia\/Riyadh\u2069\./);
    const arabicAdmin = await adminSession(app.strapi, app.http());
    await app.strapi.db.query('admin::user').update({ where: { email: arabicAdmin.email }, data: { preferedLanguage: 'ar' } });
    const inArabic = await app
      .http()
      .post(`/content-manager/collection-types/${ARTICLE}/${article.documentId}/actions/publish`)
      .query({ locale: 'ar' })
      .set('Authorization', `Bearer ${arabicAdmin.token}`)
      .send({ title: 'حظر يراه المحرر', embargoUntil: until });
    expect(inArabic.status).toBe(400);
    expect(inArabic.body.error.message).toMatch(/^لم يُنشر: هذه النسخة محظورة النشر حتى .*Asia\/Riyadh/);
    expect(inArabic.body.error.details.errors[0]).toMatchObject({ path: ['embargoUntil'], message: inArabic.body.error.message });

    const dashboard = (bearer: string, locale = 'ar') =>
      app.http().get('/newsroom/dashboard').query({ limit: 50, locale }).set('Authorization', `Bearer ${bearer}`);
    const listed = (await dashboard(admin)).body.data.embargoed as { documentId: string; locale: string; embargoUntil: string }[];
    expect(listed).toContainEqual({ documentId: article.documentId, locale: 'ar', title: 'حظر يراه المحرر', embargoUntil: until });
    // Soonest first, and none whose time has passed.
    const times = listed.map((entry) => Date.parse(entry.embargoUntil));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.every((time) => time > Date.now())).toBe(true);
    // A role that reads English only does not learn of an Arabic embargo.
    const englishOnly = await adminSession(app.strapi, app.http(), [
      { action: 'plugin::content-manager.explorer.read', subject: ARTICLE, properties: { locales: ['en'] } },
    ]);
    expect((await dashboard(englishOnly.token, 'en')).body.data.embargoed).toEqual([]);
  });

  it('is published by the job when its time comes, once, with a record of it; the job does not publish again', async () => {
    const until = new Date(Date.now() + 60_000);
    const article = await embargoed('بيان في موعده', until.toISOString());

    expect(await embargoes().publishDue(new Date(until.getTime() - 1))).toEqual([]);
    expect((await publicRead(article.slug)).status).toBe(404);

    expect(await embargoes().publishDue(new Date(until.getTime() + 1))).toEqual([
      { documentId: article.documentId, locale: 'ar' },
    ]);
    await quiesce(app.strapi);
    expect(await embargoes().publishDue(new Date(until.getTime() + 120_000))).toEqual([]);

    const live = await publicRead(article.slug);
    expect(live.status).toBe(200);
    expect(live.body.data.title).toBe('بيان في موعده');
    const log = await app
      .http()
      .get(`/api/newsroom/articles/${article.documentId}/publication-log`)
      .set('Authorization', `Bearer ${token}`);
    const scheduled = log.body.data.filter((event: { action: string }) => event.action === 'scheduled-publish');
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]).toMatchObject({
      articleLocale: 'ar',
      actor: 'embargo job',
      reason: `embargoed until ${until.toISOString()}`,
    });

    // Taken down afterwards by an editor, it stays down.
    await app.strapi.documents(ARTICLE).unpublish({ documentId: article.documentId, locale: 'ar' });
    await quiesce(app.strapi);
    expect(await embargoes().publishDue(new Date(until.getTime() + 240_000))).toEqual([]);
    expect((await publicRead(article.slug)).status).toBe(404);
  });

  it('publishes at once when the embargo is lifted or already past', async () => {
    const article = await embargoed('حظر مرفوع', inAnHour());
    const lifted = await put(article.documentId, { embargoUntil: null }, 'published');
    expect(lifted.status).toBe(200);
    expect((await publicRead(article.slug)).status).toBe(200);

    const past = await embargoed('حظر منقض', new Date(Date.now() - 1000).toISOString());
    expect((await put(past.documentId, { standfirst: 'الآن' }, 'published')).status).toBe(200);
  });

  it('leaves nothing scheduled once a version is published by hand: later edits and takedowns are the editors’', async () => {
    // Its time has come, and an editor publishes it before the job runs.
    const article = await embargoed('نشر يدوي بعد الموعد', new Date(Date.now() - 1000).toISOString());
    expect((await put(article.documentId, { standfirst: 'نشرت باليد' }, 'published')).status).toBe(200);
    expect((await put(article.documentId, { standfirst: 'مسودة لم تراجع' })).status).toBe(200);
    await app.strapi.documents(ARTICLE).unpublish({ documentId: article.documentId, locale: 'ar' });
    await quiesce(app.strapi);
    expect(await embargoes().publishDue(new Date(Date.now() + 60_000))).toEqual([]);
    expect((await publicRead(article.slug)).status).toBe(404);
    const rows = await app.strapi.db
      .query(ARTICLE)
      .findMany({ select: ['embargoUntil'], where: { documentId: article.documentId } });
    expect(rows.map((row: { embargoUntil: unknown }) => row.embargoUntil)).toEqual([null]);
  });

  it('does not schedule a copy: the admin’s Duplicate of an embargoed draft carries no embargo', async () => {
    const article = await embargoed('مقال مجدول للنسخ', inAnHour());
    const copy = await app.strapi.documents(ARTICLE).clone({ documentId: article.documentId, locale: 'ar' });
    await quiesce(app.strapi);
    const entry = (copy as { entries: { slug: string }[] }).entries[0];
    expect(entry.slug).not.toMatch(/^clone-/);
    const draft = await app.strapi
      .documents(ARTICLE)
      .findOne({ documentId: copy!.documentId, locale: 'ar', status: 'draft' });
    expect(draft?.embargoUntil).toBeNull();
    expect(draft?.slug).toBe(entry.slug);
  });

  it('answers 400 naming embargoUntil when it is not a date and time', async () => {
    for (const embargoUntil of ['tomorrow', '2026-13-01T00:00:00Z', 1767225600000]) {
      const response = await postArticle(
        app,
        token,
        { locale: 'ar' },
        { title: 'موعد غير صالح', embargoUntil, body: paragraphs('نص') },
      );
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors[0].path).toEqual(['data', 'embargoUntil']);
    }
  });
});

import sharp from 'sharp';
import { ARTICLE_UID } from '../src/plugins/newsroom/server/src/constants';
import { makeSlug } from '../src/plugins/newsroom/server/src/text';
import { adminLogin, adminSession } from './helpers/admin';
import { REFERENCE_SLUG, REFERENCE_TITLE } from './helpers/reference';
import { createSecondArticle, SECOND_ARTICLE, type SecondArticle } from './helpers/second-article';
import { createApiToken, quiesce, startStrapi, type TestApp } from './helpers/strapi';

interface DashboardArticle {
  documentId: string;
  title: string;
  status: string;
}

interface Dashboard {
  locale: string;
  totals: { articles: number };
  latest: { locale: string; articles: DashboardArticle[] }[];
  coverage: { locale: string; name: string; published: number; draftOnly: number; missing: number; isDefault: boolean }[];
  tagsByType: { type: string; tags: { name: string; articles: number }[] }[];
  experts: { documentId: string; name: string; quotes: number; articles: number }[];
}

interface Warning {
  code: string;
  field: string;
  severity: string;
}

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

describe('the admin panel API: dashboard and the edit view check', () => {
  let app: TestApp;
  let admin: string;
  let second: SecondArticle;
  let reference: { documentId: string; quotes: { expert: { documentId: string } | null }[] };

  const dashboard = async (query: Record<string, string> = {}, bearer = admin) =>
    app.http().get('/newsroom/dashboard').query(query).set('Authorization', `Bearer ${bearer}`);

  const check = (data: Record<string, unknown>, locale = 'ar', bearer = admin) =>
    app
      .http()
      .post('/newsroom/articles/editorial-check')
      .query({ locale })
      .set('Authorization', `Bearer ${bearer}`)
      .send({ data });

  const codes = (warnings: Warning[]) => warnings.map((warning) => warning.code).sort();

  beforeAll(async () => {
    app = await startStrapi();
    admin = (await adminSession(app.strapi, app.http())).token;
    second = await createSecondArticle(app, await createApiToken(app.strapi));
    const page = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`).query({ locale: 'ar' });
    reference = page.body.data;
  });

  afterAll(async () => {
    await app?.stop();
  });

  describe('GET /newsroom/dashboard', () => {
    it('is for administrators who may read articles: 401 without a login, 403 without the permission', async () => {
      expect((await app.http().get('/newsroom/dashboard')).status).toBe(401);
      const token = await createApiToken(app.strapi);
      expect((await dashboard({}, token)).status).toBe(401);
      const outsider = await adminSession(app.strapi, app.http(), [
        { action: 'plugin::content-manager.explorer.read', subject: 'plugin::newsroom.expert' },
      ]);
      expect((await dashboard({}, outsider.token)).status).toBe(403);
      const reader = await adminSession(app.strapi, app.http(), [
        { action: 'plugin::content-manager.explorer.read', subject: ARTICLE_UID, properties: { locales: ['ar', 'en', 'fa', 'ru'] } },
      ]);
      expect((await dashboard({}, reader.token)).status).toBe(200);
    });

    it('shows a role limited to some locales those locales only, and refuses the others', async () => {
      const arabicOnly = await adminSession(app.strapi, app.http(), [
        { action: 'plugin::content-manager.explorer.read', subject: ARTICLE_UID, properties: { locales: ['ar'] } },
      ]);
      const response = await dashboard({}, arabicOnly.token);
      expect(response.status).toBe(200);
      const data = response.body.data as Dashboard;
      expect(data.latest.map((entry) => entry.locale)).toEqual(['ar']);
      expect(data.coverage.map((entry) => entry.locale)).toEqual(['ar']);
      expect((await dashboard({ locale: 'en' }, arabicOnly.token)).status).toBe(403);
      const list = (locale: string) =>
        app.http().get('/newsroom/translations').query({ locale }).set('Authorization', `Bearer ${arabicOnly.token}`);
      expect((await list('ar')).status).toBe(200);
      expect((await list('en')).status).toBe(403);
    });

    it('lists the latest articles of each locale with their status', async () => {
      const response = await dashboard();
      expect(response.status).toBe(200);
      const data = response.body.data as Dashboard;
      expect(data.locale).toBe('ar');
      const latest = Object.fromEntries(data.latest.map((entry) => [entry.locale, entry.articles]));
      expect(Object.keys(latest).sort()).toEqual(['ar', 'en', 'fa', 'ru']);
      expect(latest.ar.map((article) => article.title)).toEqual([SECOND_ARTICLE.ar.title, REFERENCE_TITLE]);
      expect(latest.ar.every((article) => article.status === 'published')).toBe(true);
      expect(latest.en.map((article) => article.documentId)).toEqual([second.documentId]);
      expect(latest.ru).toEqual([]);
    });

    it('counts translation coverage per locale', async () => {
      const data = (await dashboard()).body.data as Dashboard;
      expect(data.totals.articles).toBe(2);
      const coverage = Object.fromEntries(data.coverage.map(({ locale, ...counts }) => [locale, counts]));
      expect(coverage.ar).toEqual({ name: 'Arabic (ar)', isDefault: true, published: 2, draftOnly: 0, missing: 0 });
      expect(coverage.en).toEqual({ name: 'English (en)', isDefault: false, published: 1, draftOnly: 0, missing: 1 });
      expect(coverage.ru).toEqual({ name: 'Russian (ru)', isDefault: false, published: 0, draftOnly: 0, missing: 2 });
    });

    it('ranks tags by type and experts by quotes, counted from published articles', async () => {
      const data = (await dashboard()).body.data as Dashboard;
      const countries = data.tagsByType.find((group) => group.type === 'country')?.tags ?? [];
      // Both Arabic articles carry Russia and Afghanistan; the ranking puts them first.
      expect(countries.slice(0, 2).map((tag) => tag.articles)).toEqual([2, 2]);
      expect(countries.map((tag) => tag.name)).toEqual(expect.arrayContaining(['روسيا', 'أفغانستان']));

      const quotesPerExpert = new Map<string, number>();
      for (const quote of reference.quotes) {
        if (quote.expert) quotesPerExpert.set(quote.expert.documentId, (quotesPerExpert.get(quote.expert.documentId) ?? 0) + 1);
      }
      for (const expert of data.experts) {
        const expected = (quotesPerExpert.get(expert.documentId) ?? 0) + (expert.name === 'جون هيربست' ? 1 : 0);
        expect({ name: expert.name, quotes: expert.quotes }).toEqual({ name: expert.name, quotes: expected });
      }
      const ranked = data.experts.map((expert) => expert.quotes);
      expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
      expect(data.experts.length).toBeGreaterThan(0);
    });

    it('shows an edited published article as modified and a new one as a draft, newest first', async () => {
      await new Promise((resolve) => setTimeout(resolve, 1100));
      await app.strapi.documents(ARTICLE_UID).update({
        documentId: reference.documentId,
        locale: 'ar',
        data: { standfirst: 'تعديل لم ينشر بعد' },
      });
      const draft = await app.strapi.documents(ARTICLE_UID).create({
        locale: 'ar',
        data: { title: 'مسودة جديدة عن كابول', body: [paragraph('نص المسودة')] } as never,
      });
      await quiesce(app.strapi);
      const latest = ((await dashboard()).body.data as Dashboard).latest.find((entry) => entry.locale === 'ar')?.articles;
      expect(latest?.map((article) => [article.documentId, article.status])).toEqual([
        [draft.documentId, 'draft'],
        [reference.documentId, 'modified'],
        [second.documentId, 'published'],
      ]);
      const coverage = ((await dashboard()).body.data as Dashboard).coverage.find((entry) => entry.locale === 'ar');
      expect(coverage).toMatchObject({ published: 2, draftOnly: 1, missing: 0 });
      await app.strapi.documents(ARTICLE_UID).delete({ documentId: draft.documentId, locale: '*' });
    });

    it('answers 400 naming the parameter for a bad limit or an unknown locale', async () => {
      const limit = await dashboard({ limit: '500' });
      expect(limit.status).toBe(400);
      expect(limit.body.error.message).toMatch(/^limit: /);
      const locale = await dashboard({ locale: 'xx' });
      expect(locale.status).toBe(400);
      expect(locale.body.error.message).toMatch(/locale/);
      expect((await dashboard({ sort: 'title' })).body.error.message).toMatch(/unknown parameter\(s\): sort/);
    });
  });

  it("describes the article's fields in English, Arabic and Persian in the content manager, computed ones read-only", async () => {
    const response = await app
      .http()
      .get(`/content-manager/content-types/${ARTICLE_UID}/configuration`)
      .set('Authorization', `Bearer ${admin}`);
    expect(response.status).toBe(200);
    const metadatas = response.body.data.contentType.metadatas as Record<string, { edit: { description: string; editable: boolean } }>;
    for (const field of ['title', 'slug', 'standfirst', 'quotes', 'tags', 'wordCount']) {
      expect({ field, description: metadatas[field].edit.description }).toEqual({
        field,
        // English · Arabic · Persian (the last with a letter only Persian uses: پ چ ژ گ ی ک).
        description: expect.stringMatching(/^[A-Z][^\u0600-\u06FF]+ · [\u0600-\u06FF][^·]+ · [^·]*[\u067E\u0686\u0698\u06AF\u06CC\u06A9]/),
      });
    }
    expect(metadatas.wordCount.edit.editable).toBe(false);
    expect(metadatas.title.edit.editable).not.toBe(false);
  });

  describe('POST /newsroom/articles/editorial-check', () => {
    it('measures a new draft and gives the slug it will get, in both scripts', async () => {
      const title = 'روسيا وطالبان: قراءة في التقارب';
      const response = await check({
        title,
        slug: '',
        standfirst: 'مقدمة قصيرة',
        body: [
          { type: 'heading', level: 2, children: [{ type: 'text', text: 'خلفية' }] },
          paragraph('واحد اثنان ثلاثة أربعة خمسة'),
          { type: 'image', image: { url: '/uploads/x.png' }, children: [{ type: 'text', text: '' }] },
        ],
        quotes: [],
        tags: { connect: [(await app.http().get('/api/newsroom/tags').query({ locale: 'ar' })).body.data[0].documentId] },
      });
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({
        wordCount: 6,
        readingTimeMinutes: 1,
        slug: { willBe: makeSlug(title), native: makeSlug(title), latin: makeSlug(title, 'latin') },
        warnings: [],
        embargo: null,
        timeZone: 'Asia/Riyadh',
      });
      expect(response.body.data.slug.latin).toMatch(/^[a-z0-9-]+$/);
    });

    it('numbers the slug of a new article whose title is taken', async () => {
      const response = await check({ title: REFERENCE_TITLE, body: [paragraph('نص')] });
      expect(response.body.data.slug.willBe).toBe(`${REFERENCE_SLUG}-2`);
    });

    it('warns before publishing: no tags, no standfirst, a quote without an expert, a headline over the limit', async () => {
      const response = await check({
        title: 'ع'.repeat(111),
        body: [paragraph('نص')],
        quotes: [{ text: 'قول بلا قائل', expert: {} }, { text: '', expert: { connect: [reference.quotes[0].expert?.documentId] } }],
      });
      expect(response.status).toBe(200);
      const warnings = response.body.data.warnings as Warning[];
      expect(codes(warnings)).toEqual(['headline-too-long', 'no-standfirst', 'no-tags', 'quote-without-expert', 'quote-without-text']);
      expect(warnings.find((warning) => warning.code === 'quote-without-expert')?.field).toBe('quotes.0.expert');
      expect(warnings.find((warning) => warning.code === 'quote-without-text')?.field).toBe('quotes.1.text');
      // Strapi refuses to publish a quote without its required text: that one blocks, the others are the editor's call.
      expect(warnings.filter((warning) => warning.severity === 'blocking').map((warning) => warning.code)).toEqual(['quote-without-text']);
      expect(warnings.filter((warning) => warning.severity === 'warning')).toHaveLength(4);
      expect((await check({ title: 'ع'.repeat(110), body: [] })).body.data.warnings.map((w: Warning) => w.code)).not.toContain(
        'headline-too-long'
      );
    });

    it('reads what is stored for a saved article: its tags and its quotes’ experts, with the form’s changes', async () => {
      const stored = await app.strapi.db.query(ARTICLE_UID).findOne({
        where: { documentId: reference.documentId, locale: 'ar', publishedAt: null },
        populate: { tags: { select: ['documentId'] }, quotes: { populate: { expert: { select: ['documentId'] } } } },
      });
      const quotes = (stored.quotes as { id: number; text: string; expert: { documentId: string } | null }[]).map((quote) => ({
        id: quote.id,
        text: quote.text,
        expert: {},
      }));
      expect(quotes.length).toBeGreaterThan(0);
      const base = { documentId: reference.documentId, title: REFERENCE_TITLE, standfirst: 'مقدمة', body: [paragraph('نص')] };

      const unchanged = await check({ ...base, slug: REFERENCE_SLUG, quotes });
      expect(unchanged.body.data.warnings).toEqual([]);
      expect(unchanged.body.data.slug.willBe).toBe(REFERENCE_SLUG);

      const allTags = (stored.tags as { documentId: string }[]).map((tag) => tag.documentId);
      const expert = (stored.quotes as { expert: { documentId: string } }[])[0].expert.documentId;
      const withChanges = await check({
        ...base,
        slug: REFERENCE_SLUG,
        tags: { disconnect: allTags },
        quotes: [{ ...quotes[0], expert: { disconnect: [expert] } }, ...quotes.slice(1)],
      });
      expect(codes(withChanges.body.data.warnings)).toEqual(['no-tags', 'quote-without-expert']);
    });

    it('warns of a lead image’s texts without an image, and of an image without alternative text', async () => {
      const upload = await app
        .http()
        .post('/upload')
        .set('Authorization', `Bearer ${admin}`)
        .attach('files', await sharp({ create: { width: 40, height: 30, channels: 3, background: '#246' } }).png().toBuffer(), {
          filename: 'lead.png',
          contentType: 'image/png',
        });
      expect(upload.status).toBe(201);
      const image = (upload.body as { id: number }[])[0].id;
      const base = { title: 'صورة', standfirst: 'مقدمة', body: [paragraph('نص')] };
      const leadImageWarnings = async (data: Record<string, unknown>) =>
        ((await check({ ...base, ...data })).body.data.warnings as Warning[]).filter((warning) => warning.code.startsWith('lead-image'));

      const textsOnly = await leadImageWarnings({
        leadImage: null,
        leadImageCaption: 'شارع في كابول',
        leadImageAlt: 'سيارات في شارع',
        leadImageCredit: 'Jane Doe',
        leadImageCopyrightHolder: ' ',
      });
      expect(textsOnly.map(({ code, field }) => ({ code, field }))).toEqual([
        { code: 'lead-image-text-without-image', field: 'leadImageCaption' },
        { code: 'lead-image-text-without-image', field: 'leadImageAlt' },
        { code: 'lead-image-text-without-image', field: 'leadImageCredit' },
      ]);
      expect(await leadImageWarnings({ leadImage: image, leadImageAlt: '  ' })).toEqual([
        expect.objectContaining({ code: 'lead-image-without-alt', field: 'leadImageAlt', message: expect.stringContaining('alternative text') }),
      ]);
      expect(await leadImageWarnings({ leadImage: image, leadImageAlt: 'سيارات في شارع' })).toEqual([]);
      expect(await leadImageWarnings({})).toEqual([]);

      // A saved draft: what the form does not send is read from what is stored.
      const draft = await app.strapi
        .documents(ARTICLE_UID)
        .create({ locale: 'ar', data: { title: 'مسودة بصورة', body: [paragraph('نص')], leadImage: image } as never });
      const stored = await leadImageWarnings({ documentId: draft.documentId });
      expect(stored.map((warning) => warning.code)).toEqual(['lead-image-without-alt']);
      expect(await leadImageWarnings({ documentId: draft.documentId, leadImageAlt: 'وصف' })).toEqual([]);
      expect((await leadImageWarnings({ documentId: draft.documentId, leadImage: null, leadImageAlt: 'وصف' })).map((w) => w.field)).toEqual([
        'leadImageAlt',
      ]);

      const wrong = await check({ title: 'x', leadImage: 'kabul.png' });
      expect(wrong.status).toBe(400);
      expect(wrong.body.error.message).toMatch(/^data\.leadImage: /);
    });

    it('says when a slug typed by hand is taken', async () => {
      const response = await check({ title: 'عنوان آخر', slug: REFERENCE_SLUG, standfirst: 'مقدمة', body: [] });
      expect(response.status).toBe(200);
      expect(response.body.data.warnings.filter((warning: Warning) => warning.field !== 'tags')).toEqual([
        expect.objectContaining({
          code: 'slug-unavailable',
          field: 'slug',
          severity: 'blocking',
          message: expect.stringContaining('already used'),
        }),
      ]);
    });

    it("says whether the form's embargo holds the piece back, by the server's clock, with the newsroom's time zone", async () => {
      const until = new Date(Date.now() + 3_600_000).toISOString();
      const held = await check({ title: 'قيد الحظر', body: [], embargoUntil: until });
      expect(held.body.data).toMatchObject({ embargo: { until }, timeZone: 'Asia/Riyadh' });
      const past = await check({ title: 'حظر انقضى', body: [], embargoUntil: new Date(Date.now() - 60_000).toISOString() });
      expect(past.body.data.embargo).toBeNull();
      expect((await check({ title: 'بلا حظر', body: [], embargoUntil: null })).body.data.embargo).toBeNull();
    });

    it('refuses malformed input with a 400 that names the field, and anyone but an administrator', async () => {
      const wrongType = await check({ title: 42 });
      expect(wrongType.status).toBe(400);
      expect(wrongType.body.error.message).toMatch(/^data\.title: must be a string/);
      const unknown = await check({ title: 'x', publishedAt: '2026-01-01' });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toMatch(/publishedAt/);
      const badRelation = await check({ title: 'x', tags: { connect: ['../../etc'] } });
      expect(badRelation.status).toBe(400);
      expect(badRelation.body.error.message).toMatch(/^data\.tags\.connect\.0: must be a documentId/);
      expect((await check({ title: 'x' }, 'xx')).status).toBe(400);
      expect((await app.http().post('/newsroom/articles/editorial-check').send({ data: { title: 'x' } })).status).toBe(401);
    });
  });
});

describe('the first administrator from NEWSROOM_ADMIN_EMAIL and NEWSROOM_ADMIN_PASSWORD', () => {
  const email = 'chief@newsroom.example';
  const password = 'vR7#qL2m!Xe9wT4z';

  it('is created at bootstrap when no admin exists, and never replaced', async () => {
    const first = await startStrapi({ env: { NEWSROOM_ADMIN_EMAIL: email, NEWSROOM_ADMIN_PASSWORD: password } });
    try {
      expect(await adminLogin(first.http(), email, password)).toEqual(expect.any(String));
      await first.stop({ keepDatabase: true });
      const again = await startStrapi({
        database: first.database,
        env: { NEWSROOM_ADMIN_EMAIL: 'other@newsroom.example', NEWSROOM_ADMIN_PASSWORD: 'Another-pass-77' },
      });
      try {
        expect(await adminLogin(again.http(), email, password)).toEqual(expect.any(String));
        await expect(adminLogin(again.http(), 'other@newsroom.example', 'Another-pass-77')).rejects.toThrow(/400|401/);
        expect(await again.strapi.db.query('admin::user').count()).toBe(1);
      } finally {
        await again.stop();
      }
    } catch (error) {
      await first.database.drop().catch(() => undefined);
      throw error;
    }
  });

  it('is not created without both variables, nor with a password the policy refuses', async () => {
    const app = await startStrapi();
    try {
      const service = app.strapi.plugin('newsroom').service('firstAdmin');
      expect(await service.ensureFromEnvironment({})).toBe('not-requested');
      expect(await app.strapi.db.query('admin::user').count()).toBe(0);
      await expect(service.ensureFromEnvironment({ NEWSROOM_ADMIN_EMAIL: email })).rejects.toThrow(/must be set together/);
      await expect(
        service.ensureFromEnvironment({ NEWSROOM_ADMIN_EMAIL: email, NEWSROOM_ADMIN_PASSWORD: 'short' })
      ).rejects.toThrow(/at least 8 characters/);

      app.strapi.config.set('environment', 'production');
      await expect(
        service.ensureFromEnvironment({ NEWSROOM_ADMIN_EMAIL: email, NEWSROOM_ADMIN_PASSWORD: 'Password1' })
      ).rejects.toThrow(/too easy to guess for production/);
      expect(await app.strapi.db.query('admin::user').count()).toBe(0);
      expect(await service.ensureFromEnvironment({ NEWSROOM_ADMIN_EMAIL: email, NEWSROOM_ADMIN_PASSWORD: password })).toBe(
        'created'
      );
      expect(await adminLogin(app.http(), email, password)).toEqual(expect.any(String));
    } finally {
      app.strapi.config.set('environment', process.env.NODE_ENV);
      await app.stop();
    }
  });
});

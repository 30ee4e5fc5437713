import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blockLines, paragraphs } from './helpers/blocks';
import { PLUGIN_TABLES } from './helpers/database';
import { readSharedReference, REFERENCE_SLUG, REFERENCE_TITLE, SHARED_REFERENCE_FILE } from './helpers/reference';
import { APP_DIR, quiesce, startStrapi, type TestApp } from './helpers/strapi';

interface ApiEntity {
  documentId: string;
  name: string;
  slug: string;
  locale: string;
  [key: string]: unknown;
}

const seedFile = JSON.parse(readFileSync(path.join(APP_DIR, 'database/seeds/reference-article.json'), 'utf8'));

/** Every row of the plugin's tables and of the join tables, to prove a re-run changes nothing. */
const snapshot = async (app: TestApp) => {
  const knex = app.strapi.db.connection;
  const result: Record<string, unknown[]> = {};
  for (const table of PLUGIN_TABLES) result[table] = await knex(table).select('*').orderBy('id');
  return result;
};

describe('the seeded reference article', () => {
  let app: TestApp;
  let article: Record<string, any>;

  beforeAll(async () => {
    app = await startStrapi();
    const response = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`);
    expect(response.status).toBe(200);
    article = response.body.data;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('is the shared text, line for line, character for character', () => {
    const shared = readSharedReference();
    if (process.env.CI) expect(shared).not.toBeNull();
    const expected = shared ?? {
      title: seedFile.article.title,
      bodyLines: seedFile.article.body.map((block: { text: string }) => block.text),
    };
    if (!shared) console.warn(`${SHARED_REFERENCE_FILE} not found: compared with the committed seed only`);

    expect(article.title).toBe(expected.title);
    expect(blockLines(article.body)).toEqual(expected.bodyLines);
    expect(blockLines(article.body).join('\n').normalize('NFC')).toBe(expected.bodyLines.join('\n'));
  });

  it('keeps the structure: two lead paragraphs, then four level-2 section headings with their paragraphs', () => {
    const types = article.body.map((block: { type: string; level?: number }) =>
      block.type === 'heading' ? `h${block.level}` : block.type
    );
    expect(types).toEqual([
      'paragraph', 'paragraph',
      'h2', 'paragraph', 'paragraph',
      'h2', 'paragraph', 'paragraph',
      'h2', 'paragraph', 'paragraph',
      'h2', 'paragraph', 'paragraph',
    ]);
    const headings = article.body.filter((block: { type: string }) => block.type === 'heading');
    expect(blockLines(headings)).toEqual([
      'تحول استراتيجي ضد خطر مشترك',
      'شرعية سياسية وتبادل دبلوماسي',
      'مقاربة براجماتية رغم الإرث الدموي',
      'بوادر تعاون اقتصادي',
    ]);
  });

  it('is published in Arabic with its Arabic-script slug, word count and reading time', () => {
    expect(article.locale).toBe('ar');
    expect(article.slug).toBe(REFERENCE_SLUG);
    expect(article.publishedAt).toEqual(expect.any(String));
    expect(article.wordCount).toBe(443);
    expect(article.readingTimeMinutes).toBe(4);
  });

  it('attributes every quotation, word for word, to the person or outlet who said it', () => {
    const body = blockLines(article.body).join('\n');
    const quotes = article.quotes.map((quote: { text: string; kind: string; expert: { name: string; kind: string } }) => [
      quote.expert.name,
      quote.kind,
      quote.text,
    ]);
    expect(quotes).toEqual([
      ['فلاديمير بوتين', 'direct', 'الحليف'],
      ['جون هيربست', 'direct', 'مُوجهة ضد داعش تحديداً'],
      ['فيض الله جلال', 'paraphrase', expect.stringContaining('الاعتراف الضمني بطالبان قد يفتح الباب أمام اعتراف رسمي')],
      ['بلومبرغ', 'direct', 'التقارب الحذر'],
      ['سيرجي لافروف', 'direct', 'أخذ واقع طالبان في الاعتبار ضمن سياسة براجماتية'],
    ]);
    for (const quote of article.quotes) expect(body).toContain(quote.text);
    for (const quote of article.quotes.filter((q: { kind: string }) => q.kind === 'direct')) {
      expect(body).toContain(`"${quote.text}"`);
    }
  });

  it('carries the key figures and sources of the text', () => {
    const figures = article.keyFigures.map((figure: { value: number | string; qualifier: string }) => [
      Number(figure.value),
      figure.qualifier,
    ]);
    expect(figures).toEqual([
      [137, 'more_than'],
      [227000000, 'about'],
      [1979, 'exact'],
      [2, 'more_than'],
    ]);
    expect(article.sources.map((source: { name: string }) => source.name)).toContain('بلومبرغ');
  });

  it('has every quoted voice as an expert in Arabic and English, with the right attribution', async () => {
    const experts = new Map<string, Record<string, ApiEntity>>();
    for (const locale of ['ar', 'en']) {
      const response = await app.http().get('/api/newsroom/experts').query({ locale, pagination: { pageSize: 100 } });
      expect(response.status).toBe(200);
      for (const expert of response.body.data as ApiEntity[]) {
        experts.set(expert.documentId, { ...experts.get(expert.documentId), [locale]: expert });
      }
    }
    const byEnglishName = new Map([...experts.values()].map((versions) => [versions.en?.name, versions]));
    const expectations: [string, string, string, string | null][] = [
      ['John Herbst', 'جون هيربست', 'analyst', "Atlantic Council's Eurasia Center"],
      ['Faizullah Jalal', 'فيض الله جلال', 'analyst', null],
      ['Vladimir Putin', 'فلاديمير بوتين', 'official', 'Kremlin'],
      ['Sergei Lavrov', 'سيرجي لافروف', 'official', 'Ministry of Foreign Affairs of Russia'],
      ['Bloomberg', 'بلومبرغ', 'outlet', null],
    ];
    for (const [en, ar, kind, affiliation] of expectations) {
      const versions = byEnglishName.get(en);
      expect(versions?.ar?.name).toBe(ar);
      expect(versions?.ar?.kind).toBe(kind);
      expect(versions?.en?.kind).toBe(kind);
      expect(versions?.en?.affiliation ?? null).toBe(affiliation);
    }
    expect(byEnglishName.get('Faizullah Jalal')?.en?.jobTitle).toBe('Afghan political analyst');
    expect(byEnglishName.get('Vladimir Putin')?.ar?.wikidataId).toBe('Q7747');
  });

  it('tags every entity the text names, typed, in Arabic and English', async () => {
    const response = await app.http().get('/api/newsroom/tags').query({ locale: 'en', pagination: { pageSize: 100 } });
    const tags = new Map((response.body.data as ApiEntity[]).map((tag) => [tag.name, tag.type]));
    const expected: Record<string, string> = {
      Russia: 'country',
      Taliban: 'organisation',
      'Islamic State (ISIS)': 'group',
      'Islamic State Khorasan Province (ISIS-K)': 'group',
      Afghanistan: 'country',
      Moscow: 'place',
      Kabul: 'place',
      'Central Asia': 'place',
      'Crocus City Hall attack': 'event',
      'Soviet invasion of Afghanistan': 'event',
      'Vladimir Putin': 'person',
      'Sergei Shoigu': 'person',
      'Sergei Lavrov': 'person',
      'Atlantic Council': 'organisation',
      Bloomberg: 'organisation',
    };
    for (const [name, type] of Object.entries(expected)) expect([name, tags.get(name)]).toEqual([name, type]);

    const arabic = await app.http().get('/api/newsroom/tags').query({ locale: 'ar', pagination: { pageSize: 100 } });
    expect(arabic.body.data).toHaveLength(response.body.data.length);
    const articleTagNames = article.tags.map((tag: ApiEntity) => tag.name);
    expect(articleTagNames).toEqual(expect.arrayContaining(['روسيا', 'طالبان', 'داعش', 'داعش-خراسان', 'أفغانستان']));
    expect(article.tags.every((tag: ApiEntity) => tag.locale === 'ar')).toBe(true);
  });

  it('changes nothing when the seed runs again, in the same process or at the next start', async () => {
    const before = await snapshot(app);
    const report = await app.strapi.plugin('newsroom').service('referenceSeed').run();
    expect(report.created).toEqual({ articles: 0, experts: 0, tags: 0, localizations: 0 });
    expect(await snapshot(app)).toEqual(before);

    await app.stop({ keepDatabase: true });
    app = await startStrapi({ database: app.database });
    expect(await snapshot(app)).toEqual(before);
  });

  it('never overwrites an entry a journalist has edited since', async () => {
    const documentId = article.documentId;
    const edited = 'عنوان عدّله صحفي';
    await app.strapi.documents('plugin::newsroom.article').update({ documentId, locale: 'ar', data: { title: edited } });
    const herbst = (await app.strapi.documents('plugin::newsroom.expert').findMany({ locale: 'en', filters: { name: 'John Herbst' } }))[0];
    await app.strapi.documents('plugin::newsroom.expert').update({
      documentId: herbst.documentId,
      locale: 'en',
      data: { jobTitle: 'Former US ambassador to Ukraine' },
    });

    const report = await app.strapi.plugin('newsroom').service('referenceSeed').run();
    expect(report.created).toEqual({ articles: 0, experts: 0, tags: 0, localizations: 0 });
    const draft = await app.strapi.documents('plugin::newsroom.article').findOne({ documentId, locale: 'ar' });
    expect(draft?.title).toBe(edited);
    const expert = await app.strapi.documents('plugin::newsroom.expert').findOne({ documentId: herbst.documentId, locale: 'en' });
    expect(expert?.jobTitle).toBe('Former US ambassador to Ukraine');
  });

  it('respects a deletion at restart, and puts the article back only when asked (npm run seed)', async () => {
    await app.strapi.documents('plugin::newsroom.article').delete({ documentId: article.documentId, locale: '*' });
    const atRestart = await app.strapi.plugin('newsroom').service('referenceSeed').run();
    expect(atRestart.created.articles).toBe(0);
    const gone = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`);
    expect(gone.status).toBe(404);

    const report = await app.strapi.plugin('newsroom').service('referenceSeed').run({ restoreDeleted: true });
    expect(report.created.articles).toBe(1);
    const again = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`);
    expect(again.status).toBe(200);
    expect(again.body.data.title).toBe(REFERENCE_TITLE);
  });
});

describe('the seed switched off', () => {
  it('leaves a fresh database empty when NEWSROOM_SEED_REFERENCE=false', async () => {
    const app = await startStrapi({ env: { NEWSROOM_SEED_REFERENCE: 'false' } });
    try {
      expect(await app.strapi.db.query('plugin::newsroom.article').count()).toBe(0);
      expect(await app.strapi.db.query('plugin::newsroom.expert').count()).toBe(0);
    } finally {
      await app.stop();
    }
  });
});

/** Every row of every table of the plugin (entries, components, their join tables), the search index aside. */
const allPluginRows = async (app: TestApp) => {
  const knex = app.strapi.db.connection;
  const tables: string[] =
    app.database.client === 'sqlite'
      ? (await knex('sqlite_master').select('name').where({ type: 'table' })).map((row: { name: string }) => row.name)
      : (await knex('information_schema.tables').select('table_name as name').where({ table_schema: 'public' })).map(
          (row: { name: string }) => row.name,
        );
  const plugin = tables
    .filter((name) => /^(newsroom_|components_newsroom_)/.test(name) && !name.startsWith('newsroom_search'))
    .sort();
  const result: Record<string, unknown[]> = {};
  for (const table of plugin) result[table] = await knex(table).select('*').orderBy('id');
  return result;
};

describe('the seed and what journalists have done since', () => {
  const ARTICLE = 'plugin::newsroom.article';
  const EXPERT = 'plugin::newsroom.expert';
  const TAG = 'plugin::newsroom.entity-tag';
  const EDITED = {
    title: 'روسيا وطالبان: عنوان حرره الصحفي',
    body: 'فقرة كتبها الصحفي بدلاً من النص الأصلي.',
    quote: 'موجهة ضد داعش (نص الاقتباس كما صححه المحرر)',
    tagName: 'Taliban movement',
    jobTitle: 'Former US ambassador to Ukraine',
  };
  let app: TestApp;
  let documentId: string;
  let herbstId: string;
  let talibanId: string;
  let edited: Record<string, unknown[]>;

  /** The seed file as a later version of the plugin might ship it: every text rewritten, one tag added. */
  const newerSeed = () => {
    const seed = structuredClone(seedFile);
    seed.article.title = 'عنوان جديد في نسخة أحدث من الإضافة';
    seed.article.body = [{ type: 'paragraph', text: 'نص جديد في نسخة أحدث.' }];
    seed.article.quotes = seed.article.quotes.map((quote: { text: string }) => ({
      ...quote,
      text: `${quote.text} (مراجع)`,
    }));
    for (const expert of seed.experts) {
      for (const localization of Object.values(expert.localizations) as { jobTitle?: string }[])
        localization.jobTitle = 'updated job';
    }
    for (const tag of seed.tags) {
      for (const localization of Object.values(tag.localizations) as { name: string }[])
        localization.name = `${localization.name} (v2)`;
    }
    seed.tags.push({
      key: 'kremlin',
      type: 'organisation',
      localizations: { ar: { name: 'الكرملين' }, en: { name: 'Kremlin' } },
    });
    return seed;
  };

  const seedService = () => app.strapi.plugin('newsroom').service('referenceSeed');

  beforeAll(async () => {
    app = await startStrapi();
    const documents = app.strapi.documents;
    const [reference] = await documents(ARTICLE).findMany({
      locale: 'ar',
      filters: { slug: REFERENCE_SLUG },
      populate: { quotes: { populate: { expert: { fields: ['documentId'] } } } },
    });
    documentId = reference.documentId;
    const quotes = (reference.quotes as { text: string; kind: string; expert: { documentId: string } }[]).map(
      (quote, index) => ({
        text: index === 1 ? EDITED.quote : quote.text,
        kind: quote.kind,
        expert: quote.expert.documentId,
      }),
    );
    // A journalist's edits, published, as the admin makes them.
    await documents(ARTICLE).update({
      documentId,
      locale: 'ar',
      data: { title: EDITED.title, body: paragraphs(EDITED.body), quotes } as never,
    });
    await documents(ARTICLE).publish({ documentId, locale: 'ar' });
    [{ documentId: herbstId }] = await documents(EXPERT).findMany({ locale: 'en', filters: { name: 'John Herbst' } });
    await documents(EXPERT).update({ documentId: herbstId, locale: 'en', data: { jobTitle: EDITED.jobTitle } });
    [{ documentId: talibanId }] = await documents(TAG).findMany({ locale: 'en', filters: { name: 'Taliban' } });
    await documents(TAG).update({ documentId: talibanId, locale: 'en', data: { name: EDITED.tagName } });
    await quiesce(app.strapi);
    edited = await allPluginRows(app);
  });

  afterAll(async () => {
    await app?.stop();
  });

  const expectEditsKept = async () => {
    const page = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`);
    expect(page.body.data.title).toBe(EDITED.title);
    expect(blockLines(page.body.data.body)).toEqual([EDITED.body]);
    expect(page.body.data.quotes[1].text).toBe(EDITED.quote);
    const herbst = await app.http().get(`/api/newsroom/experts/${herbstId}`).query({ locale: 'en' });
    expect(herbst.body.data.jobTitle).toBe(EDITED.jobTitle);
    const taliban = await app.http().get(`/api/newsroom/tags/${talibanId}`).query({ locale: 'en' });
    expect(taliban.body.data.name).toBe(EDITED.tagName);
  };

  it('keeps every edit, and adds nothing, across a restart', async () => {
    await app.stop({ keepDatabase: true });
    app = await startStrapi({ database: app.database });
    await quiesce(app.strapi);
    await expectEditsKept();
    expect(await allPluginRows(app)).toEqual(edited);
  });

  it('keeps every edit, and adds nothing, when npm run seed runs (restoring what was deleted)', async () => {
    const report = await seedService().run({ restoreDeleted: true });
    expect(report.created).toEqual({ articles: 0, experts: 0, tags: 0, localizations: 0 });
    expect(report.articleDocumentId).toBe(documentId);
    await quiesce(app.strapi);
    await expectEditsKept();
    expect(await allPluginRows(app)).toEqual(edited);
  });

  it('changes no existing entry, edited or not, when a newer plugin ships a rewritten seed; adds only what is new', async () => {
    const newer = newerSeed();
    const upgrade = await seedService().run({ seed: newer });
    expect(upgrade.created).toEqual({ articles: 0, experts: 0, tags: 1, localizations: 1 });
    expect(upgrade.articleDocumentId).toBe(documentId);
    await quiesce(app.strapi);
    const kremlin = await app.strapi.documents(TAG).findMany({ locale: 'en', filters: { name: 'Kremlin' } });
    expect(kremlin).toHaveLength(1);

    const withKremlin = await allPluginRows(app);
    const restored = await seedService().run({ seed: newer, restoreDeleted: true });
    expect(restored.created).toEqual({ articles: 0, experts: 0, tags: 0, localizations: 0 });
    await quiesce(app.strapi);
    expect(await allPluginRows(app)).toEqual(withKremlin);
    await expectEditsKept();
    // Everything that was there before the upgrade is as it was, row for row.
    const before = Object.fromEntries(
      Object.entries(withKremlin).map(([table, rows]) => [table, rows.slice(0, edited[table].length)]),
    );
    expect(before).toEqual(edited);
  });

  it('puts a deleted locale back into its own document, keeping what is shared across locales', async () => {
    const documents = app.strapi.documents;
    const [putin] = await documents(EXPERT).findMany({ locale: 'en', filters: { name: 'Vladimir Putin' } });
    // A journalist reclassifies Putin (kind is shared by every locale), then the Arabic and the English of two
    // entries are deleted: npm run seed restores them where they were.
    await documents(ARTICLE).update({
      documentId,
      locale: 'en',
      status: 'published',
      data: { title: 'Russia and the Taliban', body: paragraphs('An English version.') } as never,
    });
    await documents(ARTICLE).delete({ documentId, locale: 'ar' });
    await documents(EXPERT).update({ documentId: putin.documentId, locale: 'en', data: { kind: 'analyst' } });
    await documents(EXPERT).delete({ documentId: putin.documentId, locale: 'en' });
    await documents(EXPERT).delete({ documentId: herbstId, locale: 'ar' });
    const count = async (uid: typeof ARTICLE | typeof EXPERT) =>
      new Set((await app.strapi.db.query(uid).findMany({ select: ['documentId'] })).map((row) => row.documentId)).size;
    const articles = await count(ARTICLE);
    const experts = await count(EXPERT);

    const report = await seedService().run({ restoreDeleted: true });
    expect(report.created).toEqual({ articles: 0, experts: 0, tags: 0, localizations: 3 });
    expect(report.articleDocumentId).toBe(documentId);
    await quiesce(app.strapi);
    expect([await count(ARTICLE), await count(EXPERT)]).toEqual([articles, experts]);
    const page = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`);
    expect(page.body.data).toMatchObject({ documentId, title: REFERENCE_TITLE, locale: 'ar' });
    expect(page.body.data.alternates).toEqual([expect.objectContaining({ locale: 'en' })]);
    const restoredPutin = await documents(EXPERT).findOne({ documentId: putin.documentId, locale: 'en' });
    expect(restoredPutin).toMatchObject({ name: 'Vladimir Putin', kind: 'analyst' });
    expect((await documents(EXPERT).findOne({ documentId: putin.documentId, locale: 'ar' }))?.kind).toBe('analyst');
    expect((await documents(EXPERT).findOne({ documentId: herbstId, locale: 'ar' }))?.name).toBe('جون هيربست');
    expect((await documents(EXPERT).findOne({ documentId: herbstId, locale: 'en' }))?.jobTitle).toBe(EDITED.jobTitle);
  });
});

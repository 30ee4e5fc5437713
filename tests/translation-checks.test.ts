import { ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID } from '../src/plugins/newsroom/server/src/constants';
import { adminSession } from './helpers/admin';
import { REFERENCE_SLUG } from './helpers/reference';
import { PERSIAN_NAMES, REFERENCE_TRANSLATIONS, type ReferenceTranslation } from './helpers/reference-translations';
import { quiesce, startStrapi, type TestApp } from './helpers/strapi';

interface Warning {
  code: string;
  field: string;
  message: string;
}

interface MissingEntity {
  kind: 'tag' | 'expert';
  documentId: string;
  name: string;
  type?: string;
  quotes: number[];
}

interface SourceBlock {
  type: string;
  level?: number;
}

const TRANSLATION_CODES = [
  'translation-empty-block',
  'translation-empty-quote',
  'translation-source-script',
  'translation-missing-script',
  'headline-untranslated',
  'entities-missing',
];

const block = (source: SourceBlock, text: string) =>
  source.type === 'heading'
    ? { type: 'heading', level: source.level, children: [{ type: 'text', text }] }
    : { type: 'paragraph', children: [{ type: 'text', text }] };

describe('checks for translations and naming missing entities in place (issue 20)', () => {
  let app: TestApp;
  let admin: string;
  let documentId: string;
  let sourceBody: SourceBlock[];

  const check = (data: Record<string, unknown>, locale: string) =>
    app
      .http()
      .post('/newsroom/articles/editorial-check')
      .query({ locale })
      .set('Authorization', `Bearer ${admin}`)
      .send({ data: { documentId, ...data } });

  const warningsOf = async (data: Record<string, unknown>, locale: string): Promise<Warning[]> => {
    const response = await check(data, locale);
    expect(response.status).toBe(200);
    return (response.body.data.warnings as Warning[]).filter((warning) => TRANSLATION_CODES.includes(warning.code));
  };

  /** The edit view's form for a translation as the translator hands it in. */
  const form = (translation: ReferenceTranslation) => ({
    title: translation.title,
    standfirst: translation.standfirst,
    body: sourceBody.map((source, index) => block(source, translation.body[index])),
    quotes: translation.quotes.map((text) => ({ text })),
    sources: translation.sources.map((name) => ({ name })),
    keyFigures: translation.keyFigureLabels.map((label) => ({ label })),
  });

  const nameEntity = (locale: string, body: Record<string, unknown>, bearer = admin) =>
    app
      .http()
      .post(`/newsroom/articles/${documentId}/translations/${locale}/entities`)
      .set('Authorization', `Bearer ${bearer}`)
      .send(body);

  const draft = (locale: string) =>
    app.strapi.documents(ARTICLE_UID).findOne({
      documentId,
      locale,
      status: 'draft',
      populate: { tags: true, experts: true, quotes: { populate: { expert: true } }, keyFigures: true, sources: true },
    }) as Promise<{
      keyFigures: { id: number; value: number; qualifier: string; unit: string; period: string }[];
      sources: { id: number; url: string | null }[];
      tags: { documentId: string }[];
      experts: { documentId: string }[];
      quotes: { id: number; text: string; kind: string; expert: { documentId: string } | null }[];
    }>;

  const sharedFields = async (uid: typeof ENTITY_TAG_UID | typeof EXPERT_UID, id: string, fields: string[]) => {
    const rows: Record<string, unknown>[] = await app.strapi.db.query(uid).findMany({ select: ['locale', ...fields], where: { documentId: id } });
    return Object.fromEntries(rows.map(({ locale, ...shared }) => [String(locale), shared]));
  };

  beforeAll(async () => {
    app = await startStrapi();
    admin = (await adminSession(app.strapi, app.http())).token;
    const page = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`).query({ locale: 'ar' });
    documentId = page.body.data.documentId;
    const source = (await app.strapi.documents(ARTICLE_UID).findOne({ documentId, locale: 'ar', status: 'published' })) as { body: SourceBlock[] };
    sourceBody = source.body;
    for (const locale of ['en', 'fa']) {
      const started = await app
        .http()
        .post(`/newsroom/articles/${documentId}/translations`)
        .set('Authorization', `Bearer ${admin}`)
        .send({ locale });
      expect(started.status).toBe(201);
    }
    await quiesce(app.strapi);
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
  });

  describe('the editorial check of a translation', () => {
    it('finds nothing in a good English translation of the reference article', async () => {
      expect(sourceBody).toHaveLength(REFERENCE_TRANSLATIONS.en.body.length);
      expect(await warningsOf(form(REFERENCE_TRANSLATIONS.en), 'en')).toEqual([]);
    });

    it('finds in a good Persian translation only the tags and experts that have no Persian name, each named', async () => {
      const warnings = await warningsOf(form(REFERENCE_TRANSLATIONS.fa), 'fa');
      expect(warnings.map((warning) => warning.code)).toEqual(['entities-missing']);
      expect(warnings[0].field).toBe('tags');
      for (const name of ['بلومبرغ', 'مركز أوراسيا', 'جون هيربست', 'الإرهاب']) expect(warnings[0].message).toContain(`"${name}"`);
    });

    it('runs no translation check on the source', async () => {
      const ar = await warningsOf({ title: 'روسيا وطالبان', body: [], quotes: [{ text: '' }] }, 'ar');
      expect(ar).toEqual([]);
    });

    it('flags what an English translation left undone, each in its field', async () => {
      const good = form(REFERENCE_TRANSLATIONS.en);
      const source = (await app.strapi.documents(ARTICLE_UID).findOne({ documentId, locale: 'ar', status: 'published' })) as { title: string };
      const broken = {
        ...good,
        title: source.title,
        standfirst: 'Россия сняла запрет на движение «Талибан», действовавший более двух десятилетий.',
        body: good.body.map((entry, index) => {
          if (index === 3) return block(sourceBody[3], '');
          if (index === 4) return block(sourceBody[4], 'John Herbst, من مركز أوراسيا التابع للمجلس الأطلسي, considered the step aimed at ISIS.');
          return entry;
        }),
        quotes: good.quotes.map((quote, index) => (index === 1 ? { text: ' ' } : quote)),
        sources: [{ name: 'بلومبرغ' }, { name: 'مركز أوراسيا التابع للمجلس الأطلسي' }, { name: 'Afghan Ministry of Foreign Affairs' }],
      };
      const warnings = await warningsOf(broken, 'en');
      expect(warnings.map((warning) => [warning.code, warning.field])).toEqual([
        ['translation-empty-block', 'body'],
        ['translation-empty-quote', 'quotes.1.text'],
        ['headline-untranslated', 'title'],
        ['translation-missing-script', 'standfirst'],
        ['translation-source-script', 'sources.0.name'],
        ['translation-source-script', 'sources.1.name'],
        ['translation-source-script', 'body'],
      ]);
      expect(warnings[0].message).toMatch(/^Body block 4 left empty/);
      // The source's own wording for an empty quote is not said twice.
      const all = (await check(broken, 'en')).body.data.warnings as Warning[];
      expect(all.filter((warning) => warning.field === 'quotes.1.text').map((warning) => warning.code)).toEqual(['translation-empty-quote']);
    });

    it('flags Arabic left in a Persian translation and Latin where Persian is expected', async () => {
      const good = form(REFERENCE_TRANSLATIONS.fa);
      const source = (await app.strapi.documents(ARTICLE_UID).findOne({ documentId, locale: 'ar', status: 'published', populate: { sources: true } })) as {
        body: { children: { text: string }[] }[];
        sources: { name: string }[];
      };
      const broken = {
        ...good,
        title: REFERENCE_TRANSLATIONS.en.title,
        // The source's next paragraph, pasted into the wrong block: Arabic, yet not this block's source.
        body: good.body.map((entry, index) => (index === 0 ? block(sourceBody[0], source.body[1].children[0].text) : entry)),
        sources: [{ name: source.sources[0].name }, ...good.sources.slice(1)],
      };
      const warnings = await warningsOf(broken, 'fa');
      expect(warnings.map((warning) => [warning.code, warning.field])).toEqual([
        ['translation-missing-script', 'title'],
        ['translation-source-script', 'sources.0.name'],
        ['translation-missing-script', 'body'],
        ['entities-missing', 'tags'],
      ]);
    });
  });

  it('checks a translation against its source only for a role that may read the source’s locale', async () => {
    const englishOnly = await adminSession(app.strapi, app.http(), [
      { action: 'plugin::content-manager.explorer.read', subject: ARTICLE_UID, properties: { locales: ['en'] } },
    ]);
    const source = await app.strapi.documents(ARTICLE_UID).findOne({ documentId, locale: 'ar', status: 'published' });
    const untranslated = { ...form(REFERENCE_TRANSLATIONS.en), title: (source as { title: string }).title };
    expect((await warningsOf(untranslated, 'en')).map((warning) => warning.code)).toContain('headline-untranslated');
    const response = await app
      .http()
      .post('/newsroom/articles/editorial-check')
      .query({ locale: 'en' })
      .set('Authorization', `Bearer ${englishOnly.token}`)
      .send({ data: { documentId, ...untranslated } });
    expect(response.status).toBe(200);
    // Nothing that would tell the Arabic headline or the source's tags to a role that may not read Arabic.
    expect((response.body.data.warnings as Warning[]).filter((warning) => TRANSLATION_CODES.includes(warning.code))).toEqual([]);
  });

  describe('POST /newsroom/articles/:documentId/translations/:locale/entities', () => {
    let missing: MissingEntity[];

    beforeAll(async () => {
      missing = (await app.strapi.plugin('newsroom').service('translationEntities').missingInPlace(documentId, 'fa')) as MissingEntity[];
    });

    it('lists the 20 tags and 5 experts the Persian translation lacks, with their quotes', () => {
      expect(missing.filter((entity) => entity.kind === 'tag')).toHaveLength(20);
      expect(missing.filter((entity) => entity.kind === 'expert')).toHaveLength(5);
      const putin = missing.find((entity) => entity.kind === 'expert' && entity.name === 'فلاديمير بوتين');
      expect(putin).toMatchObject({ type: 'official', quotes: [0] });
      expect(missing.find((entity) => entity.kind === 'tag' && entity.name === 'روسيا')).toMatchObject({ type: 'country', quotes: [] });
    });

    it('refuses a translator limited to en naming in fa, and a role that may not create the entity in fa', async () => {
      const readEverything = { action: 'plugin::content-manager.explorer.read', subject: ARTICLE_UID, properties: { locales: ['ar', 'en', 'fa', 'ru'] } };
      const englishOnly = await adminSession(app.strapi, app.http(), [
        readEverything,
        { action: 'plugin::content-manager.explorer.update', subject: ARTICLE_UID, properties: { locales: ['en'] } },
        { action: 'plugin::content-manager.explorer.create', subject: ENTITY_TAG_UID, properties: { locales: ['en'] } },
      ]);
      const tag = missing.find((entity) => entity.kind === 'tag')!;
      const refused = await nameEntity('fa', { kind: 'tag', documentId: tag.documentId, name: 'روسیه' }, englishOnly.token);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/may not update in "fa"/);
      const noTags = await adminSession(app.strapi, app.http(), [
        readEverything,
        { action: 'plugin::content-manager.explorer.update', subject: ARTICLE_UID, properties: { locales: ['fa'] } },
        { action: 'plugin::content-manager.explorer.create', subject: EXPERT_UID, properties: { locales: ['fa'] } },
      ]);
      const noTag = await nameEntity('fa', { kind: 'tag', documentId: tag.documentId, name: 'روسیه' }, noTags.token);
      expect(noTag.status).toBe(403);
      expect(noTag.body.error.message).toMatch(/may not create tags in "fa"/);
      const sourceBlind = await adminSession(app.strapi, app.http(), [
        { action: 'plugin::content-manager.explorer.read', subject: ARTICLE_UID, properties: { locales: ['fa'] } },
        { action: 'plugin::content-manager.explorer.update', subject: ARTICLE_UID, properties: { locales: ['fa'] } },
        { action: 'plugin::content-manager.explorer.create', subject: ENTITY_TAG_UID, properties: { locales: ['fa'] } },
      ]);
      const blind = await nameEntity('fa', { kind: 'tag', documentId: tag.documentId, name: 'روسیه' }, sourceBlind.token);
      expect(blind.status).toBe(403);
      expect(blind.body.error.message).toMatch(/may not read articles in "ar"/);
      expect(await app.strapi.db.query(ENTITY_TAG_UID).count({ where: { documentId: tag.documentId, locale: 'fa' } })).toBe(0);
    });

    it('refuses bad requests with the field named', async () => {
      const tag = missing.find((entity) => entity.kind === 'tag')!;
      const noName = await nameEntity('fa', { kind: 'tag', documentId: tag.documentId, name: ' ' });
      expect(noName.status).toBe(400);
      expect(noName.body.error.details.errors[0].path).toEqual(['name']);
      expect((await nameEntity('fa', { kind: 'place', documentId: tag.documentId, name: 'روسیه' })).body.error.details.errors[0].path).toEqual(['kind']);
      const notOfArticle = await nameEntity('fa', { kind: 'expert', documentId: tag.documentId, name: 'روسیه' });
      expect(notOfArticle.status).toBe(404);
      expect((await nameEntity('ar', { kind: 'tag', documentId: tag.documentId, name: 'روسیه' })).status).toBe(400);
      expect((await nameEntity('ru', { kind: 'tag', documentId: tag.documentId, name: 'Россия' })).status).toBe(404);
    });

    it('names a tag in fa, attaches it to the fa draft and keeps its type and Wikidata id in every locale', async () => {
      const tag = missing.find((entity) => entity.kind === 'tag' && entity.name === 'روسيا')!;
      const before = await sharedFields(ENTITY_TAG_UID, tag.documentId, ['type', 'wikidataId']);
      const named = await nameEntity('fa', { kind: 'tag', documentId: tag.documentId, name: 'روسیه' });
      expect(named.status).toBe(200);
      expect(
        await app.strapi.db.query(ENTITY_TAG_UID).findOne({ select: ['name', 'slug'], where: { documentId: tag.documentId, locale: 'fa' } }),
      ).toEqual({ name: 'روسیه', slug: 'روسیه' });
      // The answer is the translator's whole workspace again, the tag no longer among the missing.
      expect(named.body.data).toMatchObject({ documentId, locale: 'fa', sourceLocale: 'ar' });
      const left = named.body.data.missingEntities as MissingEntity[];
      expect(left).toHaveLength(24);
      expect(left.map((entity) => entity.documentId)).not.toContain(tag.documentId);
      expect((await draft('fa')).tags.map((entry) => entry.documentId)).toEqual([tag.documentId]);
      const after = await sharedFields(ENTITY_TAG_UID, tag.documentId, ['type', 'wikidataId']);
      expect(after).toEqual({ ...before, fa: before.ar });
      expect(before.ar).toEqual({ type: 'country', wikidataId: 'Q159' });
    });

    it('names an expert in fa, attaches it to the draft and to the quote slots whose source quote is theirs', async () => {
      const putin = missing.find((entity) => entity.kind === 'expert' && entity.name === 'فلاديمير بوتين')!;
      const before = await sharedFields(EXPERT_UID, putin.documentId, ['kind', 'wikidataId']);
      const quotesBefore = (await draft('fa')).quotes;
      const named = await nameEntity('fa', { kind: 'expert', documentId: putin.documentId, name: 'ولادیمیر پوتین' });
      expect(named.status).toBe(200);
      const fa = await draft('fa');
      expect(fa.experts.map((entry) => entry.documentId)).toEqual([putin.documentId]);
      expect(fa.quotes.map((quote) => quote.expert?.documentId ?? null)).toEqual([putin.documentId, null, null, null, null]);
      // The slots keep their rows, text and kind.
      expect(fa.quotes.map((quote) => [quote.id, quote.text, quote.kind])).toEqual(quotesBefore.map((quote) => [quote.id, quote.text, quote.kind]));
      expect(await sharedFields(EXPERT_UID, putin.documentId, ['kind', 'wikidataId'])).toEqual({ ...before, fa: before.ar });
      expect(before.ar).toEqual({ kind: 'official', wikidataId: 'Q7747' });
    });

    it('answers 409 when the entity already has the locale', async () => {
      const tag = missing.find((entity) => entity.kind === 'tag' && entity.name === 'روسيا')!;
      const again = await nameEntity('fa', { kind: 'tag', documentId: tag.documentId, name: 'روسیه' });
      expect(again.status).toBe(409);
      expect(again.body.error.message).toMatch(/already has a "fa" version/);
      expect(await app.strapi.db.query(ENTITY_TAG_UID).count({ where: { documentId: tag.documentId, locale: 'fa' } })).toBe(1);
    });

    it('lets one of two translators naming the same entity at once through, and answers the other 409', async () => {
      const tag = missing.find((entity) => entity.kind === 'tag' && entity.name === 'الإرهاب')!;
      const both = await Promise.all(
        ['تروریسم', 'ترور'].map((name) => nameEntity('fa', { kind: 'tag', documentId: tag.documentId, name })),
      );
      expect(both.map((response) => response.status).sort()).toEqual([200, 409]);
      expect(await app.strapi.db.query(ENTITY_TAG_UID).count({ where: { documentId: tag.documentId, locale: 'fa' } })).toBe(1);
      expect((await draft('fa')).tags.filter((entry) => entry.documentId === tag.documentId)).toHaveLength(1);
    });

    it('refuses to publish the Persian translation until none is missing, naming them all, then publishes it', async () => {
      const fa = await draft('fa');
      const translation = REFERENCE_TRANSLATIONS.fa;
      await app.strapi.documents(ARTICLE_UID).update({
        documentId,
        locale: 'fa',
        data: {
          title: translation.title,
          standfirst: translation.standfirst,
          body: sourceBody.map((source, index) => block(source, translation.body[index])),
        } as never,
      });
      const left = (await app.strapi.plugin('newsroom').service('translationEntities').missingInPlace(documentId, 'fa')) as MissingEntity[];
      expect(left).toHaveLength(22);
      const refused = app.strapi.documents(ARTICLE_UID).publish({ documentId, locale: 'fa' });
      await expect(refused).rejects.toThrow(/cannot publish in "fa"/);
      const message = await refused.catch((error: Error) => error.message);
      for (const entity of left) expect(message).toContain(`${entity.kind} "${entity.name}"`);

      for (const entity of left) {
        const named = await nameEntity('fa', { kind: entity.kind, documentId: entity.documentId, name: PERSIAN_NAMES[entity.name] });
        expect([entity.name, named.status]).toEqual([entity.name, 200]);
      }
      expect((await warningsOf(form(translation), 'fa')).map((warning) => warning.code)).toEqual([]);
      const named = await draft('fa');
      expect(named.tags).toHaveLength(20);
      expect(named.experts).toHaveLength(5);
      expect(named.quotes.every((quote) => quote.expert !== null)).toBe(true);
      expect(named.quotes.map((quote) => quote.id)).toEqual(fa.quotes.map((quote) => quote.id));

      await app.strapi.documents(ARTICLE_UID).update({
        documentId,
        locale: 'fa',
        data: {
          quotes: named.quotes.map((quote, index) => ({
            id: quote.id,
            text: translation.quotes[index],
            kind: quote.kind,
            expert: quote.expert?.documentId ?? null,
          })),
          keyFigures: named.keyFigures.map(({ id, value, qualifier, unit, period }, index) => ({
            id,
            value,
            qualifier,
            unit,
            period,
            label: translation.keyFigureLabels[index],
          })),
          sources: named.sources.map(({ id, url }, index) => ({ id, url, name: translation.sources[index] })),
        } as never,
      });
      await app.strapi.documents(ARTICLE_UID).publish({ documentId, locale: 'fa' });
      expect(await app.strapi.db.query(ARTICLE_UID).count({ where: { documentId, locale: 'fa', publishedAt: { $notNull: true } } })).toBe(1);
    });
  });
});

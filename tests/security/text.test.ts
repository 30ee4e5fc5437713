import {
  ARTICLE_UID,
  ENTITY_TAG_UID,
  EXPERT_UID,
  SUGGESTION_CANDIDATES_MAX,
  SUGGESTION_ENTITIES_MAX,
  SUGGESTION_SPANS_MAX,
  SUGGESTION_TEXT_MAX,
} from '../../src/plugins/newsroom/server/src/constants';
import { adminSession } from '../helpers/admin';
import { healthDuring } from '../helpers/health-probe';
import { createApiToken, startStrapi, type TestApp } from '../helpers/strapi';
import { suggestEntities } from '../helpers/suggestions';

interface Occurrences {
  spans: { start: number; end: number; text: string }[];
  mentionCount: number;
}

// Booting next to four other suites on two cores takes longer than jest's default.
const BOOT_MS = 180_000;
const ANSWER_MAX_BYTES = 200_000;
const HEALTH_MAX_MS = 1000;

/** Capitalised Latin pairs, each a different candidate name: "Qab Rac", "Qac Rad", ... */
const latinPair = (n: number) => {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const word = (k: number, capital: string) => capital + letters[k % 26] + letters[Math.floor(k / 26) % 26];
  return `${word(n, 'Q')} ${word(n + 1, 'R')}`;
};

/** Exactly `length` characters, naming every tag and expert of a locale over and over, and many new names. */
const namingText = (names: string[], length: number) => {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < length; i += 1) {
    const part = `${names[i % names.length]} قال الرئيس فلاديمير بوتين، ${latinPair(i)}. `;
    parts.push(part);
    size += part.length;
  }
  return parts.join('').slice(0, length);
};

describe('security: entity suggestions and text hygiene', () => {
  let app: TestApp;
  let token: string;
  let arabicNames: string[];

  const suggest = (text: string, locale = 'ar') => suggestEntities(app.http(), text, locale, token);

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
    const rows = await Promise.all(
      [ENTITY_TAG_UID, EXPERT_UID].map((uid) =>
        app.strapi.db.query(uid).findMany({ select: ['name', 'aliases'], where: { locale: 'ar' } }),
      ),
    );
    arabicNames = rows.flat().flatMap((row: { name: string; aliases?: unknown }) => [
      row.name,
      ...(Array.isArray(row.aliases) ? (row.aliases as string[]) : []),
    ]);
  }, BOOT_MS);

  afterAll(async () => {
    await app?.stop();
  });

  describe('suggest-entities', () => {
    it(`reads ${SUGGESTION_TEXT_MAX} characters naming every entity without freezing the server, and answers in bounds`, async () => {
      expect(arabicNames.length).toBeGreaterThan(5);
      const text = namingText(arabicNames, SUGGESTION_TEXT_MAX);
      const started = Date.now();
      const { response, worstHealthMs, probes } = await healthDuring(app.http, () => suggest(text));
      const bytes = Buffer.byteLength(JSON.stringify(response.body));
      console.info(
        `suggest-entities, ${text.length} characters: ${response.status} in ${Date.now() - started} ms, ` +
          `${bytes} bytes; /_health worst ${worstHealthMs} ms over ${probes} probes`,
      );
      expect(response.status).toBe(200);
      expect(worstHealthMs).toBeLessThan(HEALTH_MAX_MS);
      expect(bytes).toBeLessThan(ANSWER_MAX_BYTES);
      const { entities, candidates, truncated } = response.body.data as {
        entities: Occurrences[];
        candidates: Occurrences[];
        truncated: boolean;
      };
      expect(entities.length).toBeGreaterThan(5);
      for (const listed of [...entities, ...candidates]) {
        expect(listed.spans.length).toBeLessThanOrEqual(SUGGESTION_SPANS_MAX);
        expect(listed.mentionCount).toBeGreaterThanOrEqual(listed.spans.length);
        for (const span of listed.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
      }
      expect(Math.max(...entities.map((entity) => entity.mentionCount))).toBeGreaterThan(SUGGESTION_SPANS_MAX);
      expect(candidates.length).toBe(SUGGESTION_CANDIDATES_MAX);
      expect(truncated).toBe(true);
    });

    it('refuses a longer text with a 400 naming data.text', async () => {
      const response = await suggest('م'.repeat(SUGGESTION_TEXT_MAX + 1));
      expect(response.status).toBe(400);
      expect(response.body.error.name).toBe('ValidationError');
      expect(response.body.error.message).toContain('data.text');
    });

    it('is a help for writing in the admin: only for whoever may edit articles in the locale', async () => {
      const call = (bearer: string, locale?: string) =>
        app
          .http()
          .post('/newsroom/articles/suggest-entities')
          .query(locale ? { locale } : {})
          .set('Authorization', `Bearer ${bearer}`)
          .send({ data: { text: 'التقى الرئيس فلاديمير بوتين في موسكو' } });
      const nobody = (await adminSession(app.strapi, app.http(), [])).token;
      const reader = (
        await adminSession(app.strapi, app.http(), [
          { action: 'plugin::content-manager.explorer.read', subject: ARTICLE_UID, properties: { locales: ['ar', 'en'] } },
        ])
      ).token;
      const englishEditor = (
        await adminSession(app.strapi, app.http(), [
          { action: 'plugin::content-manager.explorer.read', subject: ARTICLE_UID, properties: { locales: ['en'] } },
          { action: 'plugin::content-manager.explorer.update', subject: ARTICLE_UID, properties: { locales: ['en'] } },
        ])
      ).token;
      const superAdmin = (await adminSession(app.strapi, app.http())).token;

      expect((await call(nobody, 'ar')).status).toBe(403);
      expect((await call(reader, 'ar')).status).toBe(403);
      expect((await call(englishEditor, 'ar')).status).toBe(403);
      // Without ?locale= the default locale (ar) is the one read.
      expect((await call(englishEditor)).status).toBe(403);
      expect((await call(englishEditor, 'en')).status).toBe(200);
      const allowed = await call(superAdmin, 'ar');
      expect(allowed.status).toBe(200);
      expect(allowed.body.data.entities.length).toBeGreaterThan(0);
    });
  });

  describe('text hygiene of slugs, names and one-line fields', () => {
    const CM = '/content-manager/collection-types';
    let admin: string;

    const restCreate = (path: string, data: Record<string, unknown>) =>
      app.http().post(`/api/newsroom/${path}`).query({ locale: 'ar' }).set('Authorization', `Bearer ${token}`).send({ data });
    const adminCreate = (uid: string, data: Record<string, unknown>) =>
      app.http().post(`${CM}/${uid}`).query({ locale: 'ar' }).set('Authorization', `Bearer ${admin}`).send(data);
    const expect400 = (response: { status: number; body: { error?: { name?: string; message?: string } } }, field: string) => {
      expect({ status: response.status, name: response.body.error?.name }).toEqual({ status: 400, name: 'ValidationError' });
      expect(response.body.error?.message).toContain(field);
    };

    beforeAll(async () => {
      admin = (await adminSession(app.strapi, app.http())).token;
    });

    it('folds Arabic presentation forms in names and slugs, so a lookalike slug collides with the real one', async () => {
      const folded = await restCreate('tags', { name: 'ﻣﻮﺳﻜﻮ ﺍﺧﺘﺒﺎﺭ', type: 'place', aliases: ['ﻣﻮﺳﻜﻮ ﺍﻟﻌﺎﺻﻤﺔ'] });
      expect(folded.status).toBe(201);
      expect(folded.body.data).toMatchObject({ name: 'موسكو اختبار', slug: 'موسكو-اختبار', aliases: ['موسكو العاصمة'] });

      const real = await app.strapi.db.query(ENTITY_TAG_UID).findOne({ where: { slug: 'روسيا', locale: 'ar' } });
      if (!real) expect((await restCreate('tags', { name: 'روسيا', slug: 'روسيا', type: 'country' })).status).toBe(201);
      expect400(await restCreate('tags', { name: 'روسيا الاتحادية', slug: 'ﺭﻭﺳﻴﺎ', type: 'country' }), 'slug');
      expect400(await adminCreate(ENTITY_TAG_UID, { name: 'روسيا الاتحادية', slug: 'ﺭﻭﺳﻴﺎ', type: 'country' }), 'slug');

      const composed = await adminCreate(EXPERT_UID, { name: 'Jose\u0301 Pe\u0301rez' });
      expect(composed.status).toBe(201);
      expect(composed.body.data.name).toBe('José Pérez');
    });

    it.each([
      ['a name mixing Latin and Cyrillic', 'tags', { name: 'Mоscow', type: 'place' }, 'name'],
      ['a name mixing Latin, Cyrillic and Greek', 'experts', { name: 'Vlаdimir Ρutin' }, 'name'],
      ['an Arabic name with a Latin letter', 'tags', { name: 'روسaيا', type: 'country' }, 'name'],
      ['an alias mixing scripts', 'tags', { name: 'موسكو الكبرى', type: 'place', aliases: ['Mоskva'] }, 'aliases.0'],
      ['a slug mixing scripts', 'tags', { name: 'Panel', slug: 'pаnel', type: 'topic' }, 'slug'],
      ['a name of zero-width spaces', 'tags', { name: '\u200B\u200B\u200B', type: 'topic' }, 'name'],
      ['a name with a C0 control', 'experts', { name: 'Ann\u0007 Lee' }, 'name'],
      ['a job title with a line break', 'experts', { name: 'Ann Lee', jobTitle: 'analyst\nat large' }, 'jobTitle'],
      ['a title of bidi marks and spaces', 'articles', { title: '\u200F \u200E\u2067' }, 'title'],
      ['a title with U+FFFF', 'articles', { title: 'عنوان\uFFFF' }, 'title'],
      ['a title with U+FFFE', 'articles', { title: '\uFFFEعنوان' }, 'title'],
    ])('refuses %s, over REST and in the admin', async (_label, path, data, field) => {
      const uid = { tags: ENTITY_TAG_UID, experts: EXPERT_UID, articles: ARTICLE_UID }[path] as string;
      const body = path === 'articles' ? { ...data, body: [{ type: 'paragraph', children: [{ type: 'text', text: 'نص' }] }] } : data;
      expect400(await restCreate(path, body), `data.${field}`);
      expect400(await adminCreate(uid, body), field);
    });

    it('accepts names with digits, hyphens, Arabic diacritics and Persian letters', async () => {
      for (const name of ['مُحَمَّد بن سلمان', 'کاخ سفید-۲', 'G-20 summit 2024']) {
        const response = await restCreate('tags', { name, type: 'topic' });
        expect({ name, status: response.status }).toEqual({ name, status: 201 });
      }
    });
  });

  // Last: the entities it adds would be found by the tests above.
  it('stays responsive and bounded when many entities share the names a text repeats', async () => {
    const shared = 'اسم مشترك';
    const many = SUGGESTION_ENTITIES_MAX * 5;
    await app.strapi.db.query(ENTITY_TAG_UID).createMany({
      data: Array.from({ length: many }, (_, n) => ({
        documentId: `sharedname${String(n).padStart(14, '0')}`,
        name: shared,
        aliases: ['مشترك'],
        slug: `shared-name-${n}`,
        type: 'topic',
        locale: 'ar',
      })),
    });
    const text = `${shared} `.repeat(Math.ceil(SUGGESTION_TEXT_MAX / (shared.length + 1))).slice(0, SUGGESTION_TEXT_MAX);
    const started = Date.now();
    const { response, worstHealthMs, probes } = await healthDuring(app.http, () => suggest(text));
    const bytes = Buffer.byteLength(JSON.stringify(response.body));
    console.info(
      `suggest-entities, ${many} entities sharing a name, ${text.length} characters: ${response.status} in ` +
        `${Date.now() - started} ms, ${bytes} bytes; /_health worst ${worstHealthMs} ms over ${probes} probes`,
    );
    expect(response.status).toBe(200);
    expect(worstHealthMs).toBeLessThan(HEALTH_MAX_MS);
    const { entities, truncated } = response.body.data as { entities: Occurrences[]; truncated: boolean };
    expect(entities).toHaveLength(SUGGESTION_ENTITIES_MAX);
    expect(truncated).toBe(true);
    // Its name and its alias, each at every repetition.
    expect(entities[0].mentionCount).toBe(2 * Math.ceil(SUGGESTION_TEXT_MAX / (shared.length + 1)));
    expect(entities[0].spans[0].text).toBe(shared);
  });
});

import { REFERENCE_SLUG } from './helpers/reference';
import { createApiToken, startStrapi, type TestApp } from './helpers/strapi';
import { expandJsonLd, ninjsValidator, parseFeed } from './helpers/validators';

const SCHEMA = 'https://schema.org/';
const ANALYSIS = 'http://cv.iptc.org/newscodes/genre/Analysis';
// The reference article's subjects: international relations, diplomacy, act of terror.
const REFERENCE_TOPICS = [
  { code: 'medtop:20000638', en: 'international relations', ar: 'علاقات دولية' },
  { code: 'medtop:20000639', en: 'diplomacy', ar: 'دبلوماسية' },
  { code: 'medtop:20000053', en: 'act of terror', ar: 'عمل إرهابي' },
];
const topicUri = (code: string) => `http://cv.iptc.org/newscodes/mediatopic/${code.slice('medtop:'.length)}`;

type Expanded = Record<string, { '@value'?: string; '@id'?: string; '@type'?: string[] }[]> & { '@type'?: string[] };

describe('genres and IPTC Media Topics', () => {
  let app: TestApp;
  const validateNinjs = ninjsValidator();
  const get = (path: string, query: Record<string, string> = {}) => app.http().get(`/api/newsroom${path}`).query(query);
  const bySlug = (suffix = '') => get(`/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}${suffix}`, { locale: 'ar' });

  beforeAll(async () => {
    app = await startStrapi();
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('seeds the IPTC Media Topics tree with its codes, Arabic, English and Persian names and its hierarchy', async () => {
    const response = await get('/media-topics', { 'filters[code][$in][0]': 'medtop:20000639', 'filters[code][$in][1]': 'medtop:17000000', populate: 'parent' });
    expect(response.status).toBe(200);
    expect(response.body.meta.pagination.total).toBe(2);
    const topics = response.body.data as { code: string; names: Record<string, string>; parent: { code: string } | null; label?: string }[];
    const diplomacy = topics.find((topic) => topic.code === 'medtop:20000639');
    expect(diplomacy?.names).toEqual({ en: 'diplomacy', ar: 'دبلوماسية', fa: 'دیپلماسی' });
    expect(diplomacy?.parent?.code).toBe('medtop:20000638');
    expect(topics.find((topic) => topic.code === 'medtop:17000000')?.names).toEqual({ en: 'weather', ar: 'طقس', fa: 'آب‌وهوا' });
    // The admin's label is not part of the public answer.
    expect(diplomacy).not.toHaveProperty('label');
    const all = await get('/media-topics', { 'pagination[pageSize]': '1' });
    expect(all.body.meta.pagination.total).toBeGreaterThan(1000);
  });

  it('gives the reference article its genre and subjects in the API answer', async () => {
    const { data } = (await bySlug()).body;
    expect(data.genre).toBe('analysis');
    expect((data.subjects as { code: string }[]).map((subject) => subject.code).sort()).toEqual(REFERENCE_TOPICS.map((topic) => topic.code).sort());
  });

  it('carries them in ninjs as genres and subjects with their IPTC URIs, valid against ninjs 3.0', async () => {
    const item = (await bySlug('/ninjs')).body;
    expect(validateNinjs(item)).toBe(true);
    expect(item.genres).toEqual([{ name: 'Analysis', uri: ANALYSIS }]);
    for (const topic of REFERENCE_TOPICS) {
      expect(item.subjects).toContainEqual({ name: topic.ar, rel: 'about', uri: topicUri(topic.code), literal: topic.code });
    }
  });

  it('carries them in JSON-LD: the AnalysisNewsArticle type, genre, and about with the IPTC URI as sameAs', async () => {
    const [node] = (await expandJsonLd(JSON.parse((await bySlug('/jsonld')).text))) as Expanded[];
    expect(node['@type']).toEqual([`${SCHEMA}AnalysisNewsArticle`]);
    expect(node[`${SCHEMA}genre`]).toEqual([{ '@value': ANALYSIS }]);
    const about = node[`${SCHEMA}about`] as unknown as Expanded[];
    for (const topic of REFERENCE_TOPICS) {
      expect(about).toContainEqual({
        '@type': [`${SCHEMA}Thing`],
        [`${SCHEMA}name`]: [{ '@value': topic.ar }],
        [`${SCHEMA}sameAs`]: [{ '@id': topicUri(topic.code) }],
      });
    }
  });

  it('lists them among the feeds’ categories, with the IPTC schemes', async () => {
    const atom = (await get('/feeds/atom', { locale: 'ar' })).text;
    const { items } = await parseFeed(atom);
    const reference = items.find((item) => item.title?.startsWith('روسيا وطالبان'));
    // Atom categories are read by their terms: the QCodes.
    expect(reference?.categories).toEqual(expect.arrayContaining(['genre:Analysis', ...REFERENCE_TOPICS.map((topic) => topic.code)]));
    expect(atom).toContain(`term="genre:Analysis" scheme="http://cv.iptc.org/newscodes/genre/"`);
    expect(atom).toContain(`term="medtop:20000639" scheme="http://cv.iptc.org/newscodes/mediatopic/"`);
    const rss = (await get('/feeds/rss', { locale: 'ar' })).text;
    expect(rss).toContain('<category domain="http://cv.iptc.org/newscodes/mediatopic/">دبلوماسية</category>');
    expect(rss).toContain('<category domain="http://cv.iptc.org/newscodes/genre/">Analysis</category>');
  });

  it('filters the article list by genre and by Media Topic', async () => {
    const titles = async (query: Record<string, string>) =>
      ((await get('/articles', { locale: 'ar', ...query })).body.data as { title: string }[]).map((card) => card.title);
    expect(await titles({ genre: 'analysis' })).toHaveLength(1);
    expect(await titles({ genre: 'opinion' })).toEqual([]);
    expect(await titles({ subject: 'medtop:20000639' })).toHaveLength(1);
    expect(await titles({ subject: 'medtop:20000056' })).toEqual([]);
    const bad = await get('/articles', { subject: 'diplomacy' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^subject: must be an IPTC Media Topic QCode/);
    expect((await get('/articles', { genre: 'blog' })).status).toBe(400);
  });

  it('types an opinion piece as OpinionNewsArticle, and classifies a translation like its source', async () => {
    const token = await createApiToken(app.strapi);
    const created = await app
      .http()
      .post('/api/newsroom/articles')
      .query({ locale: 'ar', status: 'published' })
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'رأي في العلاقات الروسية الأفغانية', genre: 'opinion', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'نص' }] }] } });
    expect(created.status).toBe(201);
    const jsonLd = JSON.parse((await get(`/articles/slug/${encodeURIComponent(created.body.data.slug)}/jsonld`, { locale: 'ar' })).text);
    expect(jsonLd['@type']).toBe('OpinionNewsArticle');
    expect(jsonLd.genre).toBe('http://cv.iptc.org/newscodes/genre/Opinion');

    const referenceId = (await bySlug()).body.data.documentId;
    const started = await app
      .http()
      .post(`/api/newsroom/articles/${referenceId}/translations`)
      .set('Authorization', `Bearer ${token}`)
      .send({ locale: 'en' });
    expect(started.status).toBe(201);
    const draft = await app.strapi.documents('plugin::newsroom.article').findOne({
      documentId: referenceId,
      locale: 'en',
      status: 'draft',
      populate: { subjects: { fields: ['code'] } },
    });
    expect(draft?.genre).toBe('analysis');
    expect(((draft?.subjects ?? []) as { code: string }[]).map((subject) => subject.code).sort()).toEqual(
      REFERENCE_TOPICS.map((topic) => topic.code).sort()
    );
  });
});

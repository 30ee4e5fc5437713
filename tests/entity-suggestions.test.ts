import { blockLines } from './helpers/blocks';
import { REFERENCE_SLUG } from './helpers/reference';
import { createSecondArticle, SECOND_ARTICLE } from './helpers/second-article';
import { createApiToken, startStrapi, type TestApp } from './helpers/strapi';
import { suggestEntities } from './helpers/suggestions';

interface Mention {
  kind: 'tag' | 'expert';
  documentId: string;
  name: string;
  spans: { start: number; end: number; text: string }[];
}

interface Article {
  title: string;
  standfirst: string;
  body: Parameters<typeof blockLines>[0];
  quotes: { text: string }[];
  tags: { documentId: string; name: string }[];
  experts: { documentId: string; name: string }[];
}

const articleText = (article: Article) =>
  [article.title, ...blockLines(article.body), ...article.quotes.map((quote) => quote.text)].join('\n');

/** Precision and recall of the suggested entities against those the article carries. */
const score = (found: Mention[], article: Article) => {
  const expected = new Set([...article.tags, ...article.experts].map((entity) => entity.documentId));
  const hits = found.filter((mention) => expected.has(mention.documentId));
  return {
    precision: hits.length / found.length,
    recall: hits.length / expected.size,
    missed: [...article.tags, ...article.experts].filter((entity) => !found.some((m) => m.documentId === entity.documentId)).map((e) => e.name),
    extra: found.filter((mention) => !expected.has(mention.documentId)).map((mention) => mention.name),
  };
};

describe('entity suggestions for a draft', () => {
  let app: TestApp;
  let token: string;

  const suggest = (text: string, locale: string, bearer = token) => suggestEntities(app.http(), text, locale, bearer);

  const measure = async (slug: string, locale: string) => {
    const article = (await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(slug)}`).query({ locale })).body
      .data as Article;
    const text = articleText(article);
    const response = await suggest(text, locale);
    expect(response.status).toBe(200);
    const found = response.body.data.entities as Mention[];
    for (const mention of found) {
      for (const span of mention.spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
    return { ...score(found, article), candidates: response.body.data.candidates as { text: string }[] };
  };

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
    await createSecondArticle(app, token);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('finds the tags and experts the seed attached to the reference article', async () => {
    const result = await measure(REFERENCE_SLUG, 'ar');
    console.info(`reference article (ar): precision ${result.precision.toFixed(2)}, recall ${result.recall.toFixed(2)}; missed: ${result.missed.join(', ') || 'none'}; extra: ${result.extra.join(', ') || 'none'}; candidates: ${result.candidates.map((c) => c.text).join(', ')}`);
    expect(result.recall).toBeGreaterThanOrEqual(0.9);
    expect(result.precision).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['en', 'ar'] as const)('finds those of the second article (%s)', async (locale) => {
    const result = await measure(SECOND_ARTICLE[locale].slug, locale);
    console.info(`second article (${locale}): precision ${result.precision.toFixed(2)}, recall ${result.recall.toFixed(2)}; missed: ${result.missed.join(', ') || 'none'}; extra: ${result.extra.join(', ') || 'none'}; candidates: ${result.candidates.map((c) => c.text).join(', ')}`);
    expect(result.recall).toBeGreaterThanOrEqual(0.5);
  });

  it('suggests new names after an office, and in capitalised Latin runs, never ones that exist', async () => {
    const ar = await suggest('التقى وزير الخارجية الصيني وانغ يي الرئيس فلاديمير بوتين في موسكو.', 'ar');
    expect(ar.body.data.candidates.map((candidate: { text: string }) => candidate.text)).toEqual(['وانغ يي']);
    expect(ar.body.data.entities.map((entity: Mention) => entity.name)).toEqual(expect.arrayContaining(['فلاديمير بوتين', 'موسكو']));
    const en = await suggest('Wang Yi met Vladimir Putin at the Kremlin Palace.', 'en');
    expect(en.body.data.candidates.map((candidate: { text: string }) => candidate.text)).toEqual(['Wang Yi', 'Kremlin Palace']);
  });

  it('is for the newsroom: refused to the public and to read-only tokens, 400 without text', async () => {
    const anonymous = await app.http().post('/api/newsroom/articles/suggest-entities').send({ data: { text: 'موسكو' } });
    expect(anonymous.status).toBe(403);
    const readOnly = await suggest('موسكو', 'ar', await createApiToken(app.strapi, 'read-only'));
    expect(readOnly.status).toBe(403);
    const empty = await app
      .http()
      .post('/api/newsroom/articles/suggest-entities')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { text: '  ' } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain('data.text');
  });
});

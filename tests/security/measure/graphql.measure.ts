import { paragraphs } from '../../helpers/blocks';
import { healthDuring } from '../../helpers/health-probe';
import { startStrapi, type TestApp } from '../../helpers/strapi';

describe('measure', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startStrapi();
    const tags = await app.strapi.documents('plugin::newsroom.entity-tag').findMany({ locale: 'ar', limit: 20 });
    const documents = app.strapi.documents('plugin::newsroom.article');
    for (let n = 0; n < Number(process.env.MEASURE_ARTICLES ?? 100); n += 1) {
      await documents.create({
        locale: 'ar',
        status: 'published',
        data: { title: `مقال ${n}`, body: paragraphs('نص '.repeat(300)), tags: tags.map((tag) => tag.documentId) },
      });
    }
  }, 600_000);
  afterAll(async () => app?.stop());

  const leaves = 'documentId title slug locale standfirst genre byline wordCount readingTimeMinutes publishedAt createdAt updatedAt body';
  const doubling = (levels: number) =>
    Array.from({ length: levels }, (_, n) =>
      n === 0 ? 'fragment F0 on NewsroomArticle { title }' : `fragment F${n} on NewsroomArticle { ...F${n - 1} a${n}: localizations(pagination: { limit: 1 }) { ...F${n - 1} } }`,
    ).join(' ');
  const cases: [string, string, Record<string, unknown>?][] = [
    ['warm-up: one article', '{ newsroomArticles(locale: "ar", pagination: { limit: 1 }) { title tags { name } } }'],
    ['page of 20 cards', '{ newsroomArticles(locale: "ar") { documentId title slug tags { name slug type } experts { name } quotes { text expert { name jobTitle } } } }'],
    ['page of 20 cards again', '{ newsroomArticles(locale: "ar") { documentId title slug tags { name slug type } experts { name } quotes { text expert { name jobTitle } } } }'],
    ['18 aliases of tags, 20 articles', `{ newsroomArticles(locale: "ar") { ${Array.from({ length: 18 }, (_, n) => `t${n}: tags { name }`).join(' ')} } }`],
    ['7 aliases of tags(limit 1), 100 articles', `{ newsroomArticles(locale: "ar", pagination: { limit: 100 }) { ${Array.from({ length: 7 }, (_, n) => `t${n}: tags(pagination: { limit: 1 }) { name }`).join(' ')} } }`],
    ['tags(limit 100) on 100 articles', '{ newsroomArticles(locale: "ar", pagination: { limit: 100 }) { tags(pagination: { limit: 100 }) { name } } }'],
    ['10 roots x 100 articles x 13 leaves', `{ ${Array.from({ length: 10 }, (_, n) => `r${n}: newsroomArticles(locale: "ar", pagination: { limit: 100 }) { ${leaves} }`).join(' ')} }`],
    ['300 aliases of tags (cost)', `{ newsroomArticles { ${Array.from({ length: 300 }, (_, n) => `t${n}: tags { name }`).join(' ')} } }`],
    ['1000 aliases of tags (tokens)', `{ newsroomArticles { ${Array.from({ length: 1000 }, (_, n) => `t${n}: tags { name }`).join(' ')} } }`],
    ['fragment doubling x40', `{ newsroomArticles { ...F39 } } ${doubling(40)}`],
    ['fragment cycle', '{ newsroomArticles { ...A } } fragment A on NewsroomArticle { title ...B } fragment B on NewsroomArticle { slug ...A }'],
    ['70,000-value in', 'query($ids: [ID]) { newsroomArticles(filters: { documentId: { in: $ids } }) { title } }', { ids: Array.from({ length: 70_000 }, (_, n) => String(n)) }],
    ['1000-value in', 'query($ids: [ID]) { newsroomArticles(filters: { documentId: { in: $ids } }) { title } }', { ids: Array.from({ length: 1000 }, (_, n) => String(n)) }],
    ['900 KB contains', 'query($p: String) { newsroomArticles(filters: { title: { contains: $p } }) { title } }', { p: 'x'.repeat(900_000) }],
  ];
  it.each(cases)('%s', async (name, query, variables = {}) => {
    const started = Date.now();
    let ms = 0;
    const { response, worstHealthMs, probes } = await healthDuring(app.http, async () => {
      const answer = await app.http().post('/graphql').send({ query, variables });
      ms = Date.now() - started;
      return answer;
    });
    const code = (response.body as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code ?? '-';
    process.stdout.write(`MEASURE ${process.env.DATABASE_CLIENT ?? 'sqlite'} | ${name} | ${response.status} ${code} | ${ms} ms | health worst ${worstHealthMs} ms (${probes} probes) | ${response.text.length} B\n`);
  });
});

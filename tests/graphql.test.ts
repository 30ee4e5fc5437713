import { postArticle } from './helpers/articles';
import { paragraphs } from './helpers/blocks';
import { REFERENCE_SLUG, REFERENCE_TITLE } from './helpers/reference';
import { createSecondArticle, SECOND_ARTICLE } from './helpers/second-article';
import { createApiToken, startStrapi, type TestApp } from './helpers/strapi';

interface GraphqlAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

describe('GraphQL', () => {
  let app: TestApp;
  let token: string;

  const graphql = async <T>(query: string, variables: Record<string, unknown> = {}, bearer?: string) => {
    const request = app.http().post('/graphql').send({ query, variables });
    if (bearer) request.set('Authorization', `Bearer ${bearer}`);
    const response = await request;
    return { status: response.status, ...(response.body as GraphqlAnswer<T>) };
  };

  const ARTICLES = `
    query Articles($locale: I18NLocaleCode, $filters: NewsroomArticleFiltersInput, $status: PublicationStatus) {
      newsroomArticles(locale: $locale, filters: $filters, status: $status, sort: ["firstPublishedAt:desc"]) {
        documentId title slug locale wordCount readingTimeMinutes
        tags { name slug type }
        experts { name }
        quotes { text expert { name jobTitle } }
      }
    }`;

  interface Articles {
    newsroomArticles: {
      documentId: string;
      title: string;
      slug: string;
      locale: string;
      wordCount: number;
      tags: { name: string; type: string }[];
      quotes: { text: string; expert: { name: string } | null }[];
    }[];
  }

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
    await createSecondArticle(app, token);
    const draft = await postArticle(app, token, { locale: 'ar' }, { title: 'مسودة سرية', body: paragraphs('نص.') });
    expect(draft.status).toBe(201);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('finds an article by slug in a locale, with its tags, experts and attributed quotes', async () => {
    const answer = await graphql<Articles>(ARTICLES, { locale: 'ar', filters: { slug: { eq: REFERENCE_SLUG } } });
    expect(answer.errors).toBeUndefined();
    const [article] = answer.data?.newsroomArticles ?? [];
    expect(article).toMatchObject({ title: REFERENCE_TITLE, locale: 'ar', wordCount: 443 });
    expect(article.tags).toHaveLength(20);
    expect(article.quotes).toHaveLength(5);
    expect(article.quotes.some((quote) => quote.expert?.name === 'جون هيربست')).toBe(true);
  });

  it('filters by tag and locale', async () => {
    const kabul = await graphql<Articles>(ARTICLES, { locale: 'en', filters: { tags: { slug: { eq: 'kabul' } } } });
    expect(kabul.data?.newsroomArticles.map((article) => article.title)).toEqual([SECOND_ARTICLE.en.title]);
    const taliban = await graphql<Articles>(ARTICLES, { locale: 'ar', filters: { tags: { slug: { eq: 'طالبان' } } } });
    expect(taliban.data?.newsroomArticles.map((article) => article.slug)).toEqual([REFERENCE_SLUG]);
  });

  it('never shows a draft to the public, and shows drafts to an API token', async () => {
    const published = await graphql<Articles>(ARTICLES, { locale: 'ar' });
    expect(published.data?.newsroomArticles.map((article) => article.title)).not.toContain('مسودة سرية');

    const refused = await graphql<Articles>(ARTICLES, { locale: 'ar', status: 'DRAFT' });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(refused.data?.newsroomArticles ?? null).toBeNull();

    const draftId = (await app.strapi.db.query('plugin::newsroom.article').findOne({ where: { title: 'مسودة سرية' } }))
      .documentId;
    for (const query of [
      `{ newsroomArticle(documentId: "${draftId}", status: DRAFT, locale: "ar") { title } }`,
      '{ newsroomArticles_connection(status: DRAFT) { nodes { title } } }',
      '{ newsroomArticles(publicationFilter: NEVER_PUBLISHED) { title } }',
      '{ newsroomEntityTags(status: DRAFT, locale: "ar") { name } }',
      '{ newsroomExperts_connection(status: DRAFT) { nodes { name } } }',
    ]) {
      expect((await graphql(query)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }

    const withToken = await graphql<Articles>(ARTICLES, { locale: 'ar', status: 'DRAFT' }, token);
    expect(withToken.data?.newsroomArticles.map((article) => article.title)).toContain('مسودة سرية');
  });

  it('does not expose the articles behind a tag or an expert, nor the slug history', async () => {
    const nested = await graphql('{ newsroomEntityTags { name articles { title } } }');
    expect(nested.errors?.[0].message).toMatch(/Cannot query field "articles"/);
    const history = await graphql('{ newsroomSlugRedirects { slug } }');
    expect(history.errors?.[0].message).toMatch(/Cannot query field "newsroomSlugRedirects"/);
  });

  it('has no mutations for the plugin: writes go through the validated REST API', async () => {
    const answer = await graphql('mutation { createNewsroomArticle(data: { title: "x" }) { documentId } }', {}, token);
    expect(answer.errors?.[0].message).toMatch(/Cannot query field "createNewsroomArticle"/);
  });

  it('limits the root fields of one operation, aliases included', async () => {
    const aliases = (count: number) =>
      `{ ${Array.from({ length: count }, (_, n) => `a${n}: newsroomArticles { documentId }`).join(' ')} }`;
    expect((await graphql(aliases(10))).errors).toBeUndefined();
    const tooMany = await graphql(aliases(11));
    expect(tooMany.errors?.[0].message).toMatch(/11 root fields; at most 10/);
  });

  it('limits depth and page size', async () => {
    // One localization per level: with the default page of 20, five levels would cost 20^5 and be refused for that.
    const nested = (depth: number): string =>
      depth === 0 ? 'title' : `localizations(pagination: { limit: 1 }) { ${nested(depth - 1)} }`;
    const allowed = await graphql(`{ newsroomArticles { ${nested(5)} } }`);
    expect(allowed.errors).toBeUndefined();
    const deep = await graphql(`{ newsroomArticles { ${nested(8)} } }`);
    expect(deep.errors?.[0].message).toMatch(/exceeds maximum operation depth/);

    const documents = app.strapi.documents('plugin::newsroom.article');
    for (let n = 0; n < 105; n += 1) {
      await documents.create({
        locale: 'en',
        status: 'published',
        data: { title: `Filler ${n}`, body: paragraphs('Text.') },
      });
    }
    const page = await graphql<Articles>(
      '{ newsroomArticles(locale: "en", pagination: { limit: 1000 }) { documentId } }',
    );
    expect(page.errors).toBeUndefined();
    expect(page.data?.newsroomArticles).toHaveLength(100);
    const byDefault = await graphql<Articles>('{ newsroomArticles(locale: "en") { documentId } }');
    expect(byDefault.data?.newsroomArticles).toHaveLength(20);
  });
});

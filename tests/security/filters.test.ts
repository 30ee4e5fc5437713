import { writeFileSync } from 'node:fs';
import { adminSession } from '../helpers/admin';
import { healthDuring } from '../helpers/health-probe';
import { createApiToken, startStrapi, type TestApp } from '../helpers/strapi';

interface ErrorAnswer {
  error?: { status: number; name: string; message: string };
}

interface GraphqlAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

// What a freeze probe measured, written to NEWSROOM_SECURITY_REPORT (a file) when set: the figures of the notes.
const measured: Record<string, { worstHealthMs: number; status: number; ms: number }> = {};

/** Filters, query bounds and relation lists: every client mistake a 4xx naming it, on every database. */
describe('filters, query bounds and relation lists', () => {
  let app: TestApp;
  let token: string;
  let articleId: string;
  let tagIds: string[];

  const get = (path: string, querystring: string) => app.http().get(`/api/newsroom/${path}?${querystring}`);

  const expectRefused = (response: { status: number; body: ErrorAnswer }, parameter: string) => {
    expect({ status: response.status, name: response.body.error?.name }).toEqual({ status: 400, name: 'ValidationError' });
    expect(response.body.error?.message.startsWith(`${parameter}:`)).toBe(true);
  };

  const graphql = (query: string, variables: Record<string, unknown> = {}) =>
    app.http().post('/graphql').send({ query, variables });

  /** `count` `$or` branches on the slug, as a browser would write them in a query string. */
  const orBranches = (count: number) =>
    Array.from({ length: count }, (_, index) => `filters[$or][${index}][slug][$eq]=nothing-${index}`).join('&');

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
    const tags = await get('tags', 'pagination[pageSize]=20&sort=slug:asc').expect(200);
    tagIds = (tags.body.data as { documentId: string }[]).map((tag) => tag.documentId);
    const articles = await app.strapi.documents('plugin::newsroom.article').findMany({ fields: ['documentId'], limit: 1 });
    articleId = articles[0].documentId;
  });

  afterAll(async () => {
    if (process.env.NEWSROOM_SECURITY_REPORT) {
      writeFileSync(process.env.NEWSROOM_SECURITY_REPORT, JSON.stringify({ database: app?.database.client, measured }, null, 2));
    }
    await app?.stop();
  });

  describe('REST: Strapi core reads of the plugin types', () => {
    it.each([
      ['tags', 'filters[id][$eq]=abc', 'filters.id.$eq'],
      ['tags', 'filters[aliases][$contains]=x', 'filters.aliases.$contains'],
      ['experts', 'filters[id][$gt]=1e999', 'filters.id.$gt'],
      ['experts', 'filters[id][$eq]=9999999999', 'filters.id.$eq'],
      ['tags', 'filters[updatedAt][$lt]=May%202020', 'filters.updatedAt.$lt'],
      ['media-topics', 'filters[id][$in][0]=x', 'filters.id.$in.0'],
      ['experts', 'filters[name][$contains]=a%01b', 'filters.name.$contains'],
      ['tags', 'filters[articles][title][$eq]=x', 'filters.articles'],
      ['tags', 'filters[nope][$eq]=x', 'filters.nope'],
      ['tags', 'filters[name][$regex]=x', 'filters.name.$regex'],
      ['media-topics', 'filters[parent][parent][parent][code][$eq]=x', 'filters.parent.parent.parent'],
      ['experts', 'sort=nope:asc', 'sort'],
      ['experts', 'sort=name:asc,slug,kind,id,jobTitle,affiliation', 'sort'],
      ['experts', 'fields[0]=name&fields[1]=secret', 'fields'],
      ['media-topics', 'populate[parent][populate][parent][populate][parent]=true', 'populate.parent.populate.parent.populate.parent'],
      ['tags', 'pagination[pageSize]=101', 'pagination.pageSize'],
    ])('GET /%s?%s is a 400 naming %s', async (path, querystring, parameter) => {
      expectRefused(await get(path, querystring), parameter);
    });

    it('refuses a filter that would join more tables than the databases take', async () => {
      const joins = Array.from({ length: 7 }, (_, index) => `filters[$or][${index}][parent][parent][code]=x`).join('&');
      expectRefused(await get('media-topics', joins), 'filters.$or.6.parent');
    });

    it('refuses a text operand over 500 characters', async () => {
      expectRefused(await get('tags', `filters[name][$eq]=${'x'.repeat(501)}`), 'filters.name.$eq');
    });

    it('refuses an $or past qs arrayLimit instead of dropping it and answering everything', async () => {
      expectRefused(await get('tags', orBranches(150)), 'filters.$or');
      expectRefused(await get('tags', orBranches(21)), 'filters.$or');
    });

    it('still answers filters, sort, fields, populate and pagination within bounds', async () => {
      const [first] = tagIds;
      const found = await get('tags', `filters[$or][0][documentId][$eq]=${first}&${orBranches(19).replace(/\[(\d+)\]/g, (_, n) => `[${Number(n) + 1}]`)}`);
      expect(found.status).toBe(200);
      expect(found.body.data.map((tag: { documentId: string }) => tag.documentId)).toEqual([first]);
      const listed = await get('tags', `filters[documentId][$in][0]=${first}&sort[0]=name:desc&fields[0]=name&pagination[pageSize]=100`);
      expect(listed.status).toBe(200);
      expect(listed.body.data).toHaveLength(1);
      const topics = await get('media-topics', 'populate[parent][fields][0]=code&filters[parent][code][$notNull]=true');
      expect(topics.status).toBe(200);
    });

    it('answers the costliest filter within the bounds without holding up the server', async () => {
      // 20 branches matching 500 characters, 6 of them two parents away (12 joins), and a 100-value $notIn.
      const text = 'x'.repeat(500);
      const branches = Array.from({ length: 20 }, (_, index) =>
        index < 6 ? `filters[$or][${index}][parent][parent][code][$containsi]=${text}` : `filters[$or][${index}][code][$containsi]=${text}`,
      );
      const values = Array.from({ length: 100 }, (_, index) => `filters[id][$notIn][${index}]=${index + 1}`);
      const querystring = [...branches, ...values, 'pagination[pageSize]=100', 'populate[parent][populate][parent]=true'].join('&');
      const started = Date.now();
      const probed = await healthDuring(app.http, () => get('media-topics', querystring));
      measured.restCostliestFilter = { worstHealthMs: probed.worstHealthMs, status: probed.response.status, ms: Date.now() - started };
      expect(probed.response.status).toBe(200);
      expect(probed.worstHealthMs).toBeLessThan(1000);
    });

    it('checks the query of one entry too (findOne)', async () => {
      expectRefused(await get(`articles/${articleId}`, 'populate[tags][filters][id][$eq]=abc'), 'populate.tags.filters.id.$eq');
      expectRefused(await get(`articles/${articleId}`, 'populate[body]=true'), 'populate.body');
      expect((await get(`articles/${articleId}`, 'populate[tags][fields][0]=name')).status).toBe(200);
    });
  });

  describe('GraphQL', () => {
    const TAGS = `query Tags($filters: NewsroomEntityTagFiltersInput) { newsroomEntityTags(filters: $filters) { documentId } }`;

    // Past 1000 values in all, the variables' own bound answers first (tests/security/graphql.test.ts): these
    // stay under it, so that the filter's bounds are the ones that answer.
    it('refuses an or of 900 branches at once, the server answering meanwhile', async () => {
      const filters = { or: Array.from({ length: 900 }, (_, index) => ({ slug: { eq: `nothing-${index}` } })) };
      const started = Date.now();
      const probed = await healthDuring(app.http, () => graphql(TAGS, { filters }));
      measured.graphqlOr900 = { worstHealthMs: probed.worstHealthMs, status: probed.response.status, ms: Date.now() - started };
      const answer = probed.response.body as GraphqlAnswer;
      expect(probed.response.status).toBeLessThan(500);
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0].message.startsWith('filters.or:')).toBe(true);
      expect(answer.data?.newsroomEntityTags ?? null).toBeNull();
      expect(probed.worstHealthMs).toBeLessThan(1000);
    });

    it.each([
      ['contains on JSON', { aliases: { contains: 'x' } }, 'filters.aliases.contains'],
      ['a NUL', { name: { eq: 'a\u0000b' } }, 'filters.name.eq'],
      ['a 50,000-character contains', { name: { containsi: 'x'.repeat(50_000) } }, 'filters.name.containsi'],
      ['a 900-value in', { documentId: { in: Array.from({ length: 900 }, (_, index) => `d${index}`) } }, 'filters.documentId.in'],
    ])('refuses %s with BAD_USER_INPUT naming its path', async (_case, filters, path) => {
      const response = await graphql(TAGS, { filters });
      const answer = response.body as GraphqlAnswer;
      expect(response.status).toBeLessThan(500);
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0].message.startsWith(`${path}:`)).toBe(true);
      expect(JSON.stringify(answer)).not.toMatch(/select|from\s+"/i);
    });

    it('answers the costliest filter within the bounds without holding up the server', async () => {
      const text = 'x'.repeat(500);
      // 20 branches matching 500 characters, one of them on tags and experts (the two relations to many allowed).
      const or = Array.from({ length: 20 }, (_, index) =>
        index === 0 ? { tags: { name: { containsi: text } }, experts: { name: { containsi: text } } } : { title: { containsi: text } },
      );
      const started = Date.now();
      const probed = await healthDuring(app.http, () =>
        graphql(`query Articles($filters: NewsroomArticleFiltersInput) { newsroomArticles(filters: $filters) { documentId } }`, {
          filters: { or },
        }),
      );
      measured.graphqlCostliestFilter = { worstHealthMs: probed.worstHealthMs, status: probed.response.status, ms: Date.now() - started };
      expect((probed.response.body as GraphqlAnswer).errors).toBeUndefined();
      expect(probed.worstHealthMs).toBeLessThan(1000);
    });

    it('refuses a third relation to many, whose join would multiply the rows', async () => {
      const or = [{ tags: { name: { eq: 'a' } } }, { tags: { name: { eq: 'b' } } }, { experts: { name: { eq: 'c' } } }];
      const response = await graphql(`query Articles($filters: NewsroomArticleFiltersInput) { newsroomArticles(filters: $filters) { documentId } }`, {
        filters: { or },
      });
      const answer = response.body as GraphqlAnswer;
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0].message.startsWith('filters.or.2.experts:')).toBe(true);
    });

    it('checks the filters of a list relation too', async () => {
      const branches = Array.from({ length: 30 }, (_, index) => ({ slug: { eq: `x${index}` } }));
      const response = await graphql(`query { newsroomArticles { tags(filters: { or: ${JSON.stringify(branches).replace(/"(\w+)":/g, '$1:')} }) { name } } }`);
      const answer = response.body as GraphqlAnswer;
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0].message.startsWith('filters.or:')).toBe(true);
    });

    it('still answers filters within bounds', async () => {
      const response = await graphql(TAGS, { filters: { or: [{ documentId: { eq: tagIds[0] } }, { slug: { in: ['x'] } }] } });
      const answer = response.body as GraphqlAnswer;
      expect(answer.errors).toBeUndefined();
      expect(answer.data?.newsroomEntityTags).toEqual([{ documentId: tagIds[0] }]);
    });
  });

  describe('relation lists in writes', () => {
    const write = (data: Record<string, unknown>) =>
      app
        .http()
        .put(`/api/newsroom/articles/${articleId}`)
        .query({ locale: 'ar' })
        .set('Authorization', `Bearer ${token}`)
        .send({ data });

    // Short made-up documentIds, so that 40,000 of them fit in the body limit (1 MB).
    const madeUpIds = (count: number) => Array.from({ length: count }, (_, index) => `t${index}`);

    it('refuses 40,000 tag ids with a 400 naming the field, the server answering meanwhile', async () => {
      const started = Date.now();
      const probed = await healthDuring(app.http, () => write({ tags: madeUpIds(40_000) }));
      measured.restTags40000 = { worstHealthMs: probed.worstHealthMs, status: probed.response.status, ms: Date.now() - started };
      expectRefused(probed.response, 'data.tags');
      expect(probed.worstHealthMs).toBeLessThan(1000);
    });

    it.each([
      ['experts', { connect: madeUpIds(101) }, 'data.experts.connect'],
      ['subjects', { set: madeUpIds(101) }, 'data.subjects.set'],
      ['tags', { disconnect: madeUpIds(101) }, 'data.tags.disconnect'],
    ])('refuses 101 entries in %s', async (field, value, path) => {
      expectRefused(await write({ [field]: value }), path);
    });

    it("refuses 40,000 tags connected from the admin's content manager, the server answering meanwhile", async () => {
      const { token: adminToken } = await adminSession(app.strapi, app.http());
      const connect = madeUpIds(40_000).map((documentId) => ({ documentId }));
      const probed = await healthDuring(app.http, () =>
        app
          .http()
          .put(`/content-manager/collection-types/plugin::newsroom.article/${articleId}`)
          .query({ locale: 'ar' })
          .set('Authorization', `Bearer ${adminToken}`)
          .send({ tags: { connect } }),
      );
      expect({ status: probed.response.status, name: probed.response.body.error?.name }).toEqual({ status: 400, name: 'ValidationError' });
      expect(probed.response.body.error?.message).toMatch(/^tags\.connect: must list at most 100 entries/);
      expect(probed.worstHealthMs).toBeLessThan(1000);
    });
  });
});

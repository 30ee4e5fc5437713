import { paragraphs } from '../helpers/blocks';
import { healthDuring } from '../helpers/health-probe';
import { REFERENCE_SLUG } from '../helpers/reference';
import { startStrapi, type TestApp } from '../helpers/strapi';

interface GraphqlError {
  message: string;
  extensions?: { code?: string; cost?: number; maxCost?: number; stacktrace?: unknown };
}

interface GraphqlAnswer {
  data?: unknown;
  errors?: GraphqlError[];
}

// What a database or driver error quotes; none of it may reach a client.
const SERVER_TEXT = /select |from "|`newsroom|sqlite|postgres|mysql|mariadb|knex|invalid byte|at \w+ \(|\.js:\d+/i;

/** The log lines of every level written while `during` runs, as one text. */
const capturedLog = async (app: TestApp, during: () => Promise<unknown>): Promise<string> => {
  const levels = ['error', 'warn', 'info', 'http', 'debug'] as const;
  const lines: string[] = [];
  const spies = levels.map((level) =>
    jest.spyOn(app.strapi.log, level).mockImplementation(((...args: unknown[]) => {
      lines.push(args.map((arg) => (arg instanceof Error ? `${arg.message} ${arg.stack}` : String(arg))).join(' '));
      return app.strapi.log;
    }) as never),
  );
  try {
    await during();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return lines.join('\n');
};

describe('GraphQL: cost, bounds and errors', () => {
  let app: TestApp;

  const post = (query: string, variables: Record<string, unknown> = {}) =>
    app.http().post('/graphql').send({ query, variables });

  const graphql = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await post(query, variables);
    return { status: response.status, text: response.text, ...(response.body as GraphqlAnswer) };
  };

  /** An answer that is not a 5xx and quotes no SQL, stack or driver text. */
  const expectCleanAnswer = (answer: { status: number; text: string; errors?: GraphqlError[] }) => {
    expect(answer.status).toBeLessThan(500);
    expect(answer.text).not.toMatch(SERVER_TEXT);
    for (const error of answer.errors ?? []) {
      expect(['BAD_USER_INPUT', 'INTERNAL_SERVER_ERROR']).toContain(error.extensions?.code);
      expect(error.extensions?.stacktrace).toBeUndefined();
    }
  };

  beforeAll(async () => {
    app = await startStrapi();
  });

  afterAll(async () => {
    await app?.stop();
  });

  describe('operation cost', () => {
    /** `count` aliases of `tags` inside `newsroomArticles`, sent while /_health is probed: refused, the server free. */
    const refusedAliases = async (count: number): Promise<GraphqlError> => {
      const aliases = Array.from({ length: count }, (_, n) => `t${n}: tags { name }`).join(' ');
      const { response, worstHealthMs } = await healthDuring(app.http, () =>
        post(`{ newsroomArticles { documentId ${aliases} } }`),
      );
      expect(worstHealthMs).toBeLessThan(1000);
      expect(response.status).toBe(400);
      expect((response.body as GraphqlAnswer).data).toBeUndefined();
      return ((response.body as GraphqlAnswer).errors ?? [])[0];
    };

    it('refuses a thousand aliases of tags inside newsroomArticles, and the server stays responsive', async () => {
      // 6,000 tokens: the document bound refuses it before the cost is counted.
      expect((await refusedAliases(1000)).extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    });

    it('refuses, before resolving, as many aliases as the document bound lets through', async () => {
      const error = await refusedAliases(300);
      const cost = 20 + 20 * (1 + 300 * (20 + 20 * 1));
      expect(error.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost: 15_000 });
      expect(error.message).toBe(`The operation costs ${cost}; at most 15000 is allowed`);
    });

    it('counts fragments, inline fragments and a page size given by a variable', async () => {
      const fragment = `fragment Tags on NewsroomArticle { ${Array.from({ length: 30 }, (_, n) => `t${n}: tags { name }`).join(' ')} }`;
      const spread = await graphql(`{ newsroomArticles { ...Tags } } ${fragment}`);
      expect(spread.status).toBe(400);
      expect(spread.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      const inline = await graphql(`{ newsroomArticles { ... on NewsroomArticle { ...Tags } } } ${fragment}`);
      expect(inline.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

      const paged = `query($size: Int) { newsroomArticles(pagination: { limit: $size }) {
        a: tags { name slug } b: tags { name slug } c: tags { name slug }
      } }`;
      expect((await graphql(paged, { size: 5 })).errors).toBeUndefined();
      const big = await graphql(paged, { size: 100 });
      expect(big.status).toBe(400);
      expect(big.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', cost: 20 + 100 * 3 * (20 + 20 * 2) });
    });

    it("counts a page size the way the operation runs: a variable's default, a page of 0 read as 1", async () => {
      const defaulted = `query($size: Int = 100) { newsroomArticles(pagination: { limit: $size }) {
        a: tags(pagination: { limit: $size }) { name } b: tags(pagination: { limit: $size }) { name }
      } }`;
      const refused = await graphql(defaulted);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', cost: 20 + 100 * 2 * (20 + 100) });
      expect((await graphql(defaulted, { size: 5 })).errors).toBeUndefined();
      const zero = await graphql(`{ newsroomArticles(pagination: { limit: 0 }) { a: tags { name } } }`);
      expect(zero.errors).toBeUndefined();
    });

    it('costs the nodes of a connection once, as the page its field asks for', async () => {
      const answer = await graphql(
        '{ newsroomArticles_connection { nodes { title tags { name } experts { name } } pageInfo { total } } }',
      );
      expect(answer.errors).toBeUndefined();
    });

    it('lets a page of articles with their tags, experts and quotes through', async () => {
      const answer = await graphql(
        `query($slug: String) { newsroomArticles(locale: "ar", filters: { slug: { eq: $slug } }) {
          documentId title slug locale wordCount readingTimeMinutes
          tags { name slug type } experts { name } quotes { text expert { name jobTitle } }
        } }`,
        { slug: REFERENCE_SLUG },
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.status).toBe(200);
    });
  });

  describe('the largest operation allowed', () => {
    // Twenty articles in Arabic, each with the reference article's twenty tags: a full default page at each level.
    beforeAll(async () => {
      const tags = await app.strapi.documents('plugin::newsroom.entity-tag').findMany({ locale: 'ar', limit: 20 });
      const documents = app.strapi.documents('plugin::newsroom.article');
      for (let n = 0; n < 20; n += 1) {
        await documents.create({
          locale: 'ar',
          status: 'published',
          data: { title: `مقال ${n}`, body: paragraphs('نص.'), tags: tags.map((tag) => tag.documentId) },
        });
      }
    }, 120_000);

    it('resolves eighteen aliases of tags on a page of twenty articles without freezing the server', async () => {
      const aliases = Array.from({ length: 18 }, (_, n) => `t${n}: tags { name }`).join(' ');
      const { response, worstHealthMs, probes } = await healthDuring(app.http, () =>
        post(`{ newsroomArticles(locale: "ar") { ${aliases} } }`),
      );
      // 360 relations of twenty tags: they ran back to back for over 2 s, holding /_health all along.
      expect(probes).toBeGreaterThan(1);
      expect(response.status).toBe(200);
      expect((response.body as GraphqlAnswer).errors).toBeUndefined();
      expect(worstHealthMs).toBeLessThan(1000);
    });
  });

  describe('document bounds', () => {
    it('answers a fragment cycle with a validation error, not a stack overflow', async () => {
      const answer = await graphql('{ newsroomArticles { ...A } } fragment A on NewsroomArticle { title ...B } fragment B on NewsroomArticle { slug ...A }');
      expect(answer.status).toBe(400);
      expect(answer.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(answer.errors?.[0].message).toMatch(/Cannot spread fragment "A" within itself/);
      expectCleanAnswer({ ...answer, errors: [] });
    });

    it('refuses a document of more than 2000 tokens', async () => {
      const fields = Array.from({ length: 700 }, (_, n) => `f${n}: title`).join(' ');
      const answer = await graphql(`{ newsroomArticle(documentId: "x") { ${fields} } }`);
      expect(answer.status).toBe(400);
      expect(answer.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(answer.errors?.[0].message).toMatch(/Document contains more that 2000 tokens/);
    });

    it('refuses variables holding more than 1000 values, such as a 70,000-value in, as a 400 naming the limit', async () => {
      const ids = Array.from({ length: 70_000 }, (_, n) => String(n + 1));
      const answer = await graphql(
        'query($ids: [ID]) { newsroomArticles(filters: { documentId: { in: $ids } }) { title } }',
        { ids },
      );
      expect(answer.status).toBe(400);
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0].message).toMatch(/variables hold more than 1000 values; at most 1000/);
      // 1000 values pass the variables' bound; the filter's own bound (100 values per `in`) then names its path.
      const atBound = await graphql(
        'query($ids: [ID]) { newsroomArticles(filters: { documentId: { in: $ids } }) { title } }',
        { ids: ids.slice(0, 1000) },
      );
      expect(atBound.errors?.[0].message).toMatch(/^filters\.documentId\.in: must list at most 100 values/);
      const fine = await graphql(
        'query($ids: [ID]) { newsroomArticles(filters: { documentId: { in: $ids } }) { title } }',
        { ids: ids.slice(0, 100) },
      );
      expect(fine.errors).toBeUndefined();
    });
  });

  describe('errors', () => {
    // Each reached the database and answered its SQL in `extensions.error.message`. A bound on filter operands may
    // now turn some of them into a 400 first: either way the answer names no SQL, driver or stack.
    it.each([
      ['a NUL in a string filter', '{ newsroomArticles(filters: { title: { eq: "a\\u0000b" } }) { title } }'],
      ['contains on the JSON field aliases', '{ newsroomEntityTags(filters: { aliases: { contains: "x" } }) { name } }'],
      ['a 60,000-character contains', `{ newsroomArticles(filters: { title: { contains: "${'%_'.repeat(30_000)}" } }) { title } }`],
    ])('%s answers no SQL, driver or stack', async (_case, query) => {
      expectCleanAnswer(await graphql(query));
    });

    it('logs one bounded line for a 900 KB request that fails in the database', async () => {
      const pattern = 'x'.repeat(900_000);
      let answer: Awaited<ReturnType<typeof graphql>> | undefined;
      const log = await capturedLog(app, async () => {
        answer = await graphql('query($p: String) { newsroomArticles(filters: { title: { contains: $p } }) { title } }', {
          p: pattern,
        });
      });
      expect(answer && expectCleanAnswer(answer)).toBeUndefined();
      expect(log.length).toBeLessThan(3000);
      expect(log).not.toMatch(/x{1000}/);
    });
  });
});

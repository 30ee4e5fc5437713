import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type IntrospectionQuery,
} from 'graphql';
import { paragraphs } from './helpers/blocks';
import { REFERENCE_SLUG } from './helpers/reference';
import { isTokenOnly, newsroomContentApiRoutes, type NewsroomRoute } from './helpers/routes';
import { createApiToken, startStrapi, type TestApp } from './helpers/strapi';

type Query = Record<string, string>;

/** Words found nowhere else, so that any answer holding one leaked what it marks. */
const MARKERS = {
  draft: 'zqdraftmarker',
  change: 'zqchangemarker',
  tag: 'zqtagmarker',
  expert: 'zqexpertmarker',
};

interface Answer {
  route: string;
  query: Query;
  request: string;
  status: number;
  text: string;
  /** Path parameters holding a marker (the draft's slug): an answer may repeat what it was asked for. */
  echoes: string[];
}

const product = (lists: [string, string[]][]): Record<string, string>[] =>
  lists.reduce<Record<string, string>[]>(
    (combinations, [name, values]) =>
      combinations.flatMap((combination) => values.map((value) => ({ ...combination, [name]: value }))),
    [{}],
  );

describe('every public route, and not one draft', () => {
  let app: TestApp;
  let token: string;
  let readOnlyToken: string;
  let routes: NewsroomRoute[];
  /** Path parameter values per resource (the first segment after /api/newsroom). */
  let parameters: Record<string, Record<string, string[]>>;
  let variants: Query[];
  let ids: Record<string, string[]>;

  const send = (path: string, query: Query, bearer?: string) => {
    const request = app.http().get(path).query(query);
    return bearer ? request.set('Authorization', `Bearer ${bearer}`) : request;
  };

  /** Every GET route with every filling of its path parameters and every query variant. */
  const walkRest = async (walked: NewsroomRoute[], bearer: string | undefined, queries: Query[]) => {
    const answers = new Map<NewsroomRoute, Answer[]>();
    for (const route of walked.filter((candidate) => candidate.method === 'GET')) {
      const resource = route.path.split('/')[3];
      const names = [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1]);
      const missing = names.filter((name) => !parameters[resource]?.[name]?.length);
      if (missing.length > 0) throw new Error(`GET ${route.path}: the walker has no value for :${missing.join(', :')}`);
      const fillings = product(names.map((name) => [name, parameters[resource][name]]));
      const routeAnswers: Answer[] = [];
      for (const filling of fillings) {
        const path = route.path.replace(/:(\w+)/g, (_match, name: string) => encodeURIComponent(filling[name]));
        for (const query of queries) {
          const response = await send(path, query, bearer);
          routeAnswers.push({
            route: route.path,
            query,
            request: `${path} ${JSON.stringify(query)}`,
            status: response.status,
            text: response.text,
            echoes: Object.values(filling).filter((value) => Object.values(MARKERS).some((m) => value.includes(m))),
          });
        }
      }
      answers.set(route, routeAnswers);
    }
    return answers;
  };

  /**
   * The markers an answer holds that it may not. Drafts: nowhere. The tag and the expert that only drafts cite:
   * tags and experts have no draft state (README, content model), so their own entries name them (the tag and
   * expert lists and reads, their pages, their search hits, the feed asked for by the tag); nothing else may,
   * the articles listed with them included. A route added later is checked in full.
   */
  const leaks = (answers: Answer[]) =>
    answers.flatMap((answer) => {
      // A 404 names the slug it was asked for: that is no leak.
      const text = answer.echoes.reduce((rest, echo) => rest.split(echo).join(''), answer.text).toLowerCase();
      const json = () => JSON.parse(text) as { data?: { articles?: unknown } & Record<string, unknown>[] };
      let aboutArticles = text;
      const own = /^(\/api\/newsroom\/(tags|experts)(\/:id)?|graphql newsroom(Expert|EntityTag)\w*)$/;
      if (own.test(answer.route)) aboutArticles = '';
      else if (/^\/api\/newsroom\/(tags|experts)\/slug\/:slug$/.test(answer.route)) {
        aboutArticles = answer.status === 200 ? JSON.stringify(json().data?.articles) : text;
      } else if (answer.route === '/api/newsroom/search' && answer.status === 200) {
        aboutArticles = JSON.stringify(json().data?.filter((hit) => hit.kind === 'article'));
      } else if (answer.route.startsWith('/api/newsroom/feeds/') && answer.query.tag) {
        aboutArticles = (text.match(/<(item|entry)[\s>][\s\S]*?<\/(item|entry)>/g) ?? []).join('');
      }
      const found = [
        ...[MARKERS.draft, MARKERS.change].filter((marker) => text.includes(marker)),
        ...[MARKERS.tag, MARKERS.expert].filter((marker) => aboutArticles.includes(marker)),
      ];
      return found.map((marker) => `${marker} in ${answer.request}`);
    });

  /** Every newsroom query of the GraphQL schema, each field it can select (three levels), each draft's id. */
  const walkGraphql = async (bearer?: string) => {
    const post = async (query: string) => {
      const request = app.http().post('/graphql').send({ query });
      const response = await (bearer ? request.set('Authorization', `Bearer ${bearer}`) : request);
      return { status: response.status, text: response.text, errors: response.body.errors as unknown[] | undefined };
    };
    const introspection = JSON.parse((await post(getIntrospectionQuery())).text) as { data: IntrospectionQuery };
    const schema = buildClientSchema(introspection.data);
    const selection = (type: GraphQLObjectType, depth: number): string =>
      Object.values(type.getFields())
        .filter((field) => !field.args.some((arg) => isNonNullType(arg.type)))
        .map((field) => {
          const named = getNamedType(field.type);
          if (isLeafType(named)) return field.name;
          const inner = isObjectType(named) && depth > 0 ? selection(named, depth - 1) : '';
          return inner && `${field.name} { ${inner} }`;
        })
        .filter(Boolean)
        .join(' ');
    const entityOf = (field: GraphQLField<unknown, unknown>) =>
      getNamedType(field.type).name.replace(/EntityResponseCollection$/, '');
    const documentIds: Record<string, string[]> = {
      NewsroomArticle: ids.articles,
      NewsroomExpert: ids.experts,
      NewsroomEntityTag: ids.tags,
      NewsroomMediaTopic: ids['media-topics'],
    };
    const fields = Object.values(schema.getQueryType()?.getFields() ?? {}).filter((field) =>
      field.name.startsWith('newsroom'),
    );
    const answers = new Map<string, (Answer & { errors?: unknown[] })[]>();
    for (const field of fields) {
      const required = field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name);
      const unknown = required.filter((name) => name !== 'documentId' || !documentIds[entityOf(field)]);
      if (unknown.length > 0)
        throw new Error(`GraphQL ${field.name}: the walker has no value for ${unknown.join(', ')}`);
      const fillings = required.length > 0 ? documentIds[entityOf(field)].map((id) => `documentId: "${id}"`) : [''];
      const locales = field.args.some((arg) => arg.name === 'locale') ? ['', 'locale: "en"', 'locale: "ar"'] : [''];
      const type = getNamedType(field.type) as GraphQLObjectType;
      const list: (Answer & { errors?: unknown[] })[] = [];
      for (const filling of fillings) {
        for (const locale of locales) {
          const args = [filling, locale].filter(Boolean).join(', ');
          const query = `{ ${field.name}${args ? `(${args})` : ''} { ${selection(type, 3)} } }`;
          const answer = await post(query);
          list.push({
            route: `graphql ${field.name}`,
            query: {},
            request: query,
            status: answer.status,
            text: answer.text,
            echoes: [],
            errors: answer.errors,
          });
        }
      }
      answers.set(field.name, list);
    }
    return answers;
  };

  beforeAll(async () => {
    // The GraphQL walker asks for every field three levels deep, at full page size: an exhaustive probe whose
    // operations cost up to fifty million (graphql/operation-cost.ts), far past what a client is allowed.
    app = await startStrapi({ env: { NEWSROOM_GRAPHQL_MAX_COST: '100000000' } });
    token = await createApiToken(app.strapi);
    readOnlyToken = await createApiToken(app.strapi, 'read-only');
    const write = (method: 'post' | 'put', path: string, query: Query, data: Record<string, unknown>) =>
      app.http()[method](path).query(query).set('Authorization', `Bearer ${token}`).send({ data });

    const seeded = async (path: string, name: string) =>
      (
        await app
          .http()
          .get(`/api/newsroom/${path}`)
          .query({ locale: 'en', filters: { name: { $eq: name } } })
      ).body.data[0];
    const russia = await seeded('tags', 'Russia');
    const herbst = await seeded('experts', 'John Herbst');

    // A tag and an expert that only drafts cite.
    const tag = await write(
      'post',
      '/api/newsroom/tags',
      { locale: 'en' },
      { name: `Zqtagmarker Front`, type: 'group' },
    );
    const expert = await write(
      'post',
      '/api/newsroom/experts',
      { locale: 'en' },
      { name: 'Zqexpertmarker Analyst', kind: 'analyst', jobTitle: `${MARKERS.expert} desk` },
    );
    expect([tag.status, expert.status]).toEqual([201, 201]);

    const draft = await write(
      'post',
      '/api/newsroom/articles',
      { locale: 'en' },
      {
        title: `Kabul plan ${MARKERS.draft}`,
        // Embargoed too: a piece waiting for its time is a draft until the embargo job publishes it.
        embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
        standfirst: `Standfirst ${MARKERS.draft}`,
        body: paragraphs(`The ${MARKERS.draft} body.`),
        quotes: [{ text: `quoted ${MARKERS.draft}`, kind: 'direct', expert: expert.body.data.documentId }],
        tags: [tag.body.data.documentId, russia.documentId],
        experts: [expert.body.data.documentId, herbst.documentId],
      },
    );
    expect(draft.status).toBe(201);

    const published = await write(
      'post',
      '/api/newsroom/articles',
      { locale: 'en', status: 'published' },
      {
        title: 'Kabul talks resume',
        standfirst: 'Talks resume in Kabul.',
        body: paragraphs('Talks between Moscow and Kabul resume this week.'),
        quotes: [{ text: 'talks will resume', kind: 'direct', expert: herbst.documentId }],
        tags: [russia.documentId],
        experts: [herbst.documentId],
      },
    );
    expect(published.status).toBe(201);
    const changed = await write(
      'put',
      `/api/newsroom/articles/${published.body.data.documentId}`,
      { locale: 'en' },
      {
        title: `Kabul talks ${MARKERS.change}`,
        standfirst: `Changed ${MARKERS.change}`,
        body: paragraphs(`A ${MARKERS.change} paragraph.`),
        quotes: [{ text: `quote ${MARKERS.change}`, kind: 'direct', expert: expert.body.data.documentId }],
        tags: [russia.documentId, tag.body.data.documentId],
        experts: [herbst.documentId, expert.body.data.documentId],
      },
    );
    expect(changed.status).toBe(200);
    expect(changed.body.data.publishedAt).toBeNull();

    const topics = await app.http().get('/api/newsroom/media-topics');
    ids = {
      articles: [draft.body.data.documentId, published.body.data.documentId],
      experts: [expert.body.data.documentId, herbst.documentId],
      tags: [tag.body.data.documentId, russia.documentId],
      'media-topics': [topics.body.data[0].documentId],
    };
    const slugs = {
      articles: [draft.body.data.slug, published.body.data.slug, REFERENCE_SLUG],
      experts: [expert.body.data.slug, herbst.slug],
      tags: [tag.body.data.slug, russia.slug],
    };
    parameters = {
      articles: { id: ids.articles, documentId: ids.articles, slug: slugs.articles, locale: ['en'] },
      experts: { id: ids.experts, slug: slugs.experts },
      tags: { id: ids.tags, slug: slugs.tags },
      'media-topics': { id: ids['media-topics'] },
    };
    // Routes that do not know a parameter answer 400: every route still gets each one it knows.
    variants = [
      {},
      { locale: 'en' },
      { locale: 'ar' },
      { locale: 'en', populate: '*' },
      { locale: 'en', tag: tag.body.data.slug },
      { locale: 'en', expert: expert.body.data.slug },
      ...Object.values(MARKERS).map((q) => ({ locale: 'en', q })),
    ];
    routes = newsroomContentApiRoutes(app.strapi);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('has the drafts it looks for: an API token asking for drafts reads every marker', async () => {
    const drafts = await send('/api/newsroom/articles', { locale: 'en', status: 'draft' }, token);
    for (const marker of [MARKERS.draft, MARKERS.change]) expect(drafts.text).toContain(marker);
    const tags = await send('/api/newsroom/tags', { locale: 'en' }, token);
    expect(tags.text.toLowerCase()).toContain(MARKERS.tag);
  });

  it('the public: no GET route answers a draft, whatever its parameters', async () => {
    const answers = await walkRest(routes, undefined, [...variants, { locale: 'en', status: 'draft' }]);
    expect(leaks([...answers.values()].flat())).toEqual([]);
    // Each route was read, not only refused: the public gets a 200 from every route but the editorial ones.
    const unread = [...answers].filter(([route, list]) => !isTokenOnly(route) && !list.some((a) => a.status === 200));
    expect(unread.map(([route]) => route.path)).toEqual([]);
    const editorial = [...answers].filter(([route]) => isTokenOnly(route)).flatMap(([, list]) => list);
    expect(editorial.filter((answer) => ![401, 403].includes(answer.status)).map((a) => a.request)).toEqual([]);
  });

  it('the public: a draft slug answers as a slug that exists nowhere', async () => {
    const slugRoutes = routes.filter(
      (route) => route.method === 'GET' && route.path.startsWith('/api/newsroom/articles/slug/'),
    );
    for (const route of slugRoutes) {
      const [draftSlug] = parameters.articles.slug;
      const answer = async (slug: string) => {
        const response = await send(route.path.replace(':slug', encodeURIComponent(slug)), { locale: 'en' });
        return [response.status, response.text.split(slug).join('<slug>')];
      };
      expect([route.path, await answer(draftSlug)]).toEqual([route.path, await answer('kabul-plan-nowhere')]);
    }
  });

  it('a read-only API token, without status=draft: no GET route answers a draft', async () => {
    // The editorial routes (translations, publication log) are about drafts by design: a token reads them there.
    const answers = await walkRest(
      routes.filter((route) => !isTokenOnly(route)),
      readOnlyToken,
      variants,
    );
    expect(leaks([...answers.values()].flat())).toEqual([]);
    const unread = [...answers].filter(([, list]) => !list.some((answer) => answer.status === 200));
    expect(unread.map(([route]) => route.path)).toEqual([]);
  });

  it.each([
    ['the public', undefined],
    ['a read-only API token', 'read-only'],
  ])('GraphQL, %s: no newsroom query answers a draft, at any depth', async (_who, bearer) => {
    const answers = await walkGraphql(bearer ? readOnlyToken : undefined);
    expect(answers.size).toBeGreaterThanOrEqual(12);
    expect(leaks([...answers.values()].flat())).toEqual([]);
    const unanswered = [...answers].filter(
      ([, list]) => !list.some((answer) => answer.status === 200 && !answer.errors),
    );
    expect(unanswered.map(([name, list]) => [name, list[0].text.slice(0, 300)])).toEqual([]);
  });
});

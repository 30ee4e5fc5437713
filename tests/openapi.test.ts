import SwaggerParser from '@apidevtools/swagger-parser';
import { startStrapi, type TestApp } from './helpers/strapi';

type Operation = {
  parameters?: { name: string; in: string; required?: boolean; schema: { type?: string; enum?: string[] } }[];
  responses: Record<string, { content?: Record<string, unknown> }>;
  requestBody?: { content: Record<string, { schema: { properties: { data: unknown } } }> };
};

type Spec = {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, { required?: string[]; properties: Record<string, unknown>; additionalProperties?: boolean }> };
};

describe('the OpenAPI document (@strapi/plugin-documentation)', () => {
  let app: TestApp;
  let spec: Spec;

  beforeAll(async () => {
    app = await startStrapi();
    const page = await app.http().get('/documentation/v1.0.0');
    expect(page.status).toBe(200);
    // The plugin serves Swagger UI with the document inlined.
    const inlined = /spec: (\{.*\}),\s*dom_id/s.exec(page.text);
    if (!inlined) throw new Error('no OpenAPI document in the documentation page');
    spec = JSON.parse(inlined[1]);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('is a valid OpenAPI document', async () => {
    await expect(SwaggerParser.validate(structuredClone(spec) as never)).resolves.toBeDefined();
  });

  it('carries no placeholder from the documentation plugin', () => {
    expect(JSON.stringify(spec)).not.toMatch(/YOUR_TERMS_OF_SERVICE_URL|contact-email@something\.io/);
  });

  it('documents every content-API route of the plugin', () => {
    const routers = app.strapi.plugin('newsroom').routes as Record<string, { routes: { method: string; path: string }[] }>;
    const routes = routers['content-api'].routes.map((route) => [
        route.method.toLowerCase(),
        `/newsroom${route.path.replace(/:(\w+)/g, '{$1}')}`,
      ]);
    expect(routes.length).toBeGreaterThan(20);
    for (const [method, path] of routes) expect({ method, path, documented: Boolean(spec.paths[path]?.[method]) }).toEqual({ method, path, documented: true });
  });

  it('gives the card list its parameters, with the tag types and sort orders it accepts', () => {
    const list = spec.paths['/newsroom/articles'].get;
    const names = list.parameters?.map((parameter) => parameter.name);
    expect(names).toEqual(['locale', 'status', 'tag', 'tagType', 'genre', 'subject', 'expert', 'from', 'to', 'sort', 'page', 'pageSize']);
    const tagType = list.parameters?.find((parameter) => parameter.name === 'tagType');
    expect(tagType?.schema.enum).toEqual(['person', 'organisation', 'country', 'place', 'event', 'group', 'topic']);
    expect(list.parameters?.find((parameter) => parameter.name === 'sort')?.schema.enum).toEqual(['firstPublishedAt:desc', 'firstPublishedAt:asc']);
    expect(list.parameters?.find((parameter) => parameter.name === 'from')?.schema.type).toBe('string');
    expect(list.responses['200'].content?.['application/json']).toBeDefined();
  });

  it('types slugs as strings and gives each output its media type', () => {
    const slugRoute = spec.paths['/newsroom/articles/slug/{slug}/jsonld'].get;
    expect(slugRoute.parameters?.find((parameter) => parameter.in === 'path')).toMatchObject({ name: 'slug', required: true, schema: { type: 'string' } });
    expect(Object.keys(slugRoute.responses['200'].content ?? {})).toEqual(['application/ld+json']);
    expect(Object.keys(spec.paths['/newsroom/feeds/rss'].get.responses['200'].content ?? {})).toEqual(['application/rss+xml']);
    expect(Object.keys(spec.paths['/newsroom/feeds/atom'].get.responses['200'].content ?? {})).toEqual(['application/atom+xml']);
    expect(spec.paths['/newsroom/articles/slug/{slug}'].get.responses['404']).toBeDefined();
  });

  it('describes write payloads from the validators: required fields and limits', () => {
    const data = spec.paths['/newsroom/articles'].post.requestBody?.content['application/json'].schema.properties.data;
    expect(data).toEqual({ $ref: '#/components/schemas/NewsroomArticleCreate' });
    const body = spec.components.schemas.NewsroomArticleCreate;
    expect(body.required).toEqual(expect.arrayContaining(['title', 'body']));
    expect(body.properties.title).toMatchObject({ type: 'string', maxLength: 200 });
    expect(body.additionalProperties).toBe(false);
  });
});

import { paragraphs } from './helpers/blocks';
import { PLUGIN_TABLES } from './helpers/database';
import { createApiToken, startStrapi, type TestApp } from './helpers/strapi';


const valid = { title: 'عنوان صالح', body: paragraphs('فقرة.') };

interface Case {
  name: string;
  path: string;
  body: unknown;
  field: string;
  query?: Record<string, string>;
}

const cases: Case[] = [
  { name: 'no data', path: '/api/newsroom/articles', body: {}, field: 'data' },
  { name: 'missing title', path: '/api/newsroom/articles', body: { data: { body: valid.body } }, field: 'data.title' },
  { name: 'empty title', path: '/api/newsroom/articles', body: { data: { ...valid, title: '   ' } }, field: 'data.title' },
  { name: 'title over 200 characters', path: '/api/newsroom/articles', body: { data: { ...valid, title: 'ع'.repeat(201) } }, field: 'data.title' },
  { name: 'title as a number', path: '/api/newsroom/articles', body: { data: { ...valid, title: 12 } }, field: 'data.title' },
  { name: 'missing body', path: '/api/newsroom/articles', body: { data: { title: 'x' } }, field: 'data.body' },
  { name: 'malformed block', path: '/api/newsroom/articles', body: { data: { ...valid, body: [{ type: 'paragraph', children: [{ text: 'x' }] }] } }, field: 'data.body.0.children.0' },
  { name: 'unknown block type', path: '/api/newsroom/articles', body: { data: { ...valid, body: [{ type: 'script', children: [] }] } }, field: 'data.body.0.type' },
  { name: 'wordCount typed by hand', path: '/api/newsroom/articles', body: { data: { ...valid, wordCount: 9 } }, field: 'data.wordCount' },
  { name: 'quote kind not in the list', path: '/api/newsroom/articles', body: { data: { ...valid, quotes: [{ text: 'x', kind: 'rumour' }] } }, field: 'data.quotes.0.kind' },
  { name: 'key figure value as a string', path: '/api/newsroom/articles', body: { data: { ...valid, keyFigures: [{ value: '137', label: 'x' }] } }, field: 'data.keyFigures.0.value' },
  { name: 'source URL not http', path: '/api/newsroom/articles', body: { data: { ...valid, sources: [{ name: 'x', url: 'javascript:alert(1)' }] } }, field: 'data.sources.0.url' },
  { name: 'unknown field', path: '/api/newsroom/articles', body: { data: { ...valid, colour: 'red' } }, field: 'data' },
  { name: 'lone surrogate in the title', path: '/api/newsroom/articles', body: { data: { ...valid, title: 'a\ud800b' } }, field: 'data.title' },
  { name: 'expert that does not exist', path: '/api/newsroom/articles', body: { data: { ...valid, experts: ['nosuchdocumentid00000000'] } }, field: 'experts' },
  { name: 'unknown locale', path: '/api/newsroom/articles', body: { data: valid }, field: 'locale', query: { locale: 'xx' } },
  { name: 'slug with nothing in it', path: '/api/newsroom/articles', body: { data: { ...valid, slug: '«»' } }, field: 'slug' },
  { name: 'expert kind not in the list', path: '/api/newsroom/experts', body: { data: { name: 'x', kind: 'pundit' } }, field: 'data.kind' },
  { name: 'malformed wikidataId', path: '/api/newsroom/experts', body: { data: { name: 'x', wikidataId: 'q12' } }, field: 'data.wikidataId' },
  { name: 'tag without a type', path: '/api/newsroom/tags', body: { data: { name: 'x' } }, field: 'data.type' },
  { name: 'tag type not in the list', path: '/api/newsroom/tags', body: { data: { name: 'x', type: 'planet' } }, field: 'data.type' },
  { name: 'aliases not a list of strings', path: '/api/newsroom/tags', body: { data: { name: 'x', type: 'topic', aliases: [1] } }, field: 'data.aliases.0' },
];

describe('bad payloads', () => {
  let app: TestApp;
  let token: string;

  const counts = async () => {
    const knex = app.strapi.db.connection;
    const result: Record<string, number> = {};
    for (const table of PLUGIN_TABLES) {
      const [{ count }] = await knex(table).count({ count: '*' });
      result[table] = Number(count);
    }
    return result;
  };

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it.each(cases)('$name: 400 naming $field, nothing written', async ({ path, body, field, query }) => {
    const before = await counts();
    const response = await app
      .http()
      .post(path)
      .query(query ?? {})
      .set('Authorization', `Bearer ${token}`)
      .send(body as object);
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('ValidationError');
    expect(response.body.error.message).toContain(field.split('.').pop());
    expect(await counts()).toEqual(before);
  });

  it('refuses an update that would empty the title, leaving the article as it was', async () => {
    const created = await app
      .http()
      .post('/api/newsroom/articles')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: valid });
    expect(created.status).toBe(201);
    const response = await app
      .http()
      .put(`/api/newsroom/articles/${created.body.data.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: '', standfirst: 'لن يحفظ' } });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toContain('title');
    const stored = await app.strapi.documents('plugin::newsroom.article').findOne({ documentId: created.body.data.documentId, locale: 'ar' });
    expect(stored?.title).toBe(valid.title);
    expect(stored?.standfirst ?? null).toBeNull();
  });

  it('gives 404, not 500, for an unknown documentId', async () => {
    const response = await app.http().put('/api/newsroom/articles/nosuchdocument').set('Authorization', `Bearer ${token}`).send({ data: { title: 'x' } });
    expect(response.status).toBe(404);
  });
});

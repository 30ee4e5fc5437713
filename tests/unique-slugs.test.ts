import path from 'node:path';
import { createApiToken, quiesce, startStrapi, type TestApp } from './helpers/strapi';
import { postArticle } from './helpers/articles';
import { paragraphs } from './helpers/blocks';

const ARTICLES = 'newsroom_articles';
const INDEX = 'newsroom_articles_slug_unique';
const MIGRATION = path.resolve(
  __dirname,
  '..',
  'database',
  'migrations',
  '2026.11.29T00.00.00.newsroom-unique-slugs.js',
);

interface Row {
  id: number;
  document_id: string;
  locale: string;
  slug: string;
  published_at: unknown;
}

// By message, not toThrow: better-sqlite3's errors belong to the realm of the first test file of a jest worker.
const failureOf = (write: Promise<unknown>): Promise<string> =>
  write.then(
    () => 'no failure',
    (error: { message?: string }) => String(error?.message),
  );

const withoutId = ({ document_id, locale, slug, published_at }: Row) => ({ document_id, locale, slug, published_at });

describe('slugs are unique in the database itself', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startStrapi({ env: { NEWSROOM_SEED_REFERENCE: 'false' } });
    token = await createApiToken(app.strapi);
  });
  afterAll(() => app?.stop());

  const knex = () => app.strapi.db.connection;
  const client = () => app.strapi.db.dialect.client;
  const rowsOf = (documentId: string): Promise<Row[]> =>
    knex()(ARTICLES).select('id', 'document_id', 'locale', 'slug', 'published_at').where({ document_id: documentId });

  const create = async (title: string, status: 'draft' | 'published' = 'draft') => {
    const response = await postArticle(app, token, { locale: 'ar', status }, { title, body: paragraphs('نص') });
    expect(response.status).toBe(201);
    await quiesce(app.strapi);
    return response.body.data as { documentId: string; slug: string };
  };

  const dropIndex = async () => {
    if (client() === 'mysql') await knex().raw('drop index ?? on ??', [INDEX, ARTICLES]);
    else await knex().raw('drop index ??', [INDEX]);
  };

  it('refuses a second draft row with a slug another document holds in the locale, and a second published one', async () => {
    const published = await create('سباق الأسماء', 'published');
    const [draft, live] = (await rowsOf(published.documentId)).sort((a, b) =>
      a.published_at === null ? -1 : b.published_at === null ? 1 : 0,
    );
    expect(draft.published_at).toBeNull();
    expect(live.slug).toBe(draft.slug);

    for (const row of [draft, live]) {
      const copy = withoutId(row);
      expect(await failureOf(knex()(ARTICLES).insert({ ...copy, document_id: 'another-document-000000' }))).toContain(
        INDEX,
      );
    }
    // Another locale may hold the same slug.
    const copy = withoutId(draft);
    await knex()(ARTICLES).insert({ ...copy, document_id: 'another-document-000000', locale: 'en' });
    await knex()(ARTICLES).where({ document_id: 'another-document-000000' }).delete();
  });

  it('chooses the next free slug when the one it chose is taken between reading and writing', async () => {
    const first = await create('خبر متزامن');
    const slugs = app.strapi.plugin('newsroom').service('slugs') as {
      resolve: (...args: unknown[]) => Promise<string | undefined>;
    };
    const resolve = slugs.resolve;
    let stale = true;
    // The first choice is made as if the first article had not been written yet, as a writer on another
    // instance would.
    slugs.resolve = async (...args: unknown[]) => {
      if (stale) {
        stale = false;
        return first.slug;
      }
      return resolve(...args);
    };
    try {
      const second = await create('خبر متزامن');
      expect(stale).toBe(false);
      expect(second.slug).toBe(`${first.slug}-2`);
    } finally {
      slugs.resolve = resolve;
    }
  });

  it('answers 400 naming the slug when an explicit slug is taken at the same moment', async () => {
    const first = await create('مقال أول');
    const before = await knex()(ARTICLES).count({ n: '*' }).first();
    const slugs = app.strapi.plugin('newsroom').service('slugs') as {
      resolve: (...args: unknown[]) => Promise<string | undefined>;
    };
    const resolve = slugs.resolve;
    slugs.resolve = async () => first.slug;
    try {
      const response = await postArticle(
        app,
        token,
        { locale: 'ar' },
        { title: 'مقال ثان', slug: 'مقال-ثان', body: paragraphs('نص') },
      );
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors[0].path).toEqual(['slug']);
    } finally {
      slugs.resolve = resolve;
    }
    expect(await knex()(ARTICLES).count({ n: '*' }).first()).toEqual(before);
  });

  it('the migration numbers the duplicates an older database holds, then adds the index; the oldest keeps its slug', async () => {
    const older = await create('مقال مكرر', 'published');
    await dropIndex();
    const newer = await create('مقال مكرر آخر', 'published');
    // As written before the index existed: the newer document holds the older one's slug, in both states.
    await knex()(ARTICLES).where({ document_id: newer.documentId }).update({ slug: older.slug });
    // Published again, the older document's published row is now newer than the other's: it still keeps the slug.
    await app.strapi.documents('plugin::newsroom.article').publish({ documentId: older.documentId, locale: 'ar' });
    await quiesce(app.strapi);

    const migration = (await import(MIGRATION)) as { up: (knex: unknown, db: unknown) => Promise<void> };
    await app.strapi.db.transaction(({ trx }) => migration.up(trx, app.strapi.db));

    expect(new Set((await rowsOf(older.documentId)).map((row) => row.slug))).toEqual(new Set([older.slug]));
    const renamed = await rowsOf(newer.documentId);
    expect(renamed).toHaveLength(2);
    expect(new Set(renamed.map((row) => row.slug))).toEqual(new Set([`${older.slug}-2`]));
    const copy = withoutId(renamed[0]);
    expect(
      await failureOf(knex()(ARTICLES).insert({ ...copy, document_id: 'another-document-000000', slug: older.slug })),
    ).toContain(INDEX);

    // Run again, it changes nothing.
    await app.strapi.db.transaction(({ trx }) => migration.up(trx, app.strapi.db));
    expect(new Set((await rowsOf(newer.documentId)).map((row) => row.slug))).toEqual(new Set([`${older.slug}-2`]));
  });
});

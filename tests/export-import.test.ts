import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Core, Schema, UID } from '@strapi/strapi';
import { newsroomService } from '../src/plugins/newsroom/server/src/utils/services';
import { paragraphs } from './helpers/blocks';
import { createTestDatabase, type TestDatabase } from './helpers/database';
import { REFERENCE_SLUG } from './helpers/reference';
import { APP_DIR, createApiToken, quiesce, startStrapi, type TestApp } from './helpers/strapi';

const ARTICLE = 'plugin::newsroom.article';
const EXPERT = 'plugin::newsroom.expert';
const TAG = 'plugin::newsroom.entity-tag';

/** Every content type the plugin declares, the hidden ones included. */
const pluginContentTypes = (strapi: Core.Strapi): UID.ContentType[] =>
  Object.keys(strapi.contentTypes).filter((uid): uid is UID.ContentType => uid.startsWith('plugin::newsroom.'));

const EN = {
  title: 'Russia and the Taliban: shared interests against ISIS',
  slug: 'russia-and-the-taliban-shared-interests-against-isis',
  lead: 'Moscow lifted its ban on the Taliban, a movement it had listed as terrorist for two decades.',
  heading: 'A strategic shift',
  quote: 'aimed specifically at ISIS',
};

/** Runs the Strapi CLI of the app (as an operator would) against one database; throws with its output. */
const strapiCli = (args: string[], database: TestDatabase): Promise<string> =>
  new Promise((resolve, reject) => {
    const child = spawn(path.join(APP_DIR, 'node_modules', '.bin', 'strapi'), args, {
      cwd: APP_DIR,
      env: { ...process.env, ...database.env, STRAPI_TELEMETRY_DISABLED: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`strapi ${args.join(' ')} exited with ${code}:\n${output}`)),
    );
  });

type Row = Record<string, unknown>;

/** A related entry as it is identified across databases: ids change on import, documentIds do not. */
const reference = (row: Row | null | undefined): string | null =>
  row ? `${row.documentId}:${row.locale ?? ''}:${row.publishedAt ? 'published' : 'draft'}` : null;

const attributesOf = (strapi: Core.Strapi, uid: string): Record<string, Schema.Attribute.AnyAttribute | undefined> =>
  strapi.getModel(uid as UID.Schema).attributes;

/** Populate for every relation, component and media of a model, components' own relations included. */
const deepPopulate = (strapi: Core.Strapi, uid: string): Record<string, unknown> => {
  const populate: Record<string, unknown> = {};
  for (const [name, attribute] of Object.entries(attributesOf(strapi, uid))) {
    if (attribute?.type === 'component') populate[name] = { populate: deepPopulate(strapi, attribute.component) };
    if (attribute?.type === 'relation' || attribute?.type === 'media') populate[name] = true;
  }
  return populate;
};

/** A row with its ids dropped and each relation and media replaced by what identifies it. */
const normalise = (strapi: Core.Strapi, uid: string, row: Row): Row => {
  const out: Row = {};
  for (const [name, value] of Object.entries(row)) {
    if (name === 'id') continue;
    const attribute = attributesOf(strapi, uid)[name];
    if (attribute?.type === 'relation' || attribute?.type === 'media') {
      const related = Array.isArray(value) ? value.map((item: Row) => reference(item)) : reference(value as Row);
      // The inverse side of a relation (a tag's articles) has no order anyone chose: PostgreSQL returns it in any.
      out[name] = Array.isArray(related) && 'mappedBy' in attribute ? related.sort() : related;
    } else if (attribute?.type === 'component') {
      const component = attribute.component;
      out[name] = Array.isArray(value)
        ? value.map((item: Row) => normalise(strapi, component, item))
        : value && normalise(strapi, component, value as Row);
    } else {
      out[name] = value;
    }
  }
  return out;
};

/**
 * Every row of every newsroom content type, draft and published versions, with its components and the
 * documentIds of what it points to, in a stable order: what an import must bring back unchanged.
 */
const contentOf = async (strapi: Core.Strapi): Promise<Record<string, Row[]>> => {
  const content: Record<string, Row[]> = {};
  for (const uid of pluginContentTypes(strapi)) {
    const rows: Row[] = await strapi.db.query(uid).findMany({ populate: deepPopulate(strapi, uid) });
    content[uid] = rows
      .map((row) => normalise(strapi, uid, row))
      .sort((a, b) =>
        JSON.stringify([a.documentId, a.locale, a.publishedAt]).localeCompare(
          JSON.stringify([b.documentId, b.locale, b.publishedAt]),
        ),
      );
  }
  return content;
};

/** The search index as the public reaches it: every entry, in order. */
const searchIndexOf = async (strapi: Core.Strapi): Promise<Row[]> =>
  strapi.db
    .connection('newsroom_search')
    .select('kind', 'document_id', 'locale', 'title', 'text', 'title_terms', 'text_terms', 'version')
    .orderBy(['kind', 'document_id', 'locale']);

/** JSON with the database's row ids dropped: an import numbers rows anew, and documentIds identify entries. */
const withoutIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutIds);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([name]) => name !== 'id')
      .map(([name, item]) => [name, withoutIds(item)]),
  );
};

/** What readers are served: both locales' pages and formats, the tag page, the feeds. */
const publicPages = async (app: TestApp): Promise<Record<string, unknown>> => {
  const paths = [
    `/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`,
    `/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}/jsonld`,
    `/api/newsroom/articles/slug/${EN.slug}`,
    `/api/newsroom/articles/slug/${EN.slug}/ninjs`,
    '/api/newsroom/articles?locale=en',
    '/api/newsroom/tags/slug/russia',
    '/api/newsroom/feeds/atom?locale=en',
  ];
  const pages: Record<string, unknown> = {};
  for (const page of paths) {
    const response = await app.http().get(page);
    const json = /json/.test(response.type);
    pages[page] = { status: response.status, content: json ? withoutIds(JSON.parse(response.text)) : response.text };
  }
  return pages;
};

describe('strapi export, then strapi import into a fresh database', () => {
  let source: TestApp | undefined;
  let imported: TestApp | undefined;
  let target: TestDatabase | undefined;
  let exportDir: string;
  let documentId: string;
  let before: { content: Record<string, Row[]>; search: Row[]; pages: Record<string, unknown> };
  let after: typeof before;

  beforeAll(async () => {
    exportDir = mkdtempSync(path.join(tmpdir(), 'newsroom-export-'));
    source = await startStrapi();
    const { strapi } = source;
    const token = await createApiToken(strapi);
    const reference = await source.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`);
    documentId = reference.body.data.documentId;

    const [herbst] = await strapi.documents(EXPERT).findMany({ locale: 'en', filters: { name: 'John Herbst' } });
    const [lavrov] = await strapi.documents(EXPERT).findMany({ locale: 'en', filters: { name: 'Sergei Lavrov' } });
    const tags = await strapi
      .documents(TAG)
      .findMany({ locale: 'en', filters: { name: { $in: ['Russia', 'Taliban'] } } });
    const translated = await source
      .http()
      .put(`/api/newsroom/articles/${documentId}`)
      .query({ locale: 'en', status: 'published' })
      .set('Authorization', `Bearer ${token}`)
      .send({
        data: {
          title: EN.title,
          standfirst: EN.lead,
          byline: 'Newsroom analysis desk',
          body: [
            ...paragraphs(EN.lead),
            { type: 'heading', level: 2, children: [{ type: 'text', text: EN.heading }] },
            {
              type: 'paragraph',
              children: [
                { type: 'text', text: 'Herbst called the move ' },
                { type: 'text', text: EN.quote, italic: true },
              ],
            },
          ],
          quotes: [
            { text: EN.quote, kind: 'direct', expert: herbst.documentId },
            { text: 'taking the reality of the Taliban into account', kind: 'paraphrase', expert: lavrov.documentId },
          ],
          keyFigures: [
            {
              value: 137,
              qualifier: 'more_than',
              unit: 'people',
              label: 'killed at Crocus City Hall',
              period: 'March 2024',
            },
          ],
          sources: [{ name: 'Bloomberg', url: 'https://www.bloomberg.com/' }],
          experts: [herbst.documentId, lavrov.documentId],
          tags: tags.map((tag) => tag.documentId),
        },
      });
    expect(translated.status).toBe(200);
    // A correction, and unpublished changes to the Arabic draft: both versions must travel.
    const correction = await source
      .http()
      .post(`/api/newsroom/articles/${documentId}/corrections`)
      .query({ locale: 'en' })
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { kind: 'clarification', text: 'The ban was lifted by the Supreme Court of Russia.' } });
    expect(correction.status).toBe(201);
    await strapi.documents(ARTICLE).update({ documentId, locale: 'ar', data: { standfirst: 'ملخص لم ينشر بعد' } });
    // A slug changed after publication (a redirect) and an article taken down (a publication event).
    const [moscow] = await strapi.documents(TAG).findMany({ locale: 'en', filters: { name: 'Moscow' } });
    await strapi
      .documents(TAG)
      .update({ documentId: moscow.documentId, locale: 'en', data: { slug: 'moscow-russia' } });
    const retracted = await strapi.documents(ARTICLE).create({
      locale: 'en',
      status: 'published',
      data: { title: 'A piece taken down', body: paragraphs('Withdrawn.') },
    });
    await strapi.documents(ARTICLE).unpublish({ documentId: retracted.documentId, locale: 'en' });
    await quiesce(strapi);

    before = {
      content: await contentOf(strapi),
      search: await searchIndexOf(strapi),
      pages: await publicPages(source),
    };
    await source.stop({ keepDatabase: true });

    await strapiCli(['export', '--no-encrypt', '-f', path.join(exportDir, 'backup')], source.database);
    target = await createTestDatabase();
    await strapiCli(['import', '-f', path.join(exportDir, 'backup.tar.gz'), '--force'], target);

    imported = await startStrapi({ database: target });
    await quiesce(imported.strapi);
    after = {
      content: await contentOf(imported.strapi),
      search: await searchIndexOf(imported.strapi),
      pages: await publicPages(imported),
    };
  }, 600_000);

  afterAll(async () => {
    await imported?.stop();
    if (!imported) await target?.drop();
    await source?.database.drop();
    if (exportDir) rmSync(exportDir, { recursive: true, force: true });
  });

  it('exported what it is meant to compare: both locales, both versions, the hidden types', () => {
    const articles = before.content[ARTICLE].filter((row) => row.documentId === documentId);
    expect(articles.map((row) => `${row.locale}:${row.publishedAt ? 'published' : 'draft'}`).sort()).toEqual([
      'ar:draft',
      'ar:published',
      'en:draft',
      'en:published',
    ]);
    expect(Object.entries(before.pages).filter(([, page]) => (page as { status: number }).status !== 200)).toEqual([]);
    for (const uid of ['correction', 'publication-event', 'slug-redirect', 'translation-state', 'media-topic']) {
      expect([uid, before.content[`plugin::newsroom.${uid}`].length > 0]).toEqual([uid, true]);
    }
  });

  it.each([ARTICLE, EXPERT, TAG])('brings back every %s field by field, in both locales and both versions', (uid) => {
    expect(after.content[uid]).toEqual(before.content[uid]);
  });

  it('brings back the plugin hidden records: translation states, corrections, slug history, takedowns, media topics', () => {
    for (const uid of Object.keys(before.content).filter((uid) => ![ARTICLE, EXPERT, TAG].includes(uid))) {
      expect([uid, after.content[uid]]).toEqual([uid, before.content[uid]]);
    }
  });

  it('serves the same public pages, formats and feeds', () => {
    expect(after.pages).toEqual(before.pages);
  });

  it('searches what was imported, and nothing else', async () => {
    expect(after.search).toEqual(before.search);
    const app = imported as TestApp;
    const english = await app.http().get('/api/newsroom/search').query({ q: 'strategic shift', locale: 'en' });
    expect(english.body.data.map((hit: { documentId: string }) => hit.documentId)).toContain(documentId);
  });

  it('starts again on the imported database without the seed or the bootstrap changing anything', async () => {
    const app = imported as TestApp;
    const report = await newsroomService(app.strapi, 'referenceSeed').run();
    expect(report.created).toEqual({ articles: 0, experts: 0, tags: 0, localizations: 0 });
    expect(report.articleDocumentId).toBe(documentId);
    await app.stop({ keepDatabase: true });
    imported = await startStrapi({ database: app.database });
    await quiesce(imported.strapi);
    expect(await contentOf(imported.strapi)).toEqual(before.content);
    expect(await searchIndexOf(imported.strapi)).toEqual(before.search);
  });
});

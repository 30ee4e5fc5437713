import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE_UID, SOURCE_REVISION_UID } from '../src/plugins/newsroom/server/src/constants';
import { adminSession } from './helpers/admin';
import { REFERENCE_SLUG } from './helpers/reference';
import { APP_DIR, quiesce, startStrapi, type TestApp } from './helpers/strapi';

interface Segment {
  key: string;
  group: string;
  kind: string;
  level?: number;
  source: string;
  translation: string;
  context?: string;
}

interface Workspace {
  status: string;
  exists: boolean;
  published: boolean;
  modified: boolean;
  outdated: boolean;
  sourceRevision: string;
  inLineRevision: string | null;
  undoInLine: { revision: string | null; inLineAt: string | null } | null;
  updatedAt: string | null;
  writable: boolean;
  segments: Segment[];
  changes: {
    recorded: boolean;
    entries: { kind: string; key: string | null; before: string; after: string; parts: { value: string; added?: boolean }[] }[];
  } | null;
}

interface Block {
  type: string;
  level?: number;
  children?: Block[];
  text?: string;
}

const seed = JSON.parse(readFileSync(path.join(APP_DIR, 'database', 'seeds', 'reference-article.json'), 'utf8')) as {
  article: {
    title: string;
    standfirst: string;
    body: { type: string; text: string }[];
    quotes: { text: string; expert: string }[];
  };
  experts: { key: string; localizations: Record<string, { name: string }> }[];
};

/** A content manager permission on articles in some locales, for a role made in the test. */
const article = (action: string, locales: string[]) => ({
  action: `plugin::content-manager.explorer.${action}`,
  subject: ARTICLE_UID,
  properties: { locales },
});
const paragraph = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });
const shape = (blocks: Block[]): unknown[] =>
  blocks.map((block) => (block.children ? { type: block.type, level: block.level, children: shape(block.children) } : { type: block.type }));
const textOf = (block: Block): string => (block.children ?? []).map((child) => child.text ?? textOf(child)).join('');

describe('the translators’ workspace (admin API)', () => {
  let app: TestApp;
  let admin: string;
  let documentId: string;

  const call = (method: 'get' | 'put' | 'post' | 'delete', url: string, token = admin) =>
    app.http()[method](`/newsroom/articles/${documentId}/translations${url}`).set('Authorization', `Bearer ${token}`);
  const workspace = async (locale: string, token = admin) => {
    const response = await call('get', `/${locale}/workspace`, token);
    expect(response.status).toBe(200);
    return response.body.data as Workspace;
  };
  const save = (locale: string, updatedAt: string | null, segments: { key: string; text: string }[]) =>
    call('put', `/${locale}/workspace`).send({ updatedAt, segments });
  const draft = async (locale: string) =>
    (await app.strapi.documents(ARTICLE_UID).findOne({
      documentId,
      locale,
      status: 'draft',
      populate: { quotes: { populate: { expert: true } }, keyFigures: true, sources: true, tags: true, experts: true },
    })) as unknown as {
      title: string;
      body: Block[];
      quotes: { text: string; kind: string; expert: { documentId: string } | null }[];
      keyFigures: { value: number; qualifier: string; label: string }[];
      tags: { documentId: string }[];
    };
  const byKey = (found: Workspace) => new Map(found.segments.map((segment) => [segment.key, segment]));

  beforeAll(async () => {
    app = await startStrapi();
    admin = (await adminSession(app.strapi, app.http())).token;
    const page = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`).query({ locale: 'ar' });
    documentId = page.body.data.documentId;
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
  });

  it('answers for a locale not started yet: every source segment, nothing translated', async () => {
    const found = await workspace('en');
    expect(found).toMatchObject({ status: 'missing', exists: false, published: false, updatedAt: null, writable: true, changes: null });
    expect(found.segments.every((segment) => segment.translation === '')).toBe(true);
  });

  it('pairs all of the reference’s segments verbatim: title, standfirst, headings, paragraphs, quotes with their experts', async () => {
    expect((await call('post', '').send({ locale: 'en' })).status).toBe(201);
    const found = await workspace('en');
    expect(found).toMatchObject({ status: 'draft', exists: true, published: false });
    expect(found.updatedAt).toEqual(expect.any(String));
    const segments = byKey(found);
    expect(segments.get('title')?.source).toBe(seed.article.title);
    expect(segments.get('standfirst')?.source).toBe(seed.article.standfirst);
    const body = found.segments.filter((segment) => segment.group === 'body');
    expect(body.map((segment) => [segment.kind, segment.source])).toEqual(seed.article.body.map((block) => [block.type, block.text]));
    expect(body.filter((segment) => segment.kind === 'heading')).toHaveLength(4);
    const english = new Map(seed.experts.map((expert) => [expert.key, expert.localizations.en.name]));
    expect(found.segments.filter((segment) => segment.group === 'quotes').map((segment) => [segment.source, segment.context])).toEqual(
      seed.article.quotes.map((quote) => [quote.text, english.get(quote.expert)]),
    );
  });

  it('saves text into the translation’s structure and leaves the other segments as they were', async () => {
    const before = await workspace('en');
    const source = await draft('ar');
    const response = await save('en', before.updatedAt, [
      { key: 'title', text: 'Russia and the Taliban' },
      { key: 'body.0', text: 'First paragraph.' },
      { key: 'body.2', text: 'A section' },
      { key: 'body.3', text: 'Third paragraph.' },
      { key: 'quotes.0.text', text: 'Translated quote.' },
      { key: 'keyFigures.0.label', text: 'victims of the attack' },
    ]);
    expect(response.status).toBe(200);
    const saved = byKey(response.body.data as Workspace);
    expect(saved.get('body.2')?.translation).toBe('A section');
    expect(saved.get('body.1')?.translation).toBe('');

    const written = await draft('en');
    expect(written.title).toBe('Russia and the Taliban');
    expect(shape(written.body)).toEqual(shape(source.body));
    expect(written.body.map(textOf).filter(Boolean)).toEqual(['First paragraph.', 'A section', 'Third paragraph.']);
    expect(written.quotes.map((quote) => [quote.kind, quote.expert?.documentId])).toEqual(
      source.quotes.map((quote) => [quote.kind, quote.expert?.documentId]),
    );
    expect(written.quotes.map((quote) => quote.text)).toEqual(['Translated quote.', '', '', '', '']);
    expect(written.keyFigures.map((figure) => [figure.value, figure.qualifier])).toEqual(
      (source.keyFigures as unknown as { value: number; qualifier: string }[]).map((figure) => [figure.value, figure.qualifier]),
    );
    expect(written.keyFigures[0].label).toBe('victims of the attack');
    expect(written.tags.length).toBeGreaterThan(0);
  });

  it('refuses a save made on a stale version (409 naming when), an unknown key or a too long text (400 naming it)', async () => {
    const current = await workspace('en');
    const stale = await save('en', '2020-01-01T00:00:00.000Z', [{ key: 'title', text: 'Overwritten' }]);
    expect(stale.status).toBe(409);
    expect(stale.body.error.message).toContain(current.updatedAt);
    expect((await draft('en')).title).toBe('Russia and the Taliban');

    const unknown = await save('en', current.updatedAt, [{ key: 'title', text: 'x' }, { key: 'body.99', text: 'x' }]);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.errors[0].path).toEqual(['segments', 1, 'key']);
    const long = await save('en', current.updatedAt, [{ key: 'title', text: 'x'.repeat(201) }]);
    expect(long.status).toBe(400);
    expect(long.body.error.details.errors[0].path).toEqual(['segments', 0, 'text']);
    const malformed = await call('put', '/en/workspace').send({ updatedAt: current.updatedAt, segments: [{ key: 'title' }] });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.details.errors[0].path).toEqual(['segments', 0, 'text']);
    expect((await save('fa', null, [{ key: 'title', text: 'x' }])).status).toBe(404);
    expect((await workspace('en')).updatedAt).toBe(current.updatedAt);
  });

  it('says in the list and the workspace whether a translation is published', async () => {
    const list = async (locale: string) =>
      (await app.http().get('/newsroom/translations').query({ locale }).set('Authorization', `Bearer ${admin}`)).body.data as {
        documentId: string;
        published: boolean;
      }[];
    expect((await list('en')).find((item) => item.documentId === documentId)?.published).toBe(false);
    await app.strapi.documents(ARTICLE_UID).publish({ documentId, locale: 'en' });
    await quiesce(app.strapi);
    expect((await list('en')).find((item) => item.documentId === documentId)?.published).toBe(true);
    expect((await list('fa')).find((item) => item.documentId === documentId)?.published).toBe(false);
    expect(await workspace('en')).toMatchObject({ status: 'published', published: true, modified: false });
  });

  it('shows what changed in the source since the translation was in line: an inserted paragraph is one addition', async () => {
    const source = await draft('ar');
    const last = source.body.length - 1;
    const body = [...source.body.slice(0, 2), paragraph('فقرة جديدة أضيفت إلى المصدر'), ...source.body.slice(2)];
    body[last + 1] = paragraph(`${textOf(source.body[last])} وكلمات أخرى`);
    await app.strapi.documents(ARTICLE_UID).update({ documentId, locale: 'ar', data: { body } as never });
    await app.strapi.documents(ARTICLE_UID).publish({ documentId, locale: 'ar' });
    await quiesce(app.strapi);

    const found = await workspace('en');
    expect(found).toMatchObject({ status: 'outdated', outdated: true, published: true });
    expect(found.changes?.recorded).toBe(true);
    expect(found.changes?.entries.map((entry) => [entry.kind, entry.key])).toEqual([
      ['added', 'body.2'],
      ['changed', `body.${last + 1}`],
    ]);
    const changed = found.changes!.entries[1];
    expect(changed.parts.filter((part) => part.added).map((part) => part.value.trim())).toEqual(['وكلمات أخرى']);
    // The translation's segments stay where the translation has them until its structure is copied again.
    expect(byKey(found).get('body.2')?.translation).toBe('A section');
  });

  it('copies the source’s structure again keeping every translated paragraph', async () => {
    const before = await workspace('en');
    const copied = await call('post', '/en/workspace/structure').send({ updatedAt: before.updatedAt });
    expect(copied.status).toBe(200);
    const segments = byKey(copied.body.data as Workspace);
    expect(segments.get('body.0')?.translation).toBe('First paragraph.');
    expect(segments.get('body.2')).toMatchObject({ source: 'فقرة جديدة أضيفت إلى المصدر', translation: '' });
    expect(segments.get('body.3')).toMatchObject({ kind: 'heading', translation: 'A section' });
    expect(segments.get('body.4')?.translation).toBe('Third paragraph.');
    expect(segments.get('quotes.0.text')?.translation).toBe('Translated quote.');
    expect(segments.get('title')?.translation).toBe('Russia and the Taliban');
    expect(shape((await draft('en')).body)).toEqual(shape((await draft('ar')).body));
    expect((await call('post', '/en/workspace/structure').send({ updatedAt: before.updatedAt })).status).toBe(409);
  });

  it('marks a translation in line and undoes it', async () => {
    const outdated = await workspace('en');
    expect(outdated.undoInLine).toBeNull();
    expect((await call('delete', '/en/in-line')).status).toBe(409);
    const marked = await call('post', '/en/in-line');
    expect(marked.status).toBe(200);
    const inLine = await workspace('en');
    expect(inLine).toMatchObject({ status: 'published', inLineRevision: inLine.sourceRevision, changes: null });
    expect(inLine.undoInLine?.revision).toBe(outdated.inLineRevision);

    const undone = await call('delete', '/en/in-line');
    expect(undone.status).toBe(200);
    expect(undone.body.data.locales.find((entry: { locale: string }) => entry.locale === 'en').status).toBe('outdated');
    const restored = await workspace('en');
    expect(restored).toMatchObject({ status: 'outdated', inLineRevision: outdated.inLineRevision, undoInLine: null });
    expect(restored.changes?.entries.length).toBe(2);
    expect((await call('delete', '/en/in-line')).status).toBe(409);
  });

  it('gives the edit view each locale’s state, outdated and live, limited to the locales the role reads', async () => {
    const states = async (token: string) => {
      const response = await call('get', '', token);
      expect(response.status).toBe(200);
      return response.body.data.locales as { locale: string; status: string; published: boolean }[];
    };
    const all = await states(admin);
    expect(all.find((entry) => entry.locale === 'en')).toMatchObject({ status: 'outdated', published: true });
    expect(all.find((entry) => entry.locale === 'ar')).toMatchObject({ status: 'source', published: true });
    const englishReader = (await adminSession(app.strapi, app.http(), [article('read', ['en'])])).token;
    expect((await states(englishReader)).map((entry) => entry.locale)).toEqual(['en']);
    const noArticles = (await adminSession(app.strapi, app.http(), [])).token;
    expect((await call('get', '', noArticles)).status).toBe(403);
  });

  it('keeps only the source texts some translation is, or could be put back, in line with', async () => {
    const kept = async () =>
      ((await app.strapi.db.query(SOURCE_REVISION_UID).findMany({ where: { articleDocumentId: documentId } })) as { revision: string }[])
        .map((row) => row.revision)
        .sort();
    const states = await workspace('en');
    expect(await kept()).toEqual([states.inLineRevision, states.sourceRevision].sort());
    for (const word of ['أولى', 'ثانية']) {
      await app.strapi.documents(ARTICLE_UID).update({ documentId, locale: 'ar', data: { standfirst: `مقدمة ${word}` } });
      await app.strapi.documents(ARTICLE_UID).publish({ documentId, locale: 'ar' });
    }
    await quiesce(app.strapi);
    const after = await workspace('en');
    expect(await kept()).toEqual([after.inLineRevision, after.sourceRevision].sort());

    // A translation in line with a revision whose text was never recorded (written before recording existed).
    await app.strapi.db.query(SOURCE_REVISION_UID).deleteMany({ where: { articleDocumentId: documentId, revision: after.inLineRevision } });
    expect((await workspace('en')).changes).toMatchObject({ recorded: false, entries: [] });
  });

  it('holds an administrator to the locales of their role, the source’s included', async () => {
    const english = (await adminSession(app.strapi, app.http(), [article('read', ['ar', 'en']), article('update', ['en'])])).token;
    expect((await workspace('en', english)).writable).toBe(true);
    expect((await call('get', '/fa/workspace', english)).status).toBe(403);
    expect((await call('put', '/fa/workspace', english).send({ updatedAt: null, segments: [] })).status).toBe(403);
    expect((await call('post', '/fa/in-line', english)).status).toBe(403);

    const reader = (await adminSession(app.strapi, app.http(), [article('read', ['ar', 'en'])])).token;
    expect((await workspace('en', reader)).writable).toBe(false);
    expect((await call('put', '/en/workspace', reader).send({ updatedAt: null, segments: [] })).status).toBe(403);

    const blind = (await adminSession(app.strapi, app.http(), [article('read', ['en']), article('update', ['en'])])).token;
    const hidden = await call('get', '/en/workspace', blind);
    expect(hidden.status).toBe(403);
    expect(hidden.body.error.message).toContain('"ar"');
    expect((await app.http().get(`/newsroom/articles/${documentId}/translations/en/workspace`)).status).toBe(401);
  });
});

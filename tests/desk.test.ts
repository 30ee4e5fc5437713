import { ARTICLE_UID } from '../src/plugins/newsroom/server/src/constants';
import type { DeskState, WaitingPiece as Waiting } from '../src/plugins/newsroom/server/src/utils/desk-view';
import { adminSession, adminWithRole } from './helpers/admin';
import { createApiToken, quiesce, startStrapi, type TestApp } from './helpers/strapi';

interface LogEvent {
  articleLocale: string;
  action: string;
  actor: string | null;
  reason: string | null;
  title: string | null;
}

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

describe('filing to the desk (admin API)', () => {
  let app: TestApp;
  let apiToken: string;
  let superAdmin: string;
  let journalist: { token: string; email: string };
  let editor: { token: string; email: string };
  let translator: { token: string; email: string };
  let documentId: string;

  const desk = (method: 'get' | 'post', path: string, token: string, locale = 'ar') =>
    app.http()[method](`/newsroom/articles/${documentId}/desk/${locale}${path}`).set('Authorization', `Bearer ${token}`);
  const state = async (token = editor.token, locale = 'ar') => {
    const response = await desk('get', '', token, locale);
    expect(response.status).toBe(200);
    return response.body.data as DeskState;
  };
  const waiting = async (token = editor.token) => {
    const response = await app.http().get('/newsroom/dashboard').set('Authorization', `Bearer ${token}`);
    expect(response.status).toBe(200);
    return response.body.data.waitingForDesk as Waiting[];
  };
  const log = async () =>
    (await app.http().get(`/newsroom/articles/${documentId}/publication-log`).set('Authorization', `Bearer ${superAdmin}`))
      .body.data as LogEvent[];

  beforeAll(async () => {
    app = await startStrapi();
    apiToken = await createApiToken(app.strapi);
    superAdmin = (await adminSession(app.strapi, app.http())).token;
    journalist = await adminWithRole(app.strapi, app.http(), 'Newsroom journalist');
    editor = await adminWithRole(app.strapi, app.http(), 'Newsroom editor');
    translator = await adminWithRole(app.strapi, app.http(), 'Newsroom translator');
    const created = await app.strapi.documents(ARTICLE_UID).create({
      locale: 'ar',
      data: {
        title: 'الحكومة تعلن خطة المياه',
        standfirst: 'خطة لخمس سنوات.',
        body: [paragraph('أعلنت الحكومة اليوم خطة جديدة لإدارة المياه.')],
        quotes: [{ text: 'الماء أولويتنا', kind: 'direct' }],
      },
    } as never);
    documentId = created.documentId;
    // A translation the journalist may read but not edit.
    await app.strapi.documents(ARTICLE_UID).update({
      documentId,
      locale: 'en',
      data: { title: 'Government announces a water plan', body: [paragraph('The government announced a plan.')] },
    } as never);
    await quiesce(app.strapi);
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
  });

  it('starts a new piece in writing, never moved', async () => {
    expect(await state(journalist.token)).toEqual({ stage: 'writing', published: false, modified: false, lastMove: null });
  });

  it('refuses a journalist filing a locale they may not update, and a translator filing the source', async () => {
    const english = await desk('post', '/file', journalist.token, 'en').send({});
    expect(english.status).toBe(403);
    expect(english.body.error.message).toMatch(/may not update in "en"/);
    expect((await desk('post', '/file', translator.token).send({})).status).toBe(403);
    expect((await state()).stage).toBe('writing');
  });

  it('lets the journalist file the piece with a note, once', async () => {
    const filed = await desk('post', '/file', journalist.token).send({ note: '  الاقتباس مؤكد هاتفياً  ' });
    expect(filed.status).toBe(200);
    expect(filed.body.data).toMatchObject({
      stage: 'desk',
      lastMove: { stage: 'desk', by: expect.stringContaining(journalist.email), note: 'الاقتباس مؤكد هاتفياً' },
    });
    const again = await desk('post', '/file', journalist.token).send({});
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already at the desk/);
  });

  it('lists the filed piece on the dashboard, with who filed it and when, for those who may read its locale', async () => {
    const entry = (await waiting()).find((piece) => piece.documentId === documentId);
    expect(entry).toMatchObject({
      locale: 'ar',
      title: 'الحكومة تعلن خطة المياه',
      filedBy: expect.stringContaining(journalist.email),
      note: 'الاقتباس مؤكد هاتفياً',
    });
    expect(Date.parse(entry?.filedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    const englishOnly = await adminSession(app.strapi, app.http(), [
      { action: 'plugin::content-manager.explorer.read', subject: ARTICLE_UID, properties: { locales: ['en'] } },
    ]);
    const response = await app.http().get('/newsroom/dashboard').query({ locale: 'en' }).set('Authorization', `Bearer ${englishOnly.token}`);
    expect(response.status).toBe(200);
    expect((response.body.data.waitingForDesk as Waiting[]).some((piece) => piece.documentId === documentId)).toBe(false);
  });

  it('refuses a return by a journalist or a translator (no publish permission), and one without a note', async () => {
    for (const role of [journalist, translator]) {
      const refused = await desk('post', '/return', role.token).send({ note: 'أعد الصياغة' });
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/may not publish in "ar"/);
    }
    const silent = await desk('post', '/return', editor.token).send({ note: '   ' });
    expect(silent.status).toBe(400);
    expect(silent.body.error.message).toBe('note: must not be empty');
    const missing = await desk('post', '/return', editor.token).send({});
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/^note: /);
    expect((await state()).stage).toBe('desk');
  });

  it('validates the request: the locale, the note, unknown fields', async () => {
    const unknown = await desk('get', '', editor.token, 'xx');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/^locale: /);
    const long = await desk('post', '/return', editor.token).send({ note: 'x'.repeat(2001) });
    expect(long.status).toBe(400);
    expect(long.body.error.message).toBe('note: must be at most 2000 characters');
    const extra = await desk('post', '/file', journalist.token).send({ stage: 'published' });
    expect(extra.status).toBe(400);
    expect(extra.body.error.message).toMatch(/unknown field\(s\): stage/);
    const nowhere = await app
      .http()
      .get('/newsroom/articles/no-such-article/desk/ar')
      .set('Authorization', `Bearer ${editor.token}`);
    expect(nowhere.status).toBe(404);
  });

  it('lets the editor return it to writing with a note, which the journalist then reads', async () => {
    const returned = await desk('post', '/return', editor.token).send({ note: 'نحتاج مصدراً ثانياً' });
    expect(returned.status).toBe(200);
    expect(returned.body.data).toMatchObject({
      stage: 'writing',
      lastMove: { stage: 'writing', by: expect.stringContaining(editor.email), note: 'نحتاج مصدراً ثانياً' },
    });
    expect((await state(journalist.token)).lastMove?.note).toBe('نحتاج مصدراً ثانياً');
    expect((await waiting()).some((piece) => piece.documentId === documentId)).toBe(false);
    const twice = await desk('post', '/return', editor.token).send({ note: 'مرة أخرى' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toMatch(/not at the desk/);
  });

  it('takes the piece off the desk when it is published, by any road, and logs every move', async () => {
    expect((await desk('post', '/file', journalist.token).send({})).status).toBe(200);
    const published = await app
      .http()
      .put(`/api/newsroom/articles/${documentId}`)
      .query({ locale: 'ar', status: 'published' })
      .set('Authorization', `Bearer ${apiToken}`)
      .send({ data: { title: 'الحكومة تعلن خطة المياه' } });
    expect(published.status).toBe(200);
    await quiesce(app.strapi);
    expect(await state()).toMatchObject({ stage: 'published', published: true, modified: false, lastMove: { stage: 'published' } });
    expect((await waiting()).some((piece) => piece.documentId === documentId)).toBe(false);
    // Published and unchanged: nothing to file.
    expect((await desk('post', '/file', journalist.token).send({})).status).toBe(409);

    const moves = (await log()).filter((event) => event.articleLocale === 'ar');
    expect(moves.map((event) => [event.action, event.reason])).toEqual([
      ['file', 'الاقتباس مؤكد هاتفياً'],
      ['return', 'نحتاج مصدراً ثانياً'],
      ['file', null],
      ['publish', null],
    ]);
    expect(moves[0].actor).toContain(journalist.email);
    expect(moves[1].actor).toContain(editor.email);
    expect(moves[3].actor).toMatch(/^API token "/);
    expect(moves.every((event) => event.title === 'الحكومة تعلن خطة المياه')).toBe(true);
  });

  it('shows what changed in the draft since the published version, word by word, and lets the changed piece be filed again', async () => {
    const unchanged = await desk('get', '/changes', editor.token);
    expect(unchanged.body.data).toEqual({ published: true, entries: [] });
    // Saved over a second after publishing, as an editor's later change is.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await app.strapi.documents(ARTICLE_UID).update({
      documentId,
      locale: 'ar',
      data: {
        title: 'الحكومة تعلن خطة المياه الوطنية',
        body: [paragraph('أعلنت الحكومة اليوم خطة جديدة لإدارة المياه.'), paragraph('وتبلغ كلفتها مليار دولار.')],
        quotes: [{ text: 'الماء أولويتنا الأولى', kind: 'direct' }],
      },
    } as never);
    await quiesce(app.strapi);
    expect(await state(journalist.token)).toMatchObject({ stage: 'writing', published: true, modified: true });

    const changes = await desk('get', '/changes', translator.token);
    expect(changes.status).toBe(200);
    const entries = changes.body.data.entries as { kind: string; key: string | null; parts: { value: string; added?: boolean; removed?: boolean }[] }[];
    expect(entries.map((entry) => [entry.kind, entry.key])).toEqual([
      ['changed', 'title'],
      ['added', 'body.1'],
      ['changed', 'quotes.0.text'],
    ]);
    const title = entries[0].parts;
    expect(title.filter((part) => part.added).map((part) => part.value.trim())).toEqual(['الوطنية']);
    expect(title.some((part) => part.removed)).toBe(false);

    expect((await desk('post', '/file', journalist.token).send({ note: 'أضفت الكلفة' })).status).toBe(200);
    expect((await state()).stage).toBe('desk');
  });

  it('answers no changes for a piece never published, and forgets the stage of a deleted locale', async () => {
    const english = await desk('get', '/changes', editor.token, 'en');
    expect(english.body.data).toEqual({ published: false, entries: [] });
    expect((await desk('post', '/file', translator.token, 'en').send({})).status).toBe(200);
    expect((await waiting()).filter((piece) => piece.documentId === documentId).map((piece) => piece.locale).sort()).toEqual(['ar', 'en']);
    await app.strapi.documents(ARTICLE_UID).delete({ documentId, locale: 'en' });
    await quiesce(app.strapi);
    expect((await waiting()).filter((piece) => piece.documentId === documentId).map((piece) => piece.locale)).toEqual(['ar']);
    expect(await app.strapi.db.query('plugin::newsroom.desk-state').count({ where: { articleDocumentId: documentId, articleLocale: 'en' } })).toBe(0);
  });

  it('takes a filed piece off the desk when the embargo job publishes it, which logs the publication itself', async () => {
    expect((await state()).stage).toBe('desk');
    const until = new Date(Date.now() + 60_000);
    await app.strapi.documents(ARTICLE_UID).update({ documentId, locale: 'ar', data: { embargoUntil: until.toISOString() } } as never);
    await quiesce(app.strapi);
    expect((await state()).stage).toBe('desk');
    const embargoes = app.strapi.plugin('newsroom').service('embargoes') as { publishDue(now: Date): Promise<{ documentId: string }[]> };
    expect((await embargoes.publishDue(new Date(until.getTime() + 1000))).map((entry) => entry.documentId)).toContain(documentId);
    await quiesce(app.strapi);
    expect(await state()).toMatchObject({ stage: 'published', modified: false, lastMove: { stage: 'published' } });
    const moves = (await log()).filter((event) => event.articleLocale === 'ar').slice(-2);
    expect(moves.map((event) => [event.action, event.actor])).toEqual([
      ['file', expect.stringContaining(journalist.email)],
      ['scheduled-publish', 'embargo job'],
    ]);
  });
});

import { ARTICLE_UID, MEDIA_TOPIC_UID } from '../src/plugins/newsroom/server/src/constants';
import { adminSession, adminWithRole } from './helpers/admin';
import { REFERENCE_SLUG } from './helpers/reference';
import { startStrapi, type TestApp } from './helpers/strapi';

interface Option {
  documentId: string;
  label?: string;
}

describe('subjects a journalist picks by name, in the content manager', () => {
  let app: TestApp;
  let journalist: string;
  let referenceId: string;

  const picker = (token: string, query: Record<string, string>) =>
    app
      .http()
      .get(`/content-manager/relations/${ARTICLE_UID}/subjects`)
      .query({ locale: 'ar', pageSize: '10', ...query })
      .set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    app = await startStrapi();
    journalist = (await adminWithRole(app.strapi, app.http(), 'Newsroom journalist')).token;
    const page = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`).query({ locale: 'ar' });
    referenceId = page.body.data.documentId;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('finds a topic by its Arabic, English or Persian name, showing its names and QCode, never a document id', async () => {
    for (const search of ['دبلوماسية', 'Diplomacy', 'دیپلماسی']) {
      const found = await picker(journalist, { _q: search });
      expect(found.status).toBe(200);
      const labels = (found.body.results as Option[]).map((option) => option.label);
      expect(labels).toContain('دبلوماسية · diplomacy · دیپلماسی (medtop:20000639)');
    }
    // A topic only IPTC named, by its English name.
    const weatherWarning = await picker(journalist, { _q: 'weather warning' });
    expect(weatherWarning.status).toBe(200);
    expect((weatherWarning.body.results as Option[]).map((option) => option.label)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^weather warning \(medtop:\d{8}\)$/)]),
    );
  });

  it('lists an article’s subjects by the same labels, leaving the ones it has out of the choices', async () => {
    const existing = await app
      .http()
      .get(`/content-manager/relations/${ARTICLE_UID}/${referenceId}/subjects`)
      .query({ locale: 'ar' })
      .set('Authorization', `Bearer ${journalist}`);
    expect(existing.status).toBe(200);
    expect((existing.body.results as Option[]).map((option) => option.label).sort()).toEqual(
      [
        'دبلوماسية · diplomacy · دیپلماسی (medtop:20000639)',
        'علاقات دولية · international relations · روابط بین‌الملل (medtop:20000638)',
        'عمل إرهابي · act of terror · اقدام تروریستی (medtop:20000053)',
      ].sort(),
    );
    const choices = await picker(journalist, { _q: 'دبلوماسية', id: referenceId });
    expect(choices.status).toBe(200);
    expect(choices.body.results).toEqual([]);
  });

  it('keeps the label in step with the names an editor changes, and gives labels to topics stored without one', async () => {
    const admin = (await adminSession(app.strapi, app.http())).token;
    const topics = app.strapi.db.query(MEDIA_TOPIC_UID);
    const economy: { documentId: string } = await topics.findOne({ where: { code: 'medtop:20000344' } });
    const renamed = await app
      .http()
      .put(`/content-manager/collection-types/${MEDIA_TOPIC_UID}/${economy.documentId}`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ names: { en: 'economy', ar: 'الاقتصاد' }, label: 'typed by hand' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.data.label).toBe('الاقتصاد · economy (medtop:20000344)');
    expect((await picker(journalist, { _q: 'الاقتصاد' })).body.results.map((option: Option) => option.label)).toContain(
      'الاقتصاد · economy (medtop:20000344)',
    );

    await topics.updateMany({ where: { code: { $in: ['medtop:20000344', 'medtop:11000000'] } }, data: { label: null } });
    expect(await app.strapi.plugin('newsroom').service('mediaTopics').backfillLabels()).toBe(2);
    expect((await topics.findOne({ where: { code: 'medtop:11000000' } })).label).toBe('سياسة · politics · سیاست (medtop:11000000)');
    expect(await app.strapi.plugin('newsroom').service('mediaTopics').backfillLabels()).toBe(0);
  });

  it('configures the content manager to name topics by their label', async () => {
    const configuration = await app
      .http()
      .get(`/content-manager/content-types/${ARTICLE_UID}/configuration`)
      .set('Authorization', `Bearer ${journalist}`);
    expect(configuration.status).toBe(200);
    expect(configuration.body.data.contentType.metadatas.subjects.edit.mainField).toBe('label');
  });
});

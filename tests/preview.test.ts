import { parseDocument, DomUtils } from 'htmlparser2';
import { ARTICLE_UID, EXPERT_UID } from '../src/plugins/newsroom/server/src/constants';
import { PREVIEW_LINK_SECONDS } from '../src/plugins/newsroom/server/src/services/preview-links';
import { adminSession, adminWithRole } from './helpers/admin';
import { readSharedReference, REFERENCE_SLUG, REFERENCE_TITLE } from './helpers/reference';
import { startStrapi, type TestApp } from './helpers/strapi';

const PREVIEW_URL = `/content-manager/preview/url/${ARTICLE_UID}`;
const CM = `/content-manager/collection-types/${ARTICLE_UID}`;

type Page = ReturnType<typeof parseDocument>;
const byTestId = (page: Page, id: string) =>
  DomUtils.findAll((node) => node.attribs['data-testid'] === id, page.children);
const textOf = (page: Page, id: string): string[] => byTestId(page, id).map((node) => DomUtils.textContent(node));

describe('the edit view’s preview: a signed link to a reader-like page of the version', () => {
  let app: TestApp;
  let documentId: string;
  let journalist: string;

  const previewUrl = (token: string, query: Record<string, string>) =>
    app.http().get(PREVIEW_URL).query(query).set('Authorization', `Bearer ${token}`);

  /** The link the content manager's handler gives the journalist, as path and query. */
  const linkFor = async (query: Record<string, string>, token = journalist): Promise<URL> => {
    const response = await previewUrl(token, query);
    expect(response.status).toBe(200);
    return new URL(response.body.data.url as string, 'http://admin.invalid');
  };
  const open = (link: URL) => app.http().get(`${link.pathname}${link.search}`);
  const withParam = (link: URL, name: string, value: string): URL => {
    const changed = new URL(link);
    changed.searchParams.set(name, value);
    return changed;
  };

  beforeAll(async () => {
    app = await startStrapi();
    const page = await app.http().get(`/api/newsroom/articles/slug/${encodeURIComponent(REFERENCE_SLUG)}`).query({ locale: 'ar' });
    documentId = page.body.data.documentId;
    journalist = (await adminWithRole(app.strapi, app.http(), 'Newsroom journalist')).token;
  }, 180_000);

  afterAll(async () => {
    await app?.stop();
  });

  it('gives a journalist a link for an article, served by the plugin, and none for other types', async () => {
    const link = await linkFor({ documentId, locale: 'ar', status: 'draft' });
    expect(link.pathname).toBe(`/newsroom/preview/articles/${documentId}`);
    expect(link.searchParams.get('locale')).toBe('ar');
    expect(link.searchParams.get('status')).toBe('draft');
    const expires = Number(link.searchParams.get('expires'));
    expect(expires - Date.now() / 1000).toBeGreaterThan(PREVIEW_LINK_SECONDS - 30);
    expect(expires - Date.now() / 1000).toBeLessThanOrEqual(PREVIEW_LINK_SECONDS);

    const expert = await app.strapi.documents(EXPERT_UID).findFirst({ locale: 'ar' });
    const other = await app
      .http()
      .get(`/content-manager/preview/url/${EXPERT_UID}`)
      .query({ documentId: expert!.documentId, locale: 'ar' })
      .set('Authorization', `Bearer ${journalist}`);
    expect(other.status).toBe(204);
  });

  it('serves the draft’s text verbatim, right to left, with its quotes attributed, uncached and unindexed', async () => {
    const response = await open(await linkFor({ documentId, locale: 'ar', status: 'draft' }));
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['x-robots-tag']).toBe('noindex, nofollow');
    expect(response.headers['content-security-policy']).toMatch(/frame-ancestors 'self'/);
    expect(response.headers['content-security-policy']).toMatch(/script-src 'nonce-[^']+'/);
    expect(response.headers['content-security-policy']).not.toContain('unsafe-inline');

    const page = parseDocument(response.text);
    const html = DomUtils.findOne((node) => node.name === 'html', page.children)!;
    expect(html.attribs).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(textOf(page, 'preview-marker')).toEqual(['معاينة المسودة']);
    expect(textOf(page, 'preview-title')).toEqual([REFERENCE_TITLE]);

    const shared = readSharedReference();
    if (!shared) throw new Error('../shared/seeds/reference-article.ar.txt is needed to check the preview');
    expect(shared.title).toBe(REFERENCE_TITLE);
    const body = byTestId(page, 'preview-body')[0];
    const lines = DomUtils.findAll((node) => ['p', 'h2'].includes(node.name), [body]).map((node) => DomUtils.textContent(node));
    expect(lines).toEqual(shared.bodyLines);

    const quotes = DomUtils.findAll((node) => node.name === 'blockquote', byTestId(page, 'preview-quotes'));
    expect(quotes).toHaveLength(5);
    const speakers = quotes.map((quote) => DomUtils.textContent(DomUtils.findOne((node) => node.name === 'cite', [quote])!));
    expect(speakers).toEqual(expect.arrayContaining(['جون هيربست', 'سيرجي لافروف']));
    expect(speakers.every((name) => name.length > 0)).toBe(true);
    expect(textOf(page, 'preview-key-figures')[0]).toContain('227,000,000');
    expect(textOf(page, 'preview-sources')[0]).toContain('بلومبرغ');
  });

  it('shows the draft, not the published version, once the draft changes; the published link shows what is live', async () => {
    const draftTitle = `${REFERENCE_TITLE} (مسودة معدلة)`;
    const updated = await app
      .http()
      .put(`${CM}/${documentId}`)
      .query({ locale: 'ar' })
      .set('Authorization', `Bearer ${journalist}`)
      .send({ title: draftTitle });
    expect(updated.status).toBe(200);

    const draft = parseDocument((await open(await linkFor({ documentId, locale: 'ar', status: 'modified' }))).text);
    expect(textOf(draft, 'preview-title')).toEqual([draftTitle]);
    expect(textOf(draft, 'preview-marker')).toEqual(['معاينة المسودة']);
    const published = parseDocument((await open(await linkFor({ documentId, locale: 'ar', status: 'published' }))).text);
    expect(textOf(published, 'preview-title')).toEqual([REFERENCE_TITLE]);
    expect(textOf(published, 'preview-marker')).toEqual(['النسخة المنشورة']);
  });

  it('announces the draft’s embargo, in the article’s language', async () => {
    const until = new Date(Date.now() + 86_400_000).toISOString();
    const embargoed = await app.strapi.documents(ARTICLE_UID).create({
      locale: 'ar',
      data: { title: 'مقال محظور', embargoUntil: until, body: [{ type: 'paragraph', children: [{ type: 'text', text: 'نص' }] }] },
    });
    const link = await linkFor({ documentId: embargoed.documentId, locale: 'ar', status: 'draft' });
    const page = parseDocument((await open(link)).text);
    const notice = byTestId(page, 'preview-embargo');
    expect(notice).toHaveLength(1);
    expect(DomUtils.textContent(notice[0])).toMatch(/^محظور النشر حتى .+ \u2066Asia\/Riyadh\u2069$/);
    expect(DomUtils.findOne((node) => node.name === 'time', notice)!.attribs.datetime).toBe(until);
  });

  it('refuses a link altered, expired or for another document, in the link’s language, and never a page', async () => {
    const link = await linkFor({ documentId, locale: 'ar', status: 'draft' });
    const signature = link.searchParams.get('signature')!;
    const flipped = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
    const other = await app.strapi.documents(ARTICLE_UID).create({
      locale: 'ar',
      data: { title: 'مقال آخر', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'نص' }] }] },
    });
    const otherDocument = new URL(link);
    otherDocument.pathname = `/newsroom/preview/articles/${other.documentId}`;

    for (const tampered of [
      withParam(link, 'signature', flipped),
      withParam(link, 'expires', String(Number(link.searchParams.get('expires')) + 3600)),
      withParam(link, 'status', 'published'),
      withParam(link, 'locale', 'en'),
      otherDocument,
    ]) {
      const response = await open(tampered);
      expect(response.status).toBe(403);
      expect(response.headers['cache-control']).toBe('no-store');
      const page = parseDocument(response.text);
      expect(byTestId(page, 'preview-refusal')[0].attribs['data-reason']).toBe('linkInvalid');
      expect(byTestId(page, 'preview-title')).toHaveLength(0);
    }

    const unsigned = new URL(link);
    unsigned.searchParams.delete('signature');
    const missing = await open(unsigned);
    expect(missing.status).toBe(400);
    expect(missing.body.error.details.errors[0].path).toEqual(['signature']);

    // A genuine link, opened after its time.
    const now = Date.now();
    const later = jest.spyOn(Date, 'now').mockReturnValue(now + (PREVIEW_LINK_SECONDS + 1) * 1000);
    try {
      const expired = await open(link);
      expect(expired.status).toBe(403);
      expect(byTestId(parseDocument(expired.text), 'preview-refusal')[0].attribs['data-reason']).toBe('linkExpired');
      expect(expired.text).toContain('انتهت صلاحية رابط المعاينة');
    } finally {
      later.mockRestore();
    }
  });

  it('gives no link to a role that may not read the locale, and answers 404 for a version that does not exist', async () => {
    const englishOnly = (
      await adminSession(app.strapi, app.http(), [
        { action: 'plugin::content-manager.explorer.read', subject: ARTICLE_UID, properties: { locales: ['en'] } },
      ])
    ).token;
    const refused = await previewUrl(englishOnly, { documentId, locale: 'ar', status: 'draft' });
    expect(refused.status).toBe(204);
    expect(refused.body.data?.url).toBeUndefined();
    const noArticles = (await adminSession(app.strapi, app.http(), [])).token;
    expect((await previewUrl(noArticles, { documentId, locale: 'ar', status: 'draft' })).status).toBe(204);

    // The reference has no Russian version: a valid link to it finds nothing.
    const missing = await open(await linkFor({ documentId, locale: 'ru', status: 'draft' }));
    expect(missing.status).toBe(404);
    expect(byTestId(parseDocument(missing.text), 'preview-refusal')[0].attribs['data-reason']).toBe('notFound');
  });

  it('is never answered from the response cache', async () => {
    const link = await linkFor({ documentId, locale: 'ar', status: 'draft' });
    await open(link);
    const second = await open(link);
    expect(second.headers['x-cache']).toBeUndefined();
    expect(second.headers.etag).toBeUndefined();
    expect(second.headers['cache-control']).toBe('no-store');
  });
});

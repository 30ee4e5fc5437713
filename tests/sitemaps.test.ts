import { parseDocument } from 'htmlparser2';
import { listTag } from '../src/plugins/newsroom/server/src/cache/keys';
import { ARTICLE_UID } from '../src/plugins/newsroom/server/src/constants';
import { postArticle } from './helpers/articles';
import { REFERENCE_SLUG, REFERENCE_TITLE } from './helpers/reference';
import { createSecondArticle, SECOND_ARTICLE, type SecondArticle } from './helpers/second-article';
import { createApiToken, quiesce, startStrapi, type TestApp } from './helpers/strapi';
import { validateSitemap } from './helpers/validators';

const SITE = 'http://localhost:3000';
const articleUrl = (locale: string, slug: string) => `${SITE}/${locale}/articles/${encodeURIComponent(slug)}`;

interface Element {
  name: string;
  attribs: Record<string, string>;
  children: Node[];
}
type Node = Element | { type: string; data?: string };

// Processing instructions (<?xml ...?>) have a name too, but no children.
const isElement = (node: Node): node is Element => 'name' in node && 'children' in node;

const elements = (nodes: Node[], name: string): Element[] =>
  nodes.flatMap((node) => (isElement(node) ? [...(node.name === name ? [node] : []), ...elements(node.children, name)] : []));

const text = (node: Element): string =>
  node.children.map((child) => (isElement(child) ? text(child) : (child.data ?? ''))).join('');

/** The <url> entries of a sitemap: loc, and its children by name. */
const urls = (xml: string) =>
  elements(parseDocument(xml, { xmlMode: true }).children as Node[], 'url').map((url) => ({
    loc: text(elements(url.children, 'loc')[0]),
    lastmod: elements(url.children, 'lastmod').map(text)[0],
    alternates: elements(url.children, 'xhtml:link').map((link) => [link.attribs.hreflang, link.attribs.href]),
    news: elements(url.children, 'news:news').map((news) => ({
      name: text(elements(news.children, 'news:name')[0]),
      language: text(elements(news.children, 'news:language')[0]),
      date: text(elements(news.children, 'news:publication_date')[0]),
      title: text(elements(news.children, 'news:title')[0]),
    }))[0],
  }));

describe('sitemaps for search engines', () => {
  let app: TestApp;
  // A change behind the Document Service (the configuration, a direct database write) purges as a writer would.
  const purgeArticleLists = () =>
    app.strapi.plugin('newsroom').service('responseCache').purgeAfterWrite([listTag(ARTICLE_UID)]);
  let token: string;
  let second: SecondArticle;

  const get = (path: string, query: Record<string, string> = {}) => app.http().get(`/api/newsroom/sitemaps/${path}`).query(query);

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
    second = await createSecondArticle(app, token);
    // A draft and a hostile title: neither may break or leak into a sitemap.
    const draft = await postArticle(app, token, { locale: 'ar' }, { title: 'مسودة لا تنشر', body: [{ type: 'paragraph', children: [{ type: 'text', text: 'نص' }] }] });
    expect(draft.status).toBe(201);
    await quiesce(app.strapi);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('lists every published article version once, with lastmod, valid against the sitemap schemas', async () => {
    const response = await get('articles.xml');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(response.headers.etag).toEqual(expect.any(String));
    expect(await validateSitemap(response.text, 'urlset')).toEqual([]);
    const entries = urls(response.text);
    expect(entries.map((entry) => entry.loc).sort()).toEqual(
      [articleUrl('ar', REFERENCE_SLUG), articleUrl('ar', second.slugs.ar), articleUrl('en', second.slugs.en)].sort()
    );
    for (const entry of entries) expect(new Date(entry.lastmod).toISOString()).toBe(entry.lastmod);
    expect(response.text).not.toContain(encodeURIComponent('مسودة'));
  });

  it('is checked by a validator that refuses what the protocol and its extensions forbid', async () => {
    const sitemap = (await get('articles.xml')).text;
    const news = (await get('news.xml')).text;
    expect(await validateSitemap(sitemap.replace(/<lastmod>[^<]*/, '<lastmod>yesterday'), 'urlset')).not.toEqual([]);
    expect(await validateSitemap(sitemap.replace('hreflang="x-default"', 'hreflang="default"'), 'urlset')).not.toEqual([]);
    expect(await validateSitemap(news.replace(/<news:language>ar</, '<news:language>Arabic<'), 'urlset')).not.toEqual([]);
    expect(await validateSitemap(news.replace(/<news:title>[^<]*<\/news:title>/, ''), 'urlset')).not.toEqual([]);
    expect(await validateSitemap(sitemap, 'index')).not.toEqual([]);
  });

  it('gives each localized version its alternates, x-default pointing at the source locale', async () => {
    const entries = urls((await get('articles.xml')).text);
    const expected = [
      ['ar', articleUrl('ar', second.slugs.ar)],
      ['en', articleUrl('en', second.slugs.en)],
      // Written in English first: English is the source.
      ['x-default', articleUrl('en', second.slugs.en)],
    ];
    expect(entries.find((entry) => entry.loc === articleUrl('ar', second.slugs.ar))?.alternates).toEqual(expected);
    expect(entries.find((entry) => entry.loc === articleUrl('en', second.slugs.en))?.alternates).toEqual(expected);
    expect(entries.find((entry) => entry.loc === articleUrl('ar', REFERENCE_SLUG))?.alternates).toEqual([]);
  });

  it('becomes an index of pages past the page size, each page valid and the index valid', async () => {
    const config = app.strapi.config.get<{ pageSize: number }>('plugin::newsroom.sitemaps');
    app.strapi.config.set('plugin::newsroom.sitemaps', { pageSize: 2 });
    await purgeArticleLists();
    try {
      const index = await get('articles.xml');
      expect(await validateSitemap(index.text, 'index')).toEqual([]);
      const pages = elements(parseDocument(index.text, { xmlMode: true }).children as Node[], 'loc').map(text);
      expect(pages).toEqual([1, 2].map((page) => `${app.strapi.config.get('server.absoluteUrl')}/api/newsroom/sitemaps/articles.xml?page=${page}`));
      const first = await get('articles.xml', { page: '1' });
      const last = await get('articles.xml', { page: '2' });
      expect(await validateSitemap(first.text, 'urlset')).toEqual([]);
      expect(urls(first.text)).toHaveLength(2);
      expect(urls(last.text)).toHaveLength(1);
      expect((await get('articles.xml', { page: '3' })).status).toBe(404);
    } finally {
      app.strapi.config.set('plugin::newsroom.sitemaps', config);
      await purgeArticleLists();
    }
    const bad = await get('articles.xml', { page: '0' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^page: /);
    expect((await get('articles.xml', { limit: '5' })).status).toBe(400);
  });

  it('lists in the news sitemap what was first published in the last two days, with publication, language and title', async () => {
    const response = await get('news.xml');
    expect(response.status).toBe(200);
    expect(await validateSitemap(response.text, 'urlset')).toEqual([]);
    const entries = urls(response.text);
    expect(entries.map((entry) => [entry.loc, entry.news.language, entry.news.title]).sort()).toEqual(
      [
        [articleUrl('ar', REFERENCE_SLUG), 'ar', REFERENCE_TITLE],
        [articleUrl('ar', second.slugs.ar), 'ar', SECOND_ARTICLE.ar.title],
        [articleUrl('en', second.slugs.en), 'en', SECOND_ARTICLE.en.title],
      ].sort()
    );
    expect(new Set(entries.map((entry) => entry.news.name))).toEqual(new Set(['Newsroom']));

    // Three days old: out of the news sitemap, still in the article sitemap.
    const threeDaysAgo = new Date(Date.now() - 3 * 24 * 3600 * 1000).toISOString();
    await app.strapi.db
      .query(ARTICLE_UID)
      .updateMany({ where: { documentId: second.documentId }, data: { firstPublishedAt: threeDaysAgo } });
    await purgeArticleLists();
    const later = urls((await get('news.xml')).text).map((entry) => entry.loc);
    expect(later).toEqual([articleUrl('ar', REFERENCE_SLUG)]);
    expect(urls((await get('articles.xml')).text)).toHaveLength(3);
  });

  it('stays valid XML with a title XML cannot carry as typed', async () => {
    const body = [{ type: 'paragraph', children: [{ type: 'text', text: 'Text.' }] }];
    const title = 'Moscow <script>alert(1)</script> & the\u000B Taliban';
    // The API refuses a control character in a title now; one stored before (or by SQL) must still give valid XML.
    expect((await postArticle(app, token, { locale: 'en', status: 'published' }, { title, body })).status).toBe(400);
    const hostile = await postArticle(app, token, { locale: 'en', status: 'published' }, { title: 'Moscow and the Taliban', body });
    expect(hostile.status).toBe(201);
    await app.strapi.db.query(ARTICLE_UID).updateMany({ where: { documentId: hostile.body.data.documentId }, data: { title } });
    await purgeArticleLists();
    const response = await get('news.xml');
    expect(await validateSitemap(response.text, 'urlset')).toEqual([]);
    expect(urls(response.text).map((entry) => entry.news.title)).toContain('Moscow <script>alert(1)</script> & the Taliban');
  });
});

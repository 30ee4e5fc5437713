import { DomUtils, parseDocument } from 'htmlparser2';
import { createApiToken, startStrapi, type TestApp } from './helpers/strapi';

/**
 * Markup in what journalists write (titles, standfirsts, bodies, quotes, names) is data: the JSON API
 * gives it back as written; every other output escapes it for where it goes, so that a reader, a feed
 * reader or a page embedding the JSON-LD shows it as text and never runs it.
 */

const HOSTILE = {
  // Entity-shaped text is text too: a piece about HTML may well write "&lt;".
  title: 'Breaking </script><script>alert(1)</script> & &lt;i&gt; <!-- \u2028\u2029 -->',
  standfirst: '<script>alert("standfirst")</script></SCRIPT> <img src=x onerror=alert(2)> & more',
  byline: '<img src=x onerror=alert(3)> Jane </script>',
  paragraph: 'A paragraph with <script>alert(4)</script>, </script> and &lt;script&gt; in it & an ampersand.',
  heading: '<h1>not a heading</h1>',
  quote: '<script>alert(5)</script></script> said nobody',
  tag: '<b onmouseover=alert(6)>Tag</b>',
  expert: '</script><script>alert(7)</script>',
  correction: '<script>alert(8)</script> corrected',
};

const SLUG = 'hostile-markup';

const elements = (root: Parameters<typeof DomUtils.getElementsByTagName>[1], name: string) =>
  DomUtils.getElementsByTagName(name, root, true);

/** HTML as a browser or feed reader would parse it: the elements the text would have smuggled in, and the text. */
const asHtml = (html: string) => {
  const document = parseDocument(html);
  return {
    smuggled: ['script', 'img', 'h1', 'b'].flatMap((name) => elements(document, name)).length,
    text: DomUtils.textContent(document),
  };
};

/** The text of the first `name` child of each feed entry, unescaped once, as an XML parser reads it. */
const feedTexts = (xml: string, entry: 'item' | 'entry', name: string): string[] =>
  elements(parseDocument(xml, { xmlMode: true }), entry).map((node) => {
    const [child] = elements(node, name);
    return child ? DomUtils.textContent(child) : '';
  });

describe('markup in what journalists write', () => {
  let app: TestApp;
  let token: string;

  const api = (method: 'get' | 'post', path: string) =>
    app.http()[method](`/api/newsroom${path}`).set('Authorization', `Bearer ${token}`);
  const publicText = async (path: string, query: Record<string, string> = {}) => {
    const response = await app
      .http()
      .get(`/api/newsroom${path}`)
      .query(query)
      .buffer(true)
      .parse((res, done) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => done(null, body));
      });
    expect(response.status).toBe(200);
    return response.body as string;
  };

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
    const tag = await api('post', '/tags')
      .query({ locale: 'en' })
      .send({ data: { name: HOSTILE.tag, type: 'topic' } });
    const expert = await api('post', '/experts')
      .query({ locale: 'en' })
      .send({ data: { name: HOSTILE.expert } });
    expect([tag.status, expert.status]).toEqual([201, 201]);
    const article = await api('post', '/articles')
      .query({ locale: 'en', status: 'published' })
      .send({
        data: {
          title: HOSTILE.title,
          slug: SLUG,
          standfirst: HOSTILE.standfirst,
          byline: HOSTILE.byline,
          body: [
            { type: 'heading', level: 2, children: [{ type: 'text', text: HOSTILE.heading }] },
            { type: 'paragraph', children: [{ type: 'text', text: HOSTILE.paragraph }] },
          ],
          quotes: [{ text: HOSTILE.quote, kind: 'direct', expert: expert.body.data.documentId }],
          tags: [tag.body.data.documentId],
          experts: [expert.body.data.documentId],
        },
      });
    expect(article.status).toBe(201);
    const correction = await api('post', `/articles/${article.body.data.documentId}/corrections`)
      .query({ locale: 'en' })
      .send({ data: { kind: 'correction', text: HOSTILE.correction } });
    expect(correction.status).toBe(201);
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('comes back from the JSON API exactly as written', async () => {
    const { body } = await app.http().get(`/api/newsroom/articles/slug/${SLUG}`).query({ locale: 'en' });
    expect(body.data).toMatchObject({
      title: HOSTILE.title,
      standfirst: HOSTILE.standfirst,
      byline: HOSTILE.byline,
      body: [
        { type: 'heading', children: [{ text: HOSTILE.heading }] },
        { type: 'paragraph', children: [{ text: HOSTILE.paragraph }] },
      ],
      quotes: [{ text: HOSTILE.quote, expert: { name: HOSTILE.expert } }],
      tags: [{ name: HOSTILE.tag }],
      corrections: [{ text: HOSTILE.correction }],
    });
  });

  describe('JSON-LD', () => {
    it('holds no <, >, &, U+2028 or U+2029, and parses to the same text', async () => {
      const raw = await publicText(`/articles/slug/${SLUG}/jsonld`, { locale: 'en' });
      expect(raw).not.toMatch(/[<>&\u2028\u2029]/);
      const data = JSON.parse(raw);
      expect(data).toMatchObject({
        headline: HOSTILE.title,
        description: HOSTILE.standfirst,
        author: { name: HOSTILE.byline },
        hasPart: [{ text: HOSTILE.quote, spokenByCharacter: { name: HOSTILE.expert } }],
        correction: [{ text: HOSTILE.correction }],
      });
      const things = [...(data.about ?? []), ...(data.mentions ?? [])] as { name: string }[];
      expect(things.map((thing) => thing.name)).toContain(HOSTILE.tag);
    });

    it('stays one script element when embedded in a page, and gives back the same data', async () => {
      const raw = await publicText(`/articles/slug/${SLUG}/jsonld`, { locale: 'en' });
      const page = parseDocument(
        `<html><head><script type="application/ld+json">${raw}</script></head><body><p>after</p></body></html>`,
      );
      const scripts = elements(page, 'script');
      expect(scripts).toHaveLength(1);
      expect(JSON.parse(DomUtils.textContent(scripts[0]))).toEqual(JSON.parse(raw));
      expect(elements(page, 'p').map((node) => DomUtils.textContent(node))).toEqual(['after']);
    });
  });

  it('is escaped in the ninjs HTML body and plain in its text fields', async () => {
    const item = JSON.parse(await publicText(`/articles/slug/${SLUG}/ninjs`, { locale: 'en' }));
    const html = asHtml(item.bodies.find((body: { contentType: string }) => body.contentType === 'text/html').value);
    expect(html.smuggled).toBe(0);
    expect(html.text).toBe(HOSTILE.heading + HOSTILE.paragraph);
    expect(item.headlines[0].value).toBe(HOSTILE.title);
    expect(item.by).toBe(HOSTILE.byline);
  });

  it('is text in the Google News sitemap', async () => {
    const xml = await publicText('/sitemaps/news.xml');
    const titles = elements(parseDocument(xml, { xmlMode: true }), 'news:title').map((node) =>
      DomUtils.textContent(node),
    );
    expect(titles).toContain(HOSTILE.title);
  });

  describe('feeds', () => {
    it('RSS: the title is text, the description and the full text are HTML that shows the text as written', async () => {
      const xml = await publicText('/feeds/rss', { locale: 'en' });
      expect(xml).not.toMatch(/<(script|img)/i);
      expect(feedTexts(xml, 'item', 'title')).toEqual([HOSTILE.title]);
      // RSS 2.0's description is HTML: the standfirst, which is text, must reach the reader as text.
      const [description] = feedTexts(xml, 'item', 'description');
      expect(asHtml(description)).toEqual({ smuggled: 0, text: HOSTILE.standfirst });
      const [content] = feedTexts(xml, 'item', 'content:encoded');
      const body = asHtml(content);
      expect(body.smuggled).toBe(0);
      expect(body.text).toContain(HOSTILE.paragraph);
      expect(body.text).toContain(HOSTILE.correction);
      expect(feedTexts(xml, 'item', 'dc:creator')).toEqual([HOSTILE.byline]);
    });

    it('Atom: title and summary are text, the content is HTML that shows the text as written', async () => {
      const xml = await publicText('/feeds/atom', { locale: 'en' });
      expect(xml).not.toMatch(/<(script|img)/i);
      expect(feedTexts(xml, 'entry', 'title')).toEqual([HOSTILE.title]);
      expect(feedTexts(xml, 'entry', 'summary')).toEqual([HOSTILE.standfirst]);
      const [content] = feedTexts(xml, 'entry', 'content');
      const body = asHtml(content);
      expect(body.smuggled).toBe(0);
      expect(body.text).toContain(HOSTILE.paragraph);
      expect(body.text).toContain(HOSTILE.correction);
    });
  });
});

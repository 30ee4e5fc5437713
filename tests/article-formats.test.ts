import { BlocksRenderer, type BlocksContent } from '@strapi/blocks-react-renderer';
import { parseDocument, DomUtils } from 'htmlparser2';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { postArticle } from './helpers/articles';
import { paragraphs } from './helpers/blocks';
import { readSharedReference, REFERENCE_SLUG, REFERENCE_TITLE } from './helpers/reference';
import { createSecondArticle, SECOND_ARTICLE, type SecondArticle } from './helpers/second-article';
import { createApiToken, startStrapi, type TestApp } from './helpers/strapi';
import { expandJsonLd, ninjsValidator, parseFeed, toNQuads } from './helpers/validators';

const path = (slug: string, suffix = '') => `/api/newsroom/articles/slug/${encodeURIComponent(slug)}${suffix}`;
const SCHEMA = 'https://schema.org/';

type Expanded = Record<string, { '@value'?: unknown; '@id'?: string; '@type'?: string[] }[]> & { '@type'?: string[] };

const values = (node: Expanded, property: string) => (node[SCHEMA + property] ?? []).map((entry) => entry['@value']);
const nodes = (node: Expanded, property: string) => (node[SCHEMA + property] ?? []) as unknown as Expanded[];

const HOSTILE_TITLE = 'Breaking </script><script>alert(1)</script> <!-- & "quotes"';

describe('the article in standard formats', () => {
  let app: TestApp;
  let token: string;
  let second: SecondArticle;
  const validateNinjs = ninjsValidator();

  const text = async (url: string, query: Record<string, string> = {}) => {
    const response = await app
      .http()
      .get(url)
      .query(query)
      .buffer(true)
      .parse((res, callback) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => callback(null, body));
      });
    expect(response.status).toBe(200);
    return { body: response.body as string, type: response.headers['content-type'] as string };
  };

  beforeAll(async () => {
    app = await startStrapi();
    token = await createApiToken(app.strapi);
    second = await createSecondArticle(app, token);
    const hostile = await postArticle(
      app,
      token,
      { locale: 'en', status: 'published' },
      {
        title: HOSTILE_TITLE,
        slug: 'hostile-text',
        standfirst: '</SCRIPT> in the standfirst\u000b, pasted from a word processor',
        body: paragraphs('A paragraph with <script>alert(2)</script> in it.'),
      },
    );
    expect(hostile.status).toBe(201);
  });

  afterAll(async () => {
    await app?.stop();
  });

  describe('JSON-LD', () => {
    // jsonld.js checks the document is JSON-LD that expands and converts to RDF; that its property names are
    // schema.org's is checked when the plugin compiles (formats/json-ld.ts is typed with schema-dts).
    it('is an AnalysisNewsArticle that a JSON-LD processor expands, with the expected values', async () => {
      const { body, type } = await text(path(REFERENCE_SLUG, '/jsonld'));
      expect(type).toMatch(/^application\/ld\+json/);
      const [article] = (await expandJsonLd(JSON.parse(body))) as Expanded[];
      expect(article['@type']).toEqual([`${SCHEMA}AnalysisNewsArticle`]);
      expect(values(article, 'headline')).toEqual([REFERENCE_TITLE]);
      expect(values(article, 'inLanguage')).toEqual(['ar']);
      expect(values(article, 'wordCount')).toEqual([443]);
      expect(values(article, 'timeRequired')).toEqual(['PT4M']);
      expect(values(article, 'datePublished')[0]).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));
      expect(values(article, 'dateModified')).toHaveLength(1);
      expect(nodes(article, 'publisher')[0]['@type']).toEqual([`${SCHEMA}NewsMediaOrganization`]);
      expect(nodes(article, 'author')).toHaveLength(1);

      const about = nodes(article, 'about');
      // Its IPTC Media Topics, then the tags its headline names.
      expect(about.map((node) => values(node, 'name')[0]).sort()).toEqual(
        ['علاقات دولية', 'دبلوماسية', 'عمل إرهابي', 'داعش', 'روسيا', 'طالبان'].sort()
      );
      const russia = about.find((node) => values(node, 'name')[0] === 'روسيا') as Expanded;
      expect(russia['@type']).toEqual([`${SCHEMA}Country`]);
      expect(nodes(russia, 'sameAs')[0]['@id']).toBe('https://www.wikidata.org/wiki/Q159');
      const mentioned = nodes(article, 'mentions').map((node) => node['@type']?.[0]);
      for (const kind of ['Person', 'Organization', 'Country', 'Place', 'Event'])
        expect(mentioned).toContain(SCHEMA + kind);

      expect(nodes(article, 'citation').map((node) => values(node, 'name')[0])).toHaveLength(3);
      const quotations = nodes(article, 'hasPart');
      expect(quotations).toHaveLength(5);
      expect(quotations.every((quote) => quote['@type']?.[0] === `${SCHEMA}Quotation`)).toBe(true);
      const herbst = quotations
        .map((quote) => nodes(quote, 'spokenByCharacter')[0])
        .find((speaker) => values(speaker, 'name')[0] === 'جون هيربست') as Expanded;
      expect(herbst['@type']).toEqual([`${SCHEMA}Person`]);
      expect(values(herbst, 'jobTitle')).toEqual(['المدير الأول لمركز أوراسيا']);
      expect(values(nodes(herbst, 'affiliation')[0], 'name')).toEqual(['مركز أوراسيا التابع للمجلس الأطلسي']);

      expect((await toNQuads(JSON.parse(body))).length).toBeGreaterThan(0);
    });

    it('links the original and its translation with workTranslation and translationOfWork', async () => {
      const [en] = (await expandJsonLd(
        JSON.parse((await text(path(SECOND_ARTICLE.en.slug, '/jsonld'))).body),
      )) as Expanded[];
      const [ar] = (await expandJsonLd(
        JSON.parse((await text(path(SECOND_ARTICLE.ar.slug, '/jsonld'))).body),
      )) as Expanded[];
      const translation = nodes(en, 'workTranslation');
      expect(translation.map((node) => values(node, 'inLanguage')[0])).toEqual(['ar']);
      expect(translation[0]['@id']).toBe(ar['@id']);
      const original = nodes(ar, 'translationOfWork');
      expect(original[0]['@id']).toBe(en['@id']);
      expect(ar[`${SCHEMA}workTranslation`]).toBeUndefined();
      expect(values(nodes(en, 'author')[0], 'name')).toEqual(['Jane Doe']);
    });

    it('cannot break out of the <script> element it is embedded in', async () => {
      const { body } = await text(path('hostile-text', '/jsonld'));
      const html = `<html><head><script type="application/ld+json">${body}</script></head><body><p>page</p></body></html>`;
      const document = parseDocument(html);
      const scripts = DomUtils.getElementsByTagName('script', document);
      expect(scripts).toHaveLength(1);
      const embedded = JSON.parse(DomUtils.textContent(scripts[0]));
      expect(embedded.headline).toBe(HOSTILE_TITLE);
      expect(embedded.description).toBe('</SCRIPT> in the standfirst\u000b, pasted from a word processor');
      expect(body).not.toMatch(/<\/script/i);
    });
  });

  describe('IPTC ninjs 3.0', () => {
    const ninjs = async (slug: string) => JSON.parse((await text(path(slug, '/ninjs'))).body);

    it.each([
      ['the reference article (ar)', REFERENCE_SLUG],
      ['the second article (en)', SECOND_ARTICLE.en.slug],
      ['its translation (ar)', SECOND_ARTICLE.ar.slug],
      ['an article with hostile text', 'hostile-text'],
    ])('validates against the IPTC schema: %s', async (_label, slug) => {
      const item = await ninjs(slug);
      const valid = validateNinjs(item);
      expect(validateNinjs.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    });

    it('carries headlines, bodies, dates, people, organisations, places, events and subjects', async () => {
      const item = await ninjs(SECOND_ARTICLE.en.slug);
      expect(item).toMatchObject({
        type: 'text',
        language: 'en',
        pubStatus: 'usable',
        by: 'Jane Doe',
        headlines: [
          { role: 'main', value: SECOND_ARTICLE.en.title },
          { role: 'subheadline', value: SECOND_ARTICLE.en.standfirst },
        ],
      });
      expect(item.uri).toBe(`tag:newsroom.example,2026:article:${second.documentId}:en`);
      for (const field of ['firstCreated', 'versionCreated', 'contentCreated'])
        expect(item[field]).toEqual(expect.any(String));
      const html = item.bodies.find((body: { contentType: string }) => body.contentType === 'text/html');
      const plain = item.bodies.find((body: { contentType: string }) => body.contentType === 'text/plain');
      expect(html.value).toContain(`<h2>${SECOND_ARTICLE.en.heading}</h2>`);
      expect(plain.value).toContain(SECOND_ARTICLE.en.paragraphs[1]);
      expect(item.people).toEqual([
        expect.objectContaining({ name: 'Vladimir Putin', uri: 'http://www.wikidata.org/entity/Q7747' }),
      ]);
      expect(item.organisations.map((entry: { name: string }) => entry.name)).toEqual([
        'Islamic State Khorasan Province (ISIS-K)',
      ]);
      expect(item.places.map((entry: { name: string }) => entry.name).sort()).toEqual([
        'Afghanistan',
        'Kabul',
        'Russia',
      ]);
      expect(item.places.find((entry: { name: string }) => entry.name === 'Kabul').rel).toBe('about');
      expect(item.events.map((entry: { name: string }) => entry.name)).toEqual(['Crocus City Hall attack']);
      expect(item.subjects.map((entry: { name: string }) => entry.name)).toEqual(['Terrorism']);
      expect(item.associations).toEqual([
        expect.objectContaining({
          rel: 'translation',
          language: 'ar',
          uri: `tag:newsroom.example,2026:article:${second.documentId}:ar`,
        }),
      ]);
    });

    it('marks the Arabic body right to left and escapes hostile text in the HTML body', async () => {
      const reference = await ninjs(REFERENCE_SLUG);
      expect(reference.bodies[0].value).toMatch(/^<div lang="ar" dir="rtl">/);
      const hostile = await ninjs('hostile-text');
      expect(hostile.bodies[0].value).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
      expect(hostile.bodies[0].value).not.toContain('<script>');
    });

    it('marks a draft, read with a token, as withheld', async () => {
      const draft = await postArticle(
        app,
        token,
        { locale: 'en' },
        { title: 'Embargoed analysis', body: paragraphs('Text.') },
      );
      const item = await app
        .http()
        .get(path(draft.body.data.slug, '/ninjs'))
        .query({ status: 'draft' })
        .set('Authorization', `Bearer ${token}`);
      expect(item.body.pubStatus).toBe('withheld');
      expect(validateNinjs(item.body)).toBe(true);
    });

    it('keeps its uri when the slug changes', async () => {
      const before = await ninjs('hostile-text');
      const changed = await app
        .http()
        .put(`/api/newsroom/articles/${before.altIds[0].value}`)
        .query({ locale: 'en', status: 'published' })
        .set('Authorization', `Bearer ${token}`)
        .send({ data: { slug: 'hostile-text-renamed' } });
      expect(changed.status).toBe(200);
      const after = await ninjs('hostile-text-renamed');
      expect(after.uri).toBe(before.uri);
      expect(after.slugline).toBe('hostile-text-renamed');
    });
  });

  describe('RSS and Atom feeds', () => {
    it.each([
      ['rss', /^application\/rss\+xml/],
      ['atom', /^application\/atom\+xml/],
    ])('%s: newest first, Arabic by default, that a feed reader parses', async (format, contentType) => {
      const { body, type } = await text(`/api/newsroom/feeds/${format}`);
      expect(type).toMatch(contentType);
      const feed = await parseFeed(body);
      expect(feed.meta.language).toBe('ar');
      expect(feed.items.map((item) => item.title)).toEqual([SECOND_ARTICLE.ar.title, REFERENCE_TITLE]);
      expect(feed.items[1].link).toContain(encodeURIComponent(REFERENCE_SLUG));
      expect(feed.items[1].categories).toEqual(expect.arrayContaining(['روسيا', 'طالبان']));
      expect(feed.items[1].description).toContain('dir="rtl"');
      expect(feed.items[1].pubdate).toBeInstanceOf(Date);
    });

    it('marks right-to-left in the markup a reader sees', async () => {
      const atom = (await text('/api/newsroom/feeds/atom')).body;
      expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">');
      expect(atom).toMatch(/<summary type="xhtml"><div xmlns="http:\/\/www.w3.org\/1999\/xhtml" dir="rtl">/);
      const rss = (await text('/api/newsroom/feeds/rss')).body;
      expect(rss).toContain('<language>ar</language>');
    });

    it('narrows to one tag and one locale', async () => {
      const tagged = await parseFeed((await text('/api/newsroom/feeds/rss', { tag: 'طالبان' })).body);
      expect(tagged.items.map((item) => item.title)).toEqual([REFERENCE_TITLE]);
      expect(tagged.meta.title).toContain('طالبان');
      const english = await parseFeed((await text('/api/newsroom/feeds/atom', { locale: 'en' })).body);
      expect(english.meta.language).toBe('en');
      expect(english.items.map((item) => item.guid)).toEqual([
        expect.stringMatching(/^tag:newsroom\.example,2026:article:/),
        `tag:newsroom.example,2026:article:${second.documentId}:en`,
      ]);
      const missing = await app.http().get('/api/newsroom/feeds/rss').query({ tag: 'no-such-tag' });
      expect(missing.status).toBe(404);
    });

    it('drops characters XML cannot carry, so one pasted control character does not break the feed', async () => {
      for (const format of ['rss', 'atom']) {
        const body = (await text(`/api/newsroom/feeds/${format}`, { locale: 'en' })).body;
        expect(body).not.toContain('\u000b');
        const feed = await parseFeed(body);
        expect(feed.items[0].summary ?? feed.items[0].description).toContain(
          'in the standfirst, pasted from a word processor',
        );
      }
    });

    it('has the same identity and self link whatever the order of its parameters', async () => {
      const a = (await text('/api/newsroom/feeds/atom', { tag: 'طالبان', locale: 'ar' })).body;
      const b = (await text('/api/newsroom/feeds/atom?locale=ar&tag=' + encodeURIComponent('طالبان'))).body;
      expect(a).toBe(b);
      expect(a).toMatch(/<id>tag:newsroom\.example,2026:feed:ar:tag:[a-z0-9]+<\/id>/);
    });

    it('escapes text, so a hostile title reaches a reader as text and never as markup', async () => {
      const escaped = 'Breaking &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &lt;!-- &amp; "quotes"';
      for (const [format, element] of [
        ['atom', `<title type="text">${escaped}</title>`],
        ['rss', `<title>${escaped}</title>`],
      ]) {
        const body = (await text(`/api/newsroom/feeds/${format}`, { locale: 'en' })).body;
        expect(body).not.toMatch(/<script/i);
        expect(body).toContain(element);
        // feedparser, like many readers, treats titles as HTML and drops the (escaped) tags: text remains.
        const title = (await parseFeed(body)).items[0].title;
        expect(title).toContain('alert(1)');
        expect(title).not.toMatch(/<script/i);
      }
    });
  });

  describe("Strapi's blocks renderer", () => {
    it('renders the reference body to HTML with its four h2 headings and every paragraph, in order', async () => {
      const response = await app.http().get(path(REFERENCE_SLUG));
      const html = renderToStaticMarkup(
        createElement(BlocksRenderer, { content: response.body.data.body as BlocksContent }),
      );
      const document = parseDocument(html);
      const headings = DomUtils.getElementsByTagName('h2', document).map((node) => DomUtils.textContent(node));
      expect(headings).toHaveLength(4);
      const rendered = DomUtils.filter(
        (node) => node.type === 'tag' && ['h2', 'p'].includes((node as { name: string }).name),
        document.children,
      ).map((node) => DomUtils.textContent(node));
      expect(rendered).toHaveLength(14);
      const shared = readSharedReference();
      if (!shared) throw new Error('../shared/seeds/reference-article.ar.txt is needed to check the rendering');
      expect(rendered).toEqual(shared.bodyLines);
    });
  });
});

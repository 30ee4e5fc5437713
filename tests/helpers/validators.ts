import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import FeedParser from 'feedparser';
import jsonld from 'jsonld';
import sax from 'sax';
import { SHARED_DIR } from './reference';

/** IPTC's ninjs 3.0 schema from ../shared, compiled with ajv as the IPTC README there says. */
export const ninjsValidator = () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  // GeoJSON's schema is draft-07; without its $schema key, ajv's 2020 instance compiles it as its own.
  const geojson = JSON.parse(readFileSync(require.resolve('geojson-schema/GeoJSON.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  delete geojson.$schema;
  ajv.addSchema(geojson);
  const schema = JSON.parse(readFileSync(path.join(SHARED_DIR, 'standards', 'ninjs', 'ninjs-schema_3.0.json'), 'utf8'));
  return ajv.compile(schema);
};

// schema.org's context cannot be fetched here; this one maps every term into the schema.org vocabulary
// and types the properties whose values are links, which is what the expansion below relies on.
const SCHEMA_ORG_CONTEXT = {
  '@context': {
    '@vocab': 'https://schema.org/',
    sameAs: { '@type': '@id' },
    url: { '@type': '@id' },
    mainEntityOfPage: { '@type': '@id' },
  },
};

const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, '') !== 'https://schema.org') throw new Error(`no network for ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG_CONTEXT };
};

/** Expands JSON-LD with the jsonld.js processor, in safe mode: any term it would drop is an error. */
export const expandJsonLd = async (document: object) =>
  jsonld.expand(document as jsonld.JsonLdDocument, { documentLoader, safe: true } as jsonld.Options.Expand);

export const toNQuads = async (document: object) =>
  (await jsonld.toRDF(
    document as jsonld.JsonLdDocument,
    {
      format: 'application/n-quads',
      documentLoader,
      safe: true,
    } as jsonld.Options.ToRdf,
  )) as unknown as string;

export interface ParsedFeed {
  meta: FeedParser.Meta;
  items: FeedParser.Item[];
}

/** Throws unless the text is well-formed, namespace-correct XML (sax in strict mode). */
export const assertWellFormedXml = (xml: string): void => {
  const parser = sax.parser(true, { xmlns: true });
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(xml).close();
};

/**
 * Parses RSS or Atom as a feed reader would: well-formed XML first, then feedparser (in its lenient mode,
 * the one readers use; its strict mode does not recognise camel-case RSS elements such as pubDate).
 */
export const parseFeed = (xml: string): Promise<ParsedFeed> =>
  new Promise((resolve, reject) => {
    assertWellFormedXml(xml);
    const parser = new FeedParser({ normalize: true, addmeta: false });
    const items: FeedParser.Item[] = [];
    parser.on('error', reject);
    parser.on('readable', () => {
      let item: FeedParser.Item | null;
      while ((item = parser.read() as FeedParser.Item | null)) items.push(item);
    });
    parser.on('end', () => resolve({ meta: parser.meta as FeedParser.Meta, items }));
    Readable.from([xml]).pipe(parser);
  });

const SITEMAP_FIXTURES = path.join(__dirname, '..', 'fixtures', 'sitemaps');

const schemaFile = (fileName: string, directory = SITEMAP_FIXTURES) => ({
  fileName,
  contents: readFileSync(path.join(directory, fileName), 'utf8'),
});

/**
 * Validates a sitemap with libxml2 (xmllint compiled to WebAssembly): a urlset against the official
 * sitemap.xsd of ../shared plus the news and xhtml:link extensions, an index against siteindex.xsd.
 */
export const validateSitemap = async (xml: string, kind: 'urlset' | 'index'): Promise<string[]> => {
  const { validateXML } = await import('xmllint-wasm');
  const result = await validateXML({
    xml: [{ fileName: 'sitemap.xml', contents: xml }],
    schema: [schemaFile(kind === 'urlset' ? 'urlset.xsd' : 'siteindex.xsd')],
    preload:
      kind === 'urlset'
        ? [
            schemaFile('sitemap.xsd', path.join(SHARED_DIR, 'standards', 'sitemaps')),
            schemaFile('news.xsd'),
            schemaFile('xhtml-link.xsd'),
          ]
        : [],
  });
  return result.errors.map((error) => error.rawMessage);
};

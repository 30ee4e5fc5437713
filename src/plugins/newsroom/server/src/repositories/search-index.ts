import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * The search index: one row per searchable entry (a published article, an expert, a tag) and locale, with
 * its display text and its index terms (text/search-terms). Hand-written SQL, because each database has
 * its own full-text engine: FTS5 on SQLite, a generated and GIN-indexed tsvector on PostgreSQL.
 */

export type SearchKind = 'article' | 'expert' | 'tag';

export interface SearchEntry {
  kind: SearchKind;
  documentId: string;
  locale: string;
  /** What a result shows: the title or name, and the text its snippet is taken from. */
  title: string;
  text: string;
  /** Index terms of the title and of the rest. */
  titleTerms: string;
  textTerms: string;
  /** Which state of the content the entry was made from (see services/search-indexer). */
  version: string;
}

export interface IndexedVersion {
  kind: SearchKind;
  documentId: string;
  locale: string;
  version: string;
}

export interface SearchHit {
  kind: SearchKind;
  documentId: string;
  locale: string;
  title: string;
  text: string;
  score: number;
}

const TABLE = 'newsroom_search';

/** One token naming a kind and a locale ("en-GB" has no hyphen in it, which FTS5 would split on). */
const scopeToken = (kind: SearchKind, locale: string): string =>
  `scope${kind}${locale.replace(/[^a-z0-9]/gi, '')}`.toLowerCase();

// PostgreSQL's text search configuration per locale; other locales are matched word for word ('simple'
// over the forms of text/search-terms). Arabic too: PostgreSQL's 'arabic' (Snowball) stemmer cuts words to
// roots so short that "الفيضان" (the flood) finds "فيض الله جلال" (a name); the light stemming of
// search-terms (clitics and the article) finds what readers mean without that.
const PG_CONFIG: Readonly<Record<string, string>> = { en: 'english', ru: 'russian' };

export const createSearchIndexRepository = (strapi: Core.Strapi) => {
  const client = (): string => strapi.db.dialect.client;
  // Inside a write's transaction (a Document Service middleware) the queries must join it: on SQLite's
  // single connection a query outside it would wait for it forever.
  const withDb = async (work: (db: Knex) => Promise<unknown>): Promise<void> => {
    await strapi.db.transaction(({ trx }) => work(trx as unknown as Knex));
  };

  const assertSupported = () => {
    if (client() !== 'sqlite' && client() !== 'postgres') {
      throw new Error(`newsroom search needs SQLite or PostgreSQL, not ${client()}`);
    }
  };

  const toRow = (db: Knex, entry: SearchEntry) => ({
    ...(client() === 'sqlite' ? { scope: scopeToken(entry.kind, entry.locale) } : {}),
    kind: entry.kind,
    document_id: entry.documentId,
    locale: entry.locale,
    title: entry.title,
    text: entry.text,
    title_terms: entry.titleTerms,
    text_terms: entry.textTerms,
    version: entry.version,
    ...(client() === 'postgres' ? { config: db.raw('?::regconfig', [PG_CONFIG[entry.locale] ?? 'simple']) } : {}),
  });

  /**
   * An FTS5 query: the scope (kind and locale, an indexed token, so the filter is answered by the index and
   * not by reading every matching row), then every word, each as any of its forms, quoted as plain strings.
   */
  const fts5Query = (terms: string[][], kinds: SearchKind[], locale: string): string => {
    const scope = `scope : (${kinds.map((kind) => scopeToken(kind, locale)).join(' OR ')})`;
    const words = terms.map((forms) => `(${forms.map((form) => `"${form.replace(/"/g, '""')}"`).join(' OR ')})`);
    return `${scope} AND {title_terms text_terms} : (${words.join(' AND ')})`;
  };

  /** A to_tsquery expression; the forms are letters and digits only (searchWords), so nothing to escape. */
  const tsQuery = (terms: string[][]): string => terms.map((forms) => `(${forms.join(' | ')})`).join(' & ');

  return {
    async ensureSchema(): Promise<void> {
      assertSupported();
      const db = strapi.db.connection;
      if (client() === 'sqlite') {
        // FTS5 tables take no new column: an index from before the scope or version column is dropped, and
        // the start's repair refills it.
        const columns: { name: string }[] = await db.raw(`PRAGMA table_info(${TABLE})`);
        const outdated = !['scope', 'version'].every((name) => columns.some((column) => column.name === name));
        if (columns.length > 0 && outdated) await db.raw(`DROP TABLE ${TABLE}`);
        await db.raw(
          `CREATE VIRTUAL TABLE IF NOT EXISTS ${TABLE} USING fts5(
             kind UNINDEXED, document_id UNINDEXED, locale UNINDEXED, title UNINDEXED, text UNINDEXED,
             version UNINDEXED, scope, title_terms, text_terms, tokenize = 'unicode61 remove_diacritics 0')`,
        );
        return;
      }
      await db.raw(
        `CREATE TABLE IF NOT EXISTS ${TABLE} (
           kind text NOT NULL, document_id text NOT NULL, locale text NOT NULL,
           title text NOT NULL, text text NOT NULL, title_terms text NOT NULL, text_terms text NOT NULL,
           config regconfig NOT NULL, version text NOT NULL DEFAULT '',
           terms tsvector GENERATED ALWAYS AS (
             setweight(to_tsvector(config, title_terms), 'A') || setweight(to_tsvector(config, text_terms), 'B')
           ) STORED,
           PRIMARY KEY (kind, document_id, locale))`,
      );
      // Entries from before the version column get none: the start's repair re-indexes them.
      await db.raw(`ALTER TABLE ${TABLE} ADD COLUMN IF NOT EXISTS version text NOT NULL DEFAULT ''`);
      await db.raw(`CREATE INDEX IF NOT EXISTS ${TABLE}_terms ON ${TABLE} USING gin (terms)`);
    },

    /** Replaces what the index holds for one entry in one locale; `null` removes it. */
    async put(kind: SearchKind, documentId: string, locale: string, entry: SearchEntry | null): Promise<void> {
      await withDb(async (db) => {
        await db(TABLE).where({ kind, document_id: documentId, locale }).delete();
        if (entry) await db(TABLE).insert(toRow(db, entry));
      });
    },

    /** Removes every locale of one entry. */
    async removeDocument(kind: SearchKind, documentId: string): Promise<void> {
      await withDb((db) => db(TABLE).where({ kind, document_id: documentId }).delete());
    },

    /** Every entry's key and version, without its text. */
    async versions(): Promise<IndexedVersion[]> {
      return strapi.db.connection(TABLE).select('kind', 'document_id as documentId', 'locale', 'version');
    },

    async clear(): Promise<void> {
      await withDb((db) => db(TABLE).delete());
    },

    /** Entries of one locale holding every query word, best first; titles weigh more than text. */
    async search(
      terms: string[][],
      { locale, kinds, limit, offset }: { locale: string; kinds: SearchKind[]; limit: number; offset: number },
    ): Promise<{ hits: SearchHit[]; total: number }> {
      if (terms.length === 0) return { hits: [], total: 0 };
      const db = strapi.db.connection;
      const columns = `${TABLE}.kind, ${TABLE}.document_id as "documentId", ${TABLE}.locale, ${TABLE}.title, ${TABLE}.text`;
      // Ranked first, on the narrow columns, and only the page's rows read whole: ordering whole rows
      // would carry every matching article's text through the sort.
      if (client() === 'sqlite') {
        const where = `${TABLE} MATCH ?`;
        const bindings = [fts5Query(terms, kinds, locale)];
        // bm25 weights the columns in order: titles ten times the text, nothing for the rest.
        const hits: SearchHit[] = await db.raw(
          `WITH page AS (
             SELECT rowid AS id, -bm25(${TABLE}, 0, 0, 0, 0, 0, 0, 0, 10.0, 1.0) AS score FROM ${TABLE}
             WHERE ${where} ORDER BY score DESC, rowid LIMIT ? OFFSET ?)
           SELECT ${columns}, page.score AS score FROM page JOIN ${TABLE} ON ${TABLE}.rowid = page.id
           ORDER BY page.score DESC, page.id`,
          [...bindings, limit, offset],
        );
        const [{ total }] = await db.raw(`SELECT count(*) AS total FROM ${TABLE} WHERE ${where}`, bindings);
        return { hits, total: Number(total) };
      }
      // The configuration comes from the locale asked for, as a constant: a query that depended on each row's
      // own config column could not use the GIN index and would scan the table.
      const query = `to_tsquery(?::regconfig, ?)`;
      const queryBindings = [PG_CONFIG[locale] ?? 'simple', tsQuery(terms)];
      const where = `terms @@ ${query} AND locale = ? AND kind = ANY(?)`;
      const bindings = [...queryBindings, locale, kinds];
      const result = await db.raw(
        // Normalised by length (2), as bm25 is on SQLite: a tag named "موسكو" ranks above an article about it.
        `WITH page AS (
           SELECT kind AS k, document_id AS d, locale AS l, ts_rank(terms, ${query}, 2) AS score FROM ${TABLE}
           WHERE ${where} ORDER BY score DESC, kind, document_id LIMIT ? OFFSET ?)
         SELECT ${columns}, page.score AS score FROM page
         JOIN ${TABLE} ON kind = page.k AND document_id = page.d AND locale = page.l
         ORDER BY page.score DESC, kind, document_id`,
        [...queryBindings, ...bindings, limit, offset],
      );
      const count = await db.raw(`SELECT count(*) AS total FROM ${TABLE} WHERE ${where}`, bindings);
      return {
        hits: result.rows.map((hit: SearchHit) => ({ ...hit, score: Number(hit.score) })),
        total: Number(count.rows[0].total),
      };
    },
  };
};

export type SearchIndexRepository = ReturnType<typeof createSearchIndexRepository>;

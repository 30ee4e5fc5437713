import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * The search index: one row per searchable entry (a published article, an expert, a tag) and locale, with
 * its display text and its index terms (text/search-terms). Hand-written SQL, because each database has
 * its own full-text engine: FTS5 on SQLite, a generated and GIN-indexed tsvector on PostgreSQL, InnoDB
 * FULLTEXT on MariaDB. Every engine ranks alike: titles weigh more than text, and a short entry holding
 * the words ranks above a long one.
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

export interface SearchOptions {
  locale: string;
  kinds: SearchKind[];
  limit: number;
  offset: number;
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

/** One database's full-text engine: its table, what a row holds, and the ranked query. */
interface SearchEngine {
  ensureSchema(db: Knex): Promise<void>;
  row(db: Knex, entry: SearchEntry): Record<string, unknown>;
  /** `terms`: per query word, the forms it may take (text/search-terms queryTerms); never empty. */
  search(db: Knex, terms: string[][], options: SearchOptions): Promise<{ hits: SearchHit[]; total: number }>;
}

const baseRow = (entry: SearchEntry) => ({
  kind: entry.kind,
  document_id: entry.documentId,
  locale: entry.locale,
  title: entry.title,
  text: entry.text,
  version: entry.version,
});

// What a page's query reads whole once the page's rows are ranked: ordering whole rows would carry every
// matching article's text through the sort. A double-quoted alias keeps its case in all three databases.
const HIT_COLUMNS = `${TABLE}.kind, ${TABLE}.document_id AS "documentId", ${TABLE}.locale, ${TABLE}.title, ${TABLE}.text`;

/** One token naming a kind and a locale ("en-GB" has no hyphen in it, which FTS5 would split on). */
const scopeToken = (kind: SearchKind, locale: string): string => `scope${kind}${locale.replace(/[^a-z0-9]/gi, '')}`.toLowerCase();

const fts5: SearchEngine = {
  async ensureSchema(db) {
    // FTS5 tables take no new column: an index from before the scope or version column is dropped, and the
    // start's repair refills it.
    const columns: { name: string }[] = await db.raw(`PRAGMA table_info(${TABLE})`);
    const outdated = !['scope', 'version'].every((name) => columns.some((column) => column.name === name));
    if (columns.length > 0 && outdated) await db.raw(`DROP TABLE ${TABLE}`);
    await db.raw(
      `CREATE VIRTUAL TABLE IF NOT EXISTS ${TABLE} USING fts5(
         kind UNINDEXED, document_id UNINDEXED, locale UNINDEXED, title UNINDEXED, text UNINDEXED,
         version UNINDEXED, scope, title_terms, text_terms, tokenize = 'unicode61 remove_diacritics 0')`
    );
  },

  row: (_db, entry) => ({
    ...baseRow(entry),
    scope: scopeToken(entry.kind, entry.locale),
    title_terms: entry.titleTerms,
    text_terms: entry.textTerms,
  }),

  async search(db, terms, { locale, kinds, limit, offset }) {
    // The scope (kind and locale) is an indexed token, so the filter is answered by the index and not by
    // reading every matching row; then every word, each as any of its forms, quoted as plain strings.
    const scope = `scope : (${kinds.map((kind) => scopeToken(kind, locale)).join(' OR ')})`;
    const words = terms.map((forms) => `(${forms.map((form) => `"${form.replace(/"/g, '""')}"`).join(' OR ')})`);
    const match = `${scope} AND {title_terms text_terms} : (${words.join(' AND ')})`;
    // bm25 weights the columns in order: titles ten times the text, nothing for the rest.
    const hits: SearchHit[] = await db.raw(
      `WITH page AS (
         SELECT rowid AS id, -bm25(${TABLE}, 0, 0, 0, 0, 0, 0, 0, 10.0, 1.0) AS score FROM ${TABLE}
         WHERE ${TABLE} MATCH ? ORDER BY score DESC, rowid LIMIT ? OFFSET ?)
       SELECT ${HIT_COLUMNS}, page.score AS score FROM page JOIN ${TABLE} ON ${TABLE}.rowid = page.id
       ORDER BY page.score DESC, page.id`,
      [match, limit, offset]
    );
    const [{ total }] = await db.raw(`SELECT count(*) AS total FROM ${TABLE} WHERE ${TABLE} MATCH ?`, [match]);
    return { hits, total: Number(total) };
  },
};

// PostgreSQL's text search configuration per locale; other locales are matched word for word ('simple'
// over the forms of text/search-terms). Arabic too: PostgreSQL's 'arabic' (Snowball) stemmer cuts words to
// roots so short that "الفيضان" (the flood) finds "فيض الله جلال" (a name); the light stemming of
// search-terms (clitics and the article) finds what readers mean without that.
const PG_CONFIG: Readonly<Record<string, string>> = { en: 'english', ru: 'russian' };

const tsvector: SearchEngine = {
  async ensureSchema(db) {
    await db.raw(
      `CREATE TABLE IF NOT EXISTS ${TABLE} (
         kind text NOT NULL, document_id text NOT NULL, locale text NOT NULL,
         title text NOT NULL, text text NOT NULL, title_terms text NOT NULL, text_terms text NOT NULL,
         config regconfig NOT NULL, version text NOT NULL DEFAULT '',
         terms tsvector GENERATED ALWAYS AS (
           setweight(to_tsvector(config, title_terms), 'A') || setweight(to_tsvector(config, text_terms), 'B')
         ) STORED,
         PRIMARY KEY (kind, document_id, locale))`
    );
    // Entries from before the version column get none: the start's repair re-indexes them.
    await db.raw(`ALTER TABLE ${TABLE} ADD COLUMN IF NOT EXISTS version text NOT NULL DEFAULT ''`);
    await db.raw(`CREATE INDEX IF NOT EXISTS ${TABLE}_terms ON ${TABLE} USING gin (terms)`);
  },

  row: (db, entry) => ({
    ...baseRow(entry),
    title_terms: entry.titleTerms,
    text_terms: entry.textTerms,
    config: db.raw('?::regconfig', [PG_CONFIG[entry.locale] ?? 'simple']),
  }),

  async search(db, terms, { locale, kinds, limit, offset }) {
    // The configuration comes from the locale asked for, as a constant: a query that depended on each row's
    // own config column could not use the GIN index and would scan the table. The forms are letters and
    // digits only (searchWords), so nothing to escape in the to_tsquery expression.
    const query = `to_tsquery(?::regconfig, ?)`;
    const queryBindings = [PG_CONFIG[locale] ?? 'simple', terms.map((forms) => `(${forms.join(' | ')})`).join(' & ')];
    const where = `terms @@ ${query} AND locale = ? AND kind = ANY(?)`;
    const bindings = [...queryBindings, locale, kinds];
    const result = await db.raw(
      // Normalised by length (2), as bm25 is on SQLite: a tag named "موسكو" ranks above an article about it.
      `WITH page AS (
         SELECT kind AS k, document_id AS d, locale AS l, ts_rank(terms, ${query}, 2) AS score FROM ${TABLE}
         WHERE ${where} ORDER BY score DESC, kind, document_id LIMIT ? OFFSET ?)
       SELECT ${HIT_COLUMNS}, page.score AS score FROM page
       JOIN ${TABLE} ON kind = page.k AND document_id = page.d AND locale = page.l
       ORDER BY page.score DESC, kind, document_id`,
      [...queryBindings, ...bindings, limit, offset]
    );
    const count = await db.raw(`SELECT count(*) AS total FROM ${TABLE} WHERE ${where}`, bindings);
    return {
      hits: result.rows.map((hit: SearchHit) => ({ ...hit, score: Number(hit.score) })),
      total: Number(count.rows[0].total),
    };
  },
};

/**
 * A form as InnoDB indexes it. InnoDB's parser skips tokens shorter than innodb_ft_min_token_size (3 by
 * default: "في", "11", "UN") and words of its stopword list ("the", "in", "with"), both server settings
 * fixed when an index is built; "_" is a word character to it, so "__" before every form makes each one
 * long enough and no stopword, and the index holds every word as FTS5 and the tsvector do.
 */
const innodbToken = (form: string): string => `__${form}`;
const innodbTokens = (terms: string): string => terms.split(' ').filter(Boolean).map(innodbToken).join(' ');

const innodbFulltext: SearchEngine = {
  async ensureSchema(db) {
    // Separate indexes for the two weighted columns (MATCH names exactly the columns of one index) and
    // one over both, which must hold every query word between them. Binary collation: forms are compared
    // exactly, as they were folded (text/matching), not by MariaDB's collation rules.
    await db.raw(
      `CREATE TABLE IF NOT EXISTS ${TABLE} (
         kind varchar(16) NOT NULL, document_id varchar(255) NOT NULL, locale varchar(255) NOT NULL,
         title text NOT NULL, text mediumtext NOT NULL, title_terms mediumtext NOT NULL, text_terms mediumtext NOT NULL,
         length int NOT NULL, version varchar(64) NOT NULL DEFAULT '',
         PRIMARY KEY (kind, document_id, locale),
         FULLTEXT KEY ${TABLE}_title (title_terms),
         FULLTEXT KEY ${TABLE}_text (text_terms),
         FULLTEXT KEY ${TABLE}_terms (title_terms, text_terms)
       ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin`
    );
    // Entries from before the version column get none: the start's repair re-indexes them.
    await db.raw(`ALTER TABLE ${TABLE} ADD COLUMN IF NOT EXISTS version varchar(64) NOT NULL DEFAULT ''`);
  },

  row: (_db, entry) => {
    const titleTerms = innodbTokens(entry.titleTerms);
    const textTerms = innodbTokens(entry.textTerms);
    return {
      ...baseRow(entry),
      title_terms: titleTerms,
      text_terms: textTerms,
      length: Math.max(1, `${titleTerms} ${textTerms}`.split(' ').filter(Boolean).length),
    };
  },

  async search(db, terms, { locale, kinds, limit, offset }) {
    // Boolean mode: "+" makes each word required, the forms in its parentheses are alternatives.
    const query = terms.map((forms) => `+(${forms.map(innodbToken).join(' ')})`).join(' ');
    const where = `MATCH (title_terms, text_terms) AGAINST (? IN BOOLEAN MODE) AND locale = ? AND kind IN (${kinds.map(() => '?').join(', ')})`;
    const bindings = [query, locale, ...kinds];
    // InnoDB's relevance (tf·idf²) per column, titles ten times the text, divided by the entry's length as
    // on PostgreSQL: a tag named "موسكو" ranks above an article about it.
    const [hits] = await db.raw<[SearchHit[], unknown]>(
      `WITH page AS (
         SELECT kind AS k, document_id AS d, locale AS l,
           (10 * MATCH (title_terms) AGAINST (? IN BOOLEAN MODE) + MATCH (text_terms) AGAINST (? IN BOOLEAN MODE)) / length AS score
         FROM ${TABLE} WHERE ${where} ORDER BY score DESC, kind, document_id LIMIT ? OFFSET ?)
       SELECT ${HIT_COLUMNS}, page.score AS score FROM page
       JOIN ${TABLE} ON kind = page.k AND document_id = page.d AND locale = page.l
       ORDER BY page.score DESC, kind, document_id`,
      [query, query, ...bindings, limit, offset]
    );
    const [[{ total }]] = await db.raw<[[{ total: number | string }], unknown]>(
      `SELECT count(*) AS total FROM ${TABLE} WHERE ${where}`,
      bindings
    );
    return { hits: hits.map((hit: SearchHit) => ({ ...hit, score: Number(hit.score) })), total: Number(total) };
  },
};

const ENGINES: Readonly<Record<string, SearchEngine>> = { sqlite: fts5, postgres: tsvector, mysql: innodbFulltext };

export const createSearchIndexRepository = (strapi: Core.Strapi) => {
  const engine = (): SearchEngine => {
    const found = ENGINES[strapi.db.dialect.client];
    if (!found) throw new Error(`newsroom search needs SQLite, PostgreSQL or MariaDB, not ${strapi.db.dialect.client}`);
    return found;
  };
  // Inside a write's transaction (a Document Service middleware) the queries must join it: on SQLite's
  // single connection a query outside it would wait for it forever.
  const withDb = async (work: (db: Knex) => Promise<unknown>): Promise<void> => {
    await strapi.db.transaction(({ trx }) => work(trx as unknown as Knex));
  };

  return {
    async ensureSchema(): Promise<void> {
      await engine().ensureSchema(strapi.db.connection);
    },

    /** Replaces what the index holds for one entry in one locale; `null` removes it. */
    async put(kind: SearchKind, documentId: string, locale: string, entry: SearchEntry | null): Promise<void> {
      await withDb(async (db) => {
        await db(TABLE).where({ kind, document_id: documentId, locale }).delete();
        if (entry) await db(TABLE).insert(engine().row(db, entry));
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
    async search(terms: string[][], options: SearchOptions): Promise<{ hits: SearchHit[]; total: number }> {
      if (terms.length === 0) return { hits: [], total: 0 };
      return engine().search(strapi.db.connection, terms, options);
    },
  };
};

export type SearchIndexRepository = ReturnType<typeof createSearchIndexRepository>;

import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { ARTICLE_UID, CORRECTION_UID } from '../constants';
import type { Correction } from './corrections';
import {
  ARTICLE_CARD_FIELDS,
  ARTICLE_CARD_RELATIONS as CARD_RELATIONS,
  ARTICLE_PAGE_RELATIONS as PAGE_RELATIONS,
  type RelationShape as Shape,
} from '../services/populate';

/**
 * The public reads of articles in hand-written SQL: a page of cards, or a whole article, each in one query
 * whose relations and components come aggregated as JSON (json_agg on PostgreSQL, json_group_array on
 * SQLite, JSON_ARRAYAGG on MariaDB), whatever their number. The Document Service gives the same answers in
 * one query per relation and per component and much per-row work; these give them as it does: its fields
 * in its order, values read as Strapi's fields read them, relations in their join table's order, populated
 * keys in the populate's order (the Document Service's own varies with which of its queries ends first).
 * Tables and columns come from Strapi's metadata; values are bound, never written into the SQL.
 */

type Meta = ReturnType<Core.Strapi['db']['metadata']['get']>;
type Attribute = Meta['attributes'][string];
type Row = Record<string, unknown>;
type Dialect = 'postgres' | 'sqlite' | 'mysql';
type Status = 'published' | 'draft';

/** A relation filter of a card query, with the ids of the entries it allows. */
interface RelationFilter {
  name: string;
  where: Record<string, string>;
  ids: unknown[];
}

/** Bound values per filter: well below SQLite's 32,766 and PostgreSQL's 65,535 per statement. */
const MAX_BOUND_IDS = 1000;

export interface CardFilters {
  locale: string;
  status: Status;
  /** Slug of a tag, or documentId of one (a tag page). */
  tag?: { slug: string } | { documentId: string };
  tagType?: string;
  genre?: string;
  /** An IPTC Media Topic QCode. */
  subject?: string;
  expert?: { slug: string } | { documentId: string };
  /** Inclusive bounds on the first publication. */
  from?: Date;
  to?: Date;
}

export interface CardPageQuery extends CardFilters {
  order: 'asc' | 'desc';
  /** Cards with their body, for feeds that carry the full text. */
  withBody?: boolean;
  offset: number;
  limit: number;
  /** Matches are counted up to this many; a list with more says so rather than counting them all. */
  countUpTo: number;
}

export interface CardPage {
  cards: Row[];
  /** The matches counted: all of them when `exact`, else `countUpTo` of more. */
  total: number;
  exact: boolean;
}

/** Which row of the article a page shows: by slug (the default locale first when none is given) or by id. */
export type ArticleRowKey =
  | { slug: string; locale?: string; defaultLocale: string; status: Status }
  | { documentId: string; locale: string; status: Status };

/** A correction as the public sees it: its wording now, and the wordings it had before. */
export type PublicCorrection = Pick<Correction, 'kind' | 'text' | 'issuedAt' | 'amendedAt' | 'earlierWordings'>;

export interface ArticleRow {
  article: Row;
  /** The other locales the document is published in, by locale. */
  alternates: { documentId: string; locale: string; slug: string | null }[];
  /** The public log of corrections of the row's locale, oldest first. */
  corrections: PublicCorrection[];
}

const SCALAR_TYPES = new Set([
  'increments',
  'password',
  'email',
  'string',
  'uid',
  'richtext',
  'text',
  'json',
  'blocks',
  'enumeration',
  'integer',
  'biginteger',
  'float',
  'decimal',
  'date',
  'time',
  'datetime',
  'timestamp',
  'boolean',
]);

const parseJson = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  try {
    const parsed: unknown = JSON.parse(value);
    // Strapi 5 before rc.7 stored some JSON stringified twice; its JSON field reads those twice too.
    return typeof parsed === 'string' ? JSON.parse(parsed) : parsed;
  } catch {
    return value;
  }
};

/** A stored value as Strapi's field of that type reads it (@strapi/database fields' fromDB). */
const fromDb = (attribute: Attribute, value: unknown): unknown => {
  if (value === null || value === undefined) return null;
  switch (attribute.type) {
    case 'json':
    case 'blocks':
      return parseJson(value);
    case 'integer':
    case 'float':
    case 'decimal':
      return Number(value);
    case 'boolean':
      if (typeof value === 'boolean') return value;
      return String(value) === '1' ? true : String(value) === '0' ? false : null;
    case 'datetime':
    case 'timestamp': {
      const date = value instanceof Date ? value : new Date(value as string | number);
      if (Number.isNaN(date.getTime())) return null;
      return attribute.type === 'datetime' ? date.toISOString() : String(date.getTime());
    }
    case 'increments':
    case 'date':
    case 'time':
      return value;
    default:
      return String(value);
  }
};

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** A name from Strapi's metadata, checked: the only text besides bound values that goes into the SQL. */
const checked = (name: string): string => {
  if (!IDENTIFIER.test(name)) throw new Error(`article-reads: unexpected identifier "${name}"`);
  return name;
};

/** JSON in SQL, per database. */
const jsonSql = (dialect: Dialect) => {
  const quote = (name: string) => (dialect === 'mysql' ? `\`${checked(name)}\`` : `"${checked(name)}"`);
  return {
    quote,
    column: (alias: string, column: string) => `${quote(alias)}.${quote(column)}`,
    object(pairs: [string, string][]): string {
      const args = pairs.map(([key, sql]) => `'${checked(key)}', ${sql}`).join(', ');
      if (dialect === 'postgres') return `json_build_object(${args})`;
      return dialect === 'sqlite' ? `json_object(${args})` : `JSON_OBJECT(${args})`;
    },
    /**
     * `SELECT` the JSON array of `element` over the rows of `from` (FROM, joins and WHERE), in `orderBy` order.
     * SQLite sorts an ordered aggregate's input in a temporary B-tree of its own, which took half of the article
     * page's query: it aggregates a subquery that is already in order instead (it keeps a subquery's order for an
     * aggregate, as it does for group_concat; tests/article-reads.test.ts compares the orders with Strapi's).
     */
    array(element: string, from: string, orderBy: string): string {
      if (dialect === 'postgres') return `SELECT json_agg(${element} ORDER BY ${orderBy}) ${from}`;
      if (dialect === 'mysql') return `SELECT JSON_ARRAYAGG(${element} ORDER BY ${orderBy}) ${from}`;
      return `SELECT json_group_array(json(e)) FROM (SELECT ${element} AS e ${from} ORDER BY ${orderBy})`;
    },
    /** A subquery's JSON inside another JSON value: SQLite loses the JSON subtype across a subquery. */
    nested: (sql: string) => (dialect === 'sqlite' ? `json(${sql})` : sql),
    /**
     * A column's value inside JSON. SQLite writes a REAL in JSON with 15 digits, which does not give the
     * stored double back: it goes as text with 17 (read back by the float field's Number()).
     */
    value(attribute: Attribute, sql: string): string {
      if (dialect === 'sqlite' && (attribute.type === 'float' || attribute.type === 'decimal')) {
        return `CASE WHEN ${sql} IS NULL THEN NULL ELSE printf('%!.17g', ${sql}) END`;
      }
      // MariaDB's JSON columns are utf8mb4_bin whatever the table's collation, and JSON_OBJECT refuses two
      // collations: an explicit one wins. The JSON then comes as text, which the json field parses.
      if (dialect === 'mysql' && (attribute.type === 'json' || attribute.type === 'blocks')) {
        return `${sql} COLLATE utf8mb4_bin`;
      }
      return sql;
    },
  };
};

// A value bound at each read, in SQL made once: a name no bound value of the SQL itself starts with.
const SLOT = '\u0000slot:';
const slot = (name: string) => `${SLOT}${name}`;
const isSlot = (binding: unknown): binding is string => typeof binding === 'string' && binding.startsWith(SLOT);

/** A JSON column of a result: PostgreSQL's driver parses json, the others give text. */
const jsonColumn = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

const createReads = (strapi: Core.Strapi) => {
  const db = (): Knex => strapi.db.connection;
  const dialect = strapi.db.dialect.client as Dialect;
  const sql = jsonSql(dialect);
  const meta = (uid: string): Meta => strapi.db.metadata.get(uid as UID.Schema);
  const article = meta(ARTICLE_UID);
  const columnOf = (model: Meta, field: string): string => {
    const attribute = model.attributes[field];
    if (!attribute) throw new Error(`article-reads: ${model.uid} has no attribute "${field}"`);
    return checked(('columnName' in attribute && attribute.columnName) || field);
  };

  /** The scalar fields of an entry as a read shows them: id, documentId (when the type has one), then `fields`. */
  const shownFields = (model: Meta, fields: readonly string[] | 'all'): string[] => {
    const named =
      fields === 'all'
        ? Object.keys(model.attributes).filter((name) => SCALAR_TYPES.has(model.attributes[name].type))
        : fields;
    return [...new Set(['id', ...('documentId' in model.attributes ? ['documentId'] : []), ...named])];
  };

  /** One entry of a relation as a JSON object, read from alias `alias` of the target table. */
  const entryJson = (
    model: Meta,
    shape: { fields: readonly string[] | 'all'; nested?: Record<string, Shape> },
    alias: string,
    depth: number,
  ) => {
    const pairs: [string, string][] = shownFields(model, shape.fields).map((field) => [
      field,
      sql.value(model.attributes[field], sql.column(alias, columnOf(model, field))),
    ]);
    const bindings: unknown[] = [];
    for (const [name, nested] of Object.entries(shape.nested ?? {})) {
      const sub = relationSql(model, name, nested, alias, depth + 1);
      pairs.push([name, sql.nested(`(${sub.sql})`)]);
      bindings.push(...sub.bindings);
    }
    return { sql: sql.object(pairs), bindings };
  };

  /**
   * A correlated subquery giving one relation or component of the row at `ownerAlias` as JSON: an array
   * in the join table's order (then the link's id), or one object for a to-one relation.
   */
  const relationSql = (
    owner: Meta,
    name: string,
    shape: Shape | 'all',
    ownerAlias: string,
    depth: number,
  ): { sql: string; bindings: unknown[] } => {
    const attribute = owner.attributes[name];
    if (attribute?.type !== 'relation' || !('target' in attribute)) {
      throw new Error(`article-reads: ${owner.uid}.${name} is not a relation`);
    }
    const link = `l${depth}`;
    const target = `t${depth}`;
    const fields = shape === 'all' ? 'all' : shape.fields;
    const nested = shape === 'all' ? undefined : shape.nested;

    if (attribute.relation === 'morphOne') {
      // A media field: the file linked through the upload plugin's morph table, for this field of this type.
      const model = meta(attribute.target);
      const morph = model.attributes[attribute.morphBy];
      if (
        morph?.type !== 'relation' ||
        !('joinTable' in morph) ||
        !morph.joinTable ||
        !('morphColumn' in morph.joinTable)
      ) {
        throw new Error(`article-reads: ${owner.uid}.${name} is not a media field`);
      }
      const { joinTable } = morph;
      const entry = entryJson(model, { fields, nested }, target, depth);
      return {
        sql:
          `SELECT ${entry.sql} FROM ${sql.quote(joinTable.name)} ${link} ` +
          `JOIN ${sql.quote(model.tableName)} ${target} ON ${sql.column(target, joinTable.joinColumn.referencedColumn)} = ${sql.column(link, joinTable.joinColumn.name)} ` +
          `WHERE ${sql.column(link, joinTable.morphColumn.idColumn.name)} = ${sql.column(ownerAlias, joinTable.morphColumn.idColumn.referencedColumn)} ` +
          `AND ${sql.column(link, joinTable.morphColumn.typeColumn.name)} = ? AND ${sql.column(link, 'field')} = ? ` +
          `ORDER BY ${sql.column(link, 'order')}, ${sql.column(link, 'id')} LIMIT 1`,
        bindings: [...entry.bindings, owner.uid, name],
      };
    }

    if (!('joinTable' in attribute) || !attribute.joinTable || 'morphColumn' in attribute.joinTable) {
      throw new Error(`article-reads: ${owner.uid}.${name} has no join table`);
    }
    const { joinTable } = attribute;
    const model = meta(attribute.target);
    const entry = entryJson(model, { fields, nested }, target, depth);
    const on = Object.entries(joinTable.on ?? {});
    const from =
      `FROM ${sql.quote(joinTable.name)} ${link} ` +
      `JOIN ${sql.quote(model.tableName)} ${target} ON ${sql.column(target, joinTable.inverseJoinColumn.referencedColumn)} = ${sql.column(link, joinTable.inverseJoinColumn.name)} ` +
      `WHERE ${sql.column(link, joinTable.joinColumn.name)} = ${sql.column(ownerAlias, joinTable.joinColumn.referencedColumn)}` +
      on.map(([column]) => ` AND ${sql.column(link, column)} = ?`).join('');
    const bindings = [...entry.bindings, ...on.map(([, value]) => value)];
    const orderBy = [
      ...('orderColumnName' in joinTable && joinTable.orderColumnName
        ? [sql.column(link, joinTable.orderColumnName)]
        : []),
      sql.column(link, 'id'),
    ].join(', ');
    if (attribute.relation === 'oneToOne' || attribute.relation === 'manyToOne') {
      return { sql: `SELECT ${entry.sql} ${from} ORDER BY ${orderBy} LIMIT 1`, bindings };
    }
    return { sql: sql.array(entry.sql, from, orderBy), bindings };
  };

  /** The relations of `relations` as extra columns `__<name>` of a select on the article at alias `a`. */
  const relationColumns = (relations: Record<string, Shape | 'all'>) => {
    const subqueries = Object.entries(relations).map(([name, shape]) => ({
      name,
      ...relationSql(article, name, shape, 'a', 1),
    }));
    return (): Knex.Raw[] =>
      subqueries.map((sub) => db().raw(`(${sub.sql}) AS ${sql.quote(`__${sub.name}`)}`, sub.bindings));
  };
  const cardColumns = relationColumns(CARD_RELATIONS);

  // The other locales the document is published in, by locale: what hreflang links need.
  const alternatesSql = (() => {
    const [documentId, locale, slug, publishedAt] = ['documentId', 'locale', 'slug', 'publishedAt'].map((field) =>
      columnOf(article, field),
    );
    const entry = sql.object([
      ['documentId', sql.column('alt', documentId)],
      ['locale', sql.column('alt', locale)],
      ['slug', sql.column('alt', slug)],
    ]);
    const from =
      `FROM ${sql.quote(article.tableName)} alt ` +
      `WHERE ${sql.column('alt', documentId)} = ${sql.column('a', documentId)} AND ${sql.column('alt', locale)} <> ${sql.column('a', locale)} ` +
      `AND ${sql.column('alt', publishedAt)} IS NOT NULL`;
    return `(${sql.array(entry, from, sql.column('alt', locale))}) AS ${sql.quote('__alternates')}`;
  })();
  // The public log of corrections of the row's document in its locale, oldest first.
  const correction = meta(CORRECTION_UID);
  const correctionFields = ['kind', 'text', 'issuedAt', 'amendedAt', 'earlierWordings'] as const;
  const correctionsSql = (() => {
    const column = (field: string) => sql.column('c', columnOf(correction, field));
    const entry = sql.object(
      correctionFields.map((field) => [field, sql.value(correction.attributes[field], column(field))]),
    );
    const from =
      `FROM ${sql.quote(correction.tableName)} c ` +
      `WHERE ${column('articleDocumentId')} = ${sql.column('a', columnOf(article, 'documentId'))} ` +
      `AND ${column('articleLocale')} = ${sql.column('a', columnOf(article, 'locale'))}`;
    return `(${sql.array(entry, from, `${column('issuedAt')}, ${column('id')}`)}) AS ${sql.quote('__corrections')}`;
  })();
  const readCorrection = (json: Row): PublicCorrection => {
    const value = (field: (typeof correctionFields)[number]) => fromDb(correction.attributes[field], json[field]);
    const earlierWordings = value('earlierWordings');
    return {
      kind: value('kind') as PublicCorrection['kind'],
      text: String(value('text')),
      issuedAt: String(value('issuedAt')),
      amendedAt: value('amendedAt') as string | null,
      earlierWordings: Array.isArray(earlierWordings) ? (earlierWordings as PublicCorrection['earlierWordings']) : [],
    };
  };
  const pageColumns = relationColumns(PAGE_RELATIONS);

  /** Reads a relation column back into what the Document Service gives: objects keyed in field order. */
  const readRelation = (owner: Meta, name: string, shape: Shape | 'all', value: unknown): unknown => {
    const attribute = owner.attributes[name] as Attribute & { target: string; relation: string };
    const model = meta(attribute.target);
    const fields = shownFields(model, shape === 'all' ? 'all' : shape.fields);
    const nested = shape === 'all' ? {} : (shape.nested ?? {});
    const read = (json: Row): Row => {
      const entry: Row = {};
      for (const field of fields) entry[field] = fromDb(model.attributes[field], json[field]);
      for (const [key, inner] of Object.entries(nested)) entry[key] = readRelation(model, key, inner, json[key]);
      return entry;
    };
    const parsed = jsonColumn(value);
    if (['oneToOne', 'manyToOne', 'morphOne'].includes(attribute.relation)) return parsed ? read(parsed as Row) : null;
    return ((parsed as Row[] | null) ?? []).map(read);
  };

  /** An article row's own fields, in the row's column order as Strapi's fromRow reads them. */
  const readArticle = (row: Row, relations: Record<string, Shape | 'all'>): Row => {
    const entry: Row = {};
    for (const [column, value] of Object.entries(row)) {
      const name = article.columnToAttribute[column];
      const attribute = name === undefined ? undefined : article.attributes[name];
      if (attribute && SCALAR_TYPES.has(attribute.type)) entry[name] = fromDb(attribute, value);
    }
    for (const [name, shape] of Object.entries(relations))
      entry[name] = readRelation(article, name, shape, row[`__${name}`]);
    return entry;
  };

  const col = (field: string) => `a.${columnOf(article, field)}`;

  const publication = (qb: Knex.QueryBuilder, status: Status) =>
    status === 'published' ? qb.whereNotNull(col('publishedAt')) : qb.whereNull(col('publishedAt'));

  /** The join table of a many-to-many relation of the article, and its target's model. */
  const relationOf = (name: string) => {
    const attribute = article.attributes[name];
    if (
      attribute?.type !== 'relation' ||
      !('target' in attribute) ||
      !('joinTable' in attribute) ||
      !attribute.joinTable ||
      'morphColumn' in attribute.joinTable
    ) {
      throw new Error(`article-reads: ${name} is not a relation with a join table`);
    }
    return { joinTable: attribute.joinTable, model: meta(attribute.target) };
  };

  /** The ids of the entries of a relation's target matching `where` (field → value), as a query. */
  const targetsOf = (model: Meta, idColumn: string, where: Record<string, string>): Knex.QueryBuilder => {
    const qb = db()(`${model.tableName} as rt`).select(`rt.${idColumn} as id`);
    for (const [field, value] of Object.entries(where)) qb.where(`rt.${columnOf(model, field)}`, value);
    return qb;
  };

  const targetIds = async (name: string, where: Record<string, string>): Promise<unknown[]> => {
    const { joinTable, model } = relationOf(name);
    const rows = (await targetsOf(model, joinTable.inverseJoinColumn.referencedColumn, where)) as { id: unknown }[];
    return rows.map((row) => row.id);
  };

  /**
   * `EXISTS` a link of the article to one of the filter's entries: a probe of the link's unique index per
   * article. The ids are values, not a subquery, so that the planner knows from its statistics how common they
   * are: PostgreSQL then walks the listing index for a tag on many articles and starts from the links of a rare
   * one. Past MAX_BOUND_IDS (a tag type, in a large archive), the subquery: bound values are limited in number.
   */
  const linkedTo = (qb: Knex.QueryBuilder, { name, where, ids }: RelationFilter) => {
    const { joinTable, model } = relationOf(name);
    const target = `rl.${joinTable.inverseJoinColumn.name}`;
    qb.whereExists((sub) => {
      sub
        .select(db().raw('1'))
        .from(`${joinTable.name} as rl`)
        .whereRaw('?? = ??', [`rl.${joinTable.joinColumn.name}`, `a.${joinTable.joinColumn.referencedColumn}`]);
      if (ids.length <= MAX_BOUND_IDS) sub.whereIn(target, ids as Knex.Value[]);
      else sub.whereIn(target, targetsOf(model, joinTable.inverseJoinColumn.referencedColumn, where));
    });
  };

  /** The relation filters of a card query: the relation, and what its entries must match. */
  const relationFilters = (filters: CardFilters): [string, Record<string, string>][] => {
    const found: [string, Record<string, string>][] = [];
    if (filters.tag) found.push(['tags', { ...filters.tag }]);
    if (filters.tagType) found.push(['tags', { type: filters.tagType }]);
    if (filters.subject) found.push(['subjects', { code: filters.subject }]);
    if (filters.expert) found.push(['experts', { ...filters.expert }]);
    return found;
  };

  /** The articles a card query selects, as conditions on `a`; each relation filter is a separate EXISTS, as Strapi joins each anew. */
  const filtered = (qb: Knex.QueryBuilder, filters: CardFilters, related: RelationFilter[]): Knex.QueryBuilder => {
    publication(qb, filters.status).where(col('locale'), filters.locale);
    for (const filter of related) linkedTo(qb, filter);
    if (filters.genre) qb.where(col('genre'), filters.genre);
    // Bound as dates, as Strapi binds a datetime filter: each driver stores and compares them its own way.
    if (filters.from) qb.where(col('firstPublishedAt'), '>=', filters.from);
    if (filters.to) qb.where(col('firstPublishedAt'), '<=', filters.to);
    return qb;
  };

  /**
   * The page's SQL for each way of naming the row, made once: building it is a good part of a read's cost. The
   * values of the key are slots in its bindings, filled at each read.
   */
  const pageStatements = new Map<string, Knex.Sql>();
  const pageStatement = (shape: 'documentId' | 'slugInLocale' | 'slugFirstLocale', status: Status): Knex.Sql => {
    const known = pageStatements.get(`${shape}:${status}`);
    if (known) return known;
    const qb = publication(db()(`${article.tableName} as a`), status)
      .select('a.*')
      .select(pageColumns())
      .select(db().raw(alternatesSql))
      .select(db().raw(correctionsSql))
      .limit(1);
    if (shape === 'documentId') {
      qb.where(col('documentId'), slot('documentId')).where(col('locale'), slot('locale'));
    } else if (shape === 'slugInLocale') {
      qb.where(col('slug'), slot('slug')).where(col('locale'), slot('locale'));
    } else {
      // Slugs are unique per locale only: the default locale wins, then the first locale.
      qb.where(col('slug'), slot('slug'))
        .orderByRaw('CASE WHEN ?? = ? THEN 0 ELSE 1 END', [col('locale'), slot('defaultLocale')])
        .orderBy([col('locale'), col('id')]);
    }
    const statement = qb.toSQL();
    pageStatements.set(`${shape}:${status}`, statement);
    return statement;
  };

  /**
   * On PostgreSQL the page's query is a named prepared statement: planning it (its JSON subqueries) costs twice
   * what running it does, and a named statement is planned once per connection. A column added to the table by
   * another instance's schema sync (a rolling deploy) makes PostgreSQL refuse the statement's cached plan, since
   * it selects `a.*` ("cached plan must not change result type", SQLSTATE 0A000, whatever the server's language):
   * the statements then take new names, and are prepared again.
   */
  let statementGeneration = 0;
  const STALE_PLAN = '0A000';
  const runPage = async (key: string, text: string, bindings: readonly unknown[]): Promise<unknown> => {
    if (dialect !== 'postgres') return db().raw(text, bindings as Knex.RawBinding[]);
    const named = () =>
      db()
        .raw(text, bindings as Knex.RawBinding[])
        .options({ name: `newsroom_page_${key}_${statementGeneration}` });
    try {
      return await named();
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code !== STALE_PLAN) throw error;
      statementGeneration += 1;
      return named();
    }
  };

  /** The rows of a raw select, which each driver hands back in its own shape. */
  const rowsOf = (result: unknown): Row[] => {
    if (dialect === 'postgres') return (result as { rows: Row[] }).rows;
    return dialect === 'mysql' ? (result as [Row[]])[0] : (result as Row[]);
  };

  return {
    /**
     * A page of cards with their relations and the count of matching articles, in one query, after one for the
     * ids of each relation filter (a tag, an expert). The count stops at `countUpTo`: with the listing index, the
     * page and the count then read as many entries whatever the archive's size. Only a page past the last one
     * needs another query: it has no row to carry the count.
     */
    async cardPage(query: CardPageQuery): Promise<CardPage> {
      const related: RelationFilter[] = [];
      for (const [name, where] of relationFilters(query)) {
        const ids = await targetIds(name, where);
        // Nothing can match: no query for the page.
        if (ids.length === 0) return { cards: [], total: 0, exact: true };
        related.push({ name, where, ids });
      }
      const table = `${article.tableName} as a`;
      const order = [
        { column: col('firstPublishedAt'), order: query.order },
        { column: col('id'), order: query.order },
      ];
      const counted = () =>
        db()
          .count({ n: '*' })
          .from(
            filtered(db()(table), query, related)
              .select(db().raw('1'))
              .limit(query.countUpTo + 1)
              .as('c'),
          );
      const page = filtered(db()(table), query, related)
        .select(col('id'))
        .orderBy(order)
        .limit(query.limit)
        .offset(query.offset)
        .as('p');
      const fields = [
        ...new Set([
          // The Document Service's SELECT DISTINCT, which it makes when it joins for a relation filter, puts the
          // sort columns first: its cards then start with firstPublishedAt, and so do these.
          ...(query.tag || query.tagType || query.subject || query.expert ? ['firstPublishedAt'] : []),
          'id',
          'documentId',
          ...ARTICLE_CARD_FIELDS,
          ...(query.withBody ? ['body'] : []),
        ]),
      ];
      const rows: Row[] = await db()
        .select(fields.map(col))
        .select(counted().as('__total'))
        .select(cardColumns())
        .from(page)
        .join(table, col('id'), 'p.id')
        .orderBy(order);
      const count = (n: unknown) => ({
        total: Math.min(Number(n), query.countUpTo),
        exact: Number(n) <= query.countUpTo,
      });
      if (rows.length === 0) {
        const past = query.offset > 0 ? ((await counted()) as { n: unknown }[])[0].n : 0;
        return { cards: [], ...count(past) };
      }
      return { cards: rows.map((row) => readArticle(row, CARD_RELATIONS)), ...count(rows[0].__total) };
    },

    /** One row of an article with its components, relations and the other locales it is published in. */
    async articlePage(key: ArticleRowKey): Promise<ArticleRow | null> {
      const shape = 'documentId' in key ? 'documentId' : key.locale ? 'slugInLocale' : 'slugFirstLocale';
      const { sql: text, bindings } = pageStatement(shape, key.status);
      const values: Record<string, unknown> = { ...key };
      const bound = bindings.map((binding) => (isSlot(binding) ? values[binding.slice(SLOT.length)] : binding));
      const [row] = rowsOf(await runPage(`${shape}_${key.status}`, text, bound));
      if (!row) return null;
      const alternateRows = ((jsonColumn(row.__alternates) as Row[] | null) ?? []).map((entry) => ({
        documentId: String(entry.documentId),
        locale: String(entry.locale),
        slug: entry.slug === null ? null : String(entry.slug),
      }));
      return {
        article: readArticle(row, PAGE_RELATIONS),
        alternates: alternateRows,
        corrections: ((jsonColumn(row.__corrections) as Row[] | null) ?? []).map(readCorrection),
      };
    },
  };
};

/** Built on first use: the SQL depends on the database and on the metadata, known once Strapi has loaded. */
export const createArticleReadsRepository = (strapi: Core.Strapi) => {
  let reads: ReturnType<typeof createReads> | undefined;
  const built = () => (reads ??= createReads(strapi));
  return {
    cardPage: (query: CardPageQuery): Promise<CardPage> => built().cardPage(query),
    articlePage: (key: ArticleRowKey) => built().articlePage(key),
  };
};

export type ArticleReadsRepository = ReturnType<typeof createArticleReadsRepository>;

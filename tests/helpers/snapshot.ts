import type { Core } from '@strapi/strapi';
import { PLUGIN_TABLES } from './database';

type Row = Record<string, unknown>;

/**
 * PLUGIN_TABLES and every table Strapi keeps for the plugin's types and components: the relation and
 * component join tables (an article's experts, tags, subjects, lead image, quotes and their experts),
 * read from Strapi's own metadata so that a table added with a field is counted without a change here.
 */
export const pluginTables = (strapi: Core.Strapi): string[] => {
  const tables = new Set(PLUGIN_TABLES);
  for (const [uid, meta] of strapi.db.metadata) {
    if (!uid.startsWith('plugin::newsroom.') && !uid.startsWith('newsroom.')) continue;
    tables.add(meta.tableName);
    for (const attribute of Object.values(meta.attributes)) {
      if ('joinTable' in attribute && attribute.joinTable) tables.add(attribute.joinTable.name);
    }
  }
  return [...tables].sort();
};

/** The row count of each table, in one statement (it runs after every one of hundreds of requests). */
export const countRows = async (strapi: Core.Strapi, tables: string[]): Promise<Record<string, number>> => {
  const knex = strapi.db.connection;
  const row: Record<string, unknown> = await knex
    .select(Object.fromEntries(tables.map((table) => [table, knex(table).count('*')])))
    .first();
  return Object.fromEntries(tables.map((table) => [table, Number(row[table])]));
};

type Uid =
  | 'plugin::newsroom.article'
  | 'plugin::newsroom.expert'
  | 'plugin::newsroom.entity-tag'
  | 'plugin::newsroom.correction';

/** An article row's components and relations, whole. */
export const ARTICLE_POPULATE = {
  quotes: { populate: { expert: true } },
  keyFigures: true,
  sources: true,
  experts: true,
  tags: true,
  subjects: true,
  leadImage: true,
};

const POPULATE: Partial<Record<Uid, Record<string, unknown>>> = { 'plugin::newsroom.article': ARTICLE_POPULATE };

/**
 * Every row of one document (each locale, draft and published) with its components and relations: what a
 * refused write must leave exactly as it was.
 */
export const wholeDocument = (strapi: Core.Strapi, uid: Uid, documentId: string): Promise<Row[]> =>
  strapi.db.query(uid).findMany({ where: { documentId }, populate: POPULATE[uid] ?? {}, orderBy: { id: 'asc' } });

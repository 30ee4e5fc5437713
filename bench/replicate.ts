import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';

const ARTICLES = 'newsroom_articles';
const SEARCH = 'newsroom_search';
const STATES = 'newsroom_translation_states';
// The rows that make an article page or card besides its own: relations and components, by the article's id.
const BY_ARTICLE: Record<string, string> = {
  newsroom_articles_tags_lnk: 'article_id',
  newsroom_articles_experts_lnk: 'article_id',
  newsroom_articles_subjects_lnk: 'article_id',
  newsroom_articles_cmps: 'entity_id',
};

/**
 * Grows the archive to `to` articles by copying, in SQL, the articles written through the Document Service: every row of an article (draft and published, all locales) with its relations and components, under
 * new ids, documentIds and slugs, with their search index entries and translation states. Copies share their originals' component rows,
 * which reads do not mind. For measuring how reads scale with the archive when writing 100,000 articles through
 * the Document Service would take hours here; the publication and translation logs are not copied.
 */
export const replicateArchive = async (
  strapi: Core.Strapi,
  to: number,
): Promise<{ articles: number; seconds: number }> => {
  const knex = strapi.db.connection;
  const client = strapi.db.dialect.client;
  const started = Date.now();
  // The written articles are the originals: copies carry a suffix their documentIds never have, and copy k takes
  // the ids past k times the originals' largest, so that a run can grow an archive it grew before.
  const originals = (qb: Knex.QueryBuilder) => qb.whereNot('document_id', 'like', '%-r%');
  const [{ max }] = await knex(ARTICLES).modify(originals).max({ max: 'id' });
  const last = Number(max);
  const [{ documents }] = await knex(ARTICLES).modify(originals).countDistinct({ documents: 'document_id' });
  const base = Number(documents);
  const [{ all }] = await knex(ARTICLES).countDistinct({ all: 'document_id' });
  const made = Math.round((Number(all) - base) / base);
  const copies = Math.max(0, Math.ceil((to - Number(all)) / base));
  const quote = (name: string) => (client === 'mysql' ? `\`${name}\`` : `"${name}"`);
  const suffixed = (column: string, copy: number) =>
    client === 'mysql' ? `CONCAT(${quote(column)}, '-r${copy}')` : `${quote(column)} || '-r${copy}'`;
  const columnsOf = async (table: string) => Object.keys(await knex(table).columnInfo());
  const articleColumns = await columnsOf(ARTICLES);
  // PostgreSQL computes the index's terms column.
  const searchColumns = (await columnsOf(SEARCH)).filter((column) => column !== 'terms');
  const stateColumns = (await columnsOf(STATES)).filter((column) => column !== 'id');
  const linkColumns = Object.fromEntries(
    await Promise.all(
      Object.keys(BY_ARTICLE).map(async (table) => [table, (await columnsOf(table)).filter((c) => c !== 'id')]),
    ),
  ) as Record<string, string[]>;

  for (let copy = made + 1; copy <= made + copies; copy += 1) {
    const offset = copy * last;
    await knex.transaction(async (trx) => {
      const values = articleColumns.map((column) =>
        column === 'id'
          ? `${quote('id')} + ${offset}`
          : column === 'document_id' || column === 'slug'
            ? suffixed(column, copy)
            : quote(column),
      );
      await trx.raw(
        `INSERT INTO ${quote(ARTICLES)} (${articleColumns.map(quote).join(', ')}) SELECT ${values.join(', ')} FROM ${quote(ARTICLES)} WHERE ${quote('id')} <= ${last}`,
      );
      // The search index's entries too: a start re-indexes every article it lacks, one by one.
      const searchValues = searchColumns.map((column) =>
        column === 'document_id' ? suffixed(column, copy) : quote(column),
      );
      await trx.raw(
        `INSERT INTO ${quote(SEARCH)} (${searchColumns.map(quote).join(', ')}) SELECT ${searchValues.join(', ')} FROM ${quote(SEARCH)} WHERE kind = 'article' AND document_id IN (SELECT document_id FROM ${quote(ARTICLES)} WHERE ${quote('id')} <= ${last})`,
      );
      // And their translation states: a start tracks every article that has none, one by one.
      const stateValues = stateColumns.map((column) =>
        column === 'document_id' || column === 'article_document_id' ? suffixed(column, copy) : quote(column),
      );
      await trx.raw(
        `INSERT INTO ${quote(STATES)} (${stateColumns.map(quote).join(', ')}) SELECT ${stateValues.join(', ')} FROM ${quote(STATES)} WHERE article_document_id IN (SELECT document_id FROM ${quote(ARTICLES)} WHERE ${quote('id')} <= ${last})`,
      );
      for (const [table, key] of Object.entries(BY_ARTICLE)) {
        const columns = linkColumns[table];
        const selected = columns.map((column) => (column === key ? `${quote(column)} + ${offset}` : quote(column)));
        await trx.raw(
          `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) SELECT ${selected.join(', ')} FROM ${quote(table)} WHERE ${quote(key)} <= ${last}`,
        );
      }
    });
  }
  if (client === 'postgres') {
    await knex.raw(`SELECT setval(pg_get_serial_sequence('${ARTICLES}', 'id'), (SELECT max(id) FROM ${ARTICLES}))`);
    // What autovacuum would do to rows this many, soon after: without the visibility map it builds, every index
    // scan also reads the table (no index-only scans), which is not how a live archive reads.
    await knex.raw('VACUUM ANALYZE');
  } else if (client === 'sqlite') {
    await knex.raw('ANALYZE');
  } else {
    await knex.raw(`ANALYZE TABLE ${[ARTICLES, ...Object.keys(BY_ARTICLE)].map(quote).join(', ')}`);
  }
  return { articles: copies * base, seconds: (Date.now() - started) / 1000 };
};

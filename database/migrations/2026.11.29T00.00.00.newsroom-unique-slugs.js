/* global strapi */
'use strict';

const path = require('node:path');

/**
 * Slugs unique per content type, locale and publication state, in the database itself (an existing database:
 * duplicates written before are numbered first). Strapi runs migrations before it syncs the schema, so on a
 * new database the tables do not exist yet and the plugin's bootstrap adds the same indexes after the sync.
 * One implementation, the plugin's compiled module: Strapi runs this app from its dist/ folder.
 */
module.exports = {
  async up(knex, db) {
    const { ensureUniqueSlugs } = require(path.join(strapi.dirs.dist.src, 'plugins/newsroom/server/src/database/unique-slugs.js'));
    await ensureUniqueSlugs(knex, db.dialect.client);
  },
};

import type { Core } from '@strapi/strapi';

/**
 * Resolves once no SQL has run for `quietMs`. Strapi fills webhook payloads after a write has returned
 * (document-service/events.ts): after a burst of writes those queries go on for a while, and must neither be
 * counted as the next request's nor compete with a measured load, nor outlive a stopped instance's pool.
 */
export const quiesce = (strapi: Core.Strapi, quietMs = 300, maxMs = 120_000): Promise<void> =>
  new Promise((resolve) => {
    const connection = strapi.db.connection;
    const done = () => {
      clearTimeout(quiet);
      clearTimeout(limit);
      connection.off('query', onQuery);
      resolve();
    };
    let quiet = setTimeout(done, quietMs);
    const limit = setTimeout(done, maxMs);
    function onQuery() {
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    }
    connection.on('query', onQuery);
  });

import type { Core, UID } from '@strapi/strapi';
import { queryProblemError, schemaLookup } from '../validation/query-error';
import { readQueryProblem } from '../validation/read-query';

/** The content type whose schema a route's query is checked against (set in routes/content-api.ts). */
export interface ValidQueryRouteConfig {
  uid: string;
}

// Strapi's own bound of a REST page, when config/api.ts does not set one.
const DEFAULT_MAX_PAGE_SIZE = 100;

/**
 * On Strapi's own find/findOne routes of the plugin's types: `filters`, `sort`, `fields`, `populate` and
 * `pagination` are checked against the schema before the controller runs, so what one database would answer
 * with a 500 (`filters[id][$eq]=abc` on PostgreSQL) or a silent drop (an `$or` past qs's arrayLimit) is a 400
 * naming the parameter on all of them.
 */
const validQuery =
  (config: ValidQueryRouteConfig, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler =>
  async (ctx, next) => {
    const model = strapi.getModel(config.uid as UID.Schema);
    const maxPageSize = strapi.config.get<number>('api.rest.maxLimit', DEFAULT_MAX_PAGE_SIZE);
    const problem = readQueryProblem(ctx.query as Record<string, unknown>, model, schemaLookup(strapi), { maxPageSize });
    if (problem) throw queryProblemError(problem);
    return next();
  };

export default validQuery;

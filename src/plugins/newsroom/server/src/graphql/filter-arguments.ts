import type { Core, UID } from '@strapi/strapi';
import { ARTICLE_UID, ENTITY_TAG_UID, EXPERT_UID, MEDIA_TOPIC_UID } from '../constants';
import { filterProblem, isToMany, type FilterableModel } from '../validation/filters';
import { queryProblemError, schemaLookup } from '../validation/query-error';
import type { GraphqlNaming, ResolverMiddleware } from './types';

// The readable types: their queries, and the to-many relations of each, take `filters`.
const FILTERED_TYPES = [ARTICLE_UID, EXPERT_UID, ENTITY_TAG_UID, MEDIA_TOPIC_UID] as const;

/** Checks `filters` against `model` before the resolver builds its SQL: BAD_USER_INPUT naming the path. */
const checkedFilters =
  (strapi: Core.Strapi, model: FilterableModel): ResolverMiddleware<Record<string, unknown>> =>
  (resolve, parent, args, context, info) => {
    const problem = filterProblem(args.filters, model, schemaLookup(strapi), { spelling: 'graphql' });
    if (problem) throw queryProblemError(problem);
    return resolve(parent, args, context, info);
  };

/**
 * The resolver middlewares that run the filter walker (validation/filters.ts) on every `filters` argument of
 * the plugin's GraphQL queries and of their list relations (`newsroomArticles { tags(filters: ...) }`): one
 * `or` of 5,000 branches is refused at once instead of blocking the server while the SQL is built and run.
 * For `extension.use`: evaluated when the schema is built, once the content types are known.
 */
export const filterArguments = (strapi: Core.Strapi) => () => {
  const { naming } = strapi.plugin('graphql').service('utils') as { naming: GraphqlNaming };
  const resolversConfig: Record<string, { middlewares: ResolverMiddleware<Record<string, unknown>>[] }> = {};
  for (const uid of FILTERED_TYPES) {
    const contentType = strapi.contentType(uid);
    // One object per field: the GraphQL plugin merges its own settings into these in place.
    resolversConfig[`Query.${naming.getFindQueryName(contentType)}`] = { middlewares: [checkedFilters(strapi, contentType)] };
    resolversConfig[`Query.${naming.getFindConnectionQueryName(contentType)}`] = {
      middlewares: [checkedFilters(strapi, contentType)],
    };
    for (const [name, attribute] of Object.entries(contentType.attributes)) {
      if (attribute.type !== 'relation' || attribute.private || !('target' in attribute) || !isToMany(attribute.relation)) continue;
      const target = strapi.getModel(attribute.target as UID.Schema);
      if (!target) continue;
      for (const field of [name, `${name}_connection`]) {
        resolversConfig[`${naming.getTypeName(contentType)}.${field}`] = { middlewares: [checkedFilters(strapi, target)] };
      }
    }
  }
  return { resolversConfig };
};

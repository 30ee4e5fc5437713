import type { Core, Struct } from '@strapi/strapi';
import { COMPONENT_CATEGORY } from '../components';
import { PLUGIN_ID } from '../constants';
import { turns } from './turns';
import type { GraphqlNaming, ResolverMiddleware } from './types';



// Attributes the GraphQL plugin resolves with a query of their own, one per parent.
const QUERIED_ATTRIBUTE_TYPES = new Set(['relation', 'media', 'component', 'dynamiczone']);

/**
 * How many of one request's root queries, and of its relations, may be resolved at once. A root resolves (and
 * sanitizes) a page of up to maxLimit entries, and its leaves complete in the same turn: one at a time. Relations
 * are smaller: a few at once keep a few database connections busy (PostgreSQL, MariaDB) while on SQLite, whose
 * driver is synchronous, the ones resumed in one event-loop turn still take milliseconds.
 */
const ROOTS_IN_FLIGHT = 1;
const RELATIONS_IN_FLIGHT = 4;

const inTurnBy =
  (inTurn: ReturnType<typeof turns>): ResolverMiddleware<unknown, object> =>
  (next, parent, args, context, info) =>
    inTurn(context, () => next(parent, args, context, info));

const rootInTurn = inTurnBy(turns(ROOTS_IN_FLIGHT));
const relationInTurn = inTurnBy(turns(RELATIONS_IN_FLIGHT));

/**
 * Resolver configuration (the GraphQL extension's `resolversConfig`) queuing the plugin's root queries and every
 * relation, media and component field of its types and components through `inTurn`: each resolves a page (and
 * sanitizes it), and a request of many of them shares the event loop instead of holding it.
 */
export const resolversInTurn = (strapi: Core.Strapi): Record<string, { middlewares: ResolverMiddleware[] }> => {
  const naming = strapi.plugin('graphql').service('utils').naming as GraphqlNaming;
  const contentTypes = Object.values(strapi.contentTypes).filter((contentType) => contentType.plugin === PLUGIN_ID);
  const rootQueries = contentTypes.flatMap((contentType) =>
    [naming.getFindQueryName, naming.getFindConnectionQueryName, naming.getFindOneQueryName].map(
      (queryName) => `Query.${queryName(contentType)}`,
    ),
  );
  const models: [string, Struct.Schema][] = [
    ...contentTypes.map((contentType): [string, Struct.Schema] => [naming.getTypeName(contentType), contentType]),
    ...Object.values(strapi.components)
      .filter((component) => component.category === COMPONENT_CATEGORY)
      .map((component): [string, Struct.Schema] => [naming.getComponentName(component), component]),
  ];
  const relations = models.flatMap(([typeName, model]) =>
    Object.entries(model.attributes)
      .filter(([, attribute]) => QUERIED_ATTRIBUTE_TYPES.has(attribute.type))
      .map(([name]) => `${typeName}.${name}`),
  );
  return Object.fromEntries([
    ...rootQueries.map((field) => [field, { middlewares: [rootInTurn] }]),
    ...relations.map((field) => [field, { middlewares: [relationInTurn] }]),
  ]);
};

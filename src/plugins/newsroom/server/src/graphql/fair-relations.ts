import type { Core, Struct } from '@strapi/strapi';
import { COMPONENT_CATEGORY } from '../components';
import { PLUGIN_ID } from '../constants';
import { inTurn } from './relation-turns';

type Resolver = (parent: unknown, args: unknown, context: object, info: unknown) => unknown;
type ResolverMiddleware = (next: Resolver, parent: unknown, args: unknown, context: object, info: unknown) => Promise<unknown>;

interface GraphqlNaming {
  getTypeName(contentType: Struct.ContentTypeSchema): string;
  getComponentName(component: Struct.ComponentSchema): string;
}

// Attributes the GraphQL plugin resolves with a query of their own, one per parent.
const QUERIED_ATTRIBUTE_TYPES = new Set(['relation', 'media', 'component', 'dynamiczone']);

const resolveInTurn: ResolverMiddleware = (next, parent, args, context, info) =>
  inTurn(context, () => next(parent, args, context, info));

/**
 * Resolver configuration (the GraphQL extension's `resolversConfig`) queuing every relation, media and component
 * field of the plugin's types and components through `inTurn`, so that a large page of them shares the event loop.
 */
export const relationsInTurn = (strapi: Core.Strapi): Record<string, { middlewares: ResolverMiddleware[] }> => {
  const naming = strapi.plugin('graphql').service('utils').naming as GraphqlNaming;
  const models: [string, Struct.Schema][] = [
    ...Object.values(strapi.contentTypes)
      .filter((contentType) => contentType.plugin === PLUGIN_ID)
      .map((contentType): [string, Struct.Schema] => [naming.getTypeName(contentType), contentType]),
    ...Object.values(strapi.components)
      .filter((component) => component.category === COMPONENT_CATEGORY)
      .map((component): [string, Struct.Schema] => [naming.getComponentName(component), component]),
  ];
  return Object.fromEntries(
    models.flatMap(([typeName, model]) =>
      Object.entries(model.attributes)
        .filter(([, attribute]) => QUERIED_ATTRIBUTE_TYPES.has(attribute.type))
        .map(([name]) => [`${typeName}.${name}`, { middlewares: [resolveInTurn] }]),
    ),
  );
};

import type { Struct } from '@strapi/strapi';
import type { GraphQLResolveInfo } from 'graphql';

/** A field's resolver, as the GraphQL plugin hands it to a resolver middleware. */
export type Resolve<Args = unknown, Context = unknown> = (
  parent: unknown,
  args: Args,
  context: Context,
  info: GraphQLResolveInfo,
) => unknown;

/** A resolver middleware of the GraphQL plugin's `resolversConfig`: it calls `resolve` or answers instead. */
export type ResolverMiddleware<Args = unknown, Context = unknown> = (
  resolve: Resolve<Args, Context>,
  parent: unknown,
  args: Args,
  context: Context,
  info: GraphQLResolveInfo,
) => unknown;

/** The names the GraphQL plugin gives types and queries (`strapi.plugin('graphql').service('utils').naming`). */
export interface GraphqlNaming {
  getTypeName(contentType: Struct.ContentTypeSchema): string;
  getComponentName(component: Struct.ComponentSchema): string;
  getFindQueryName(contentType: Struct.ContentTypeSchema): string;
  getFindConnectionQueryName(contentType: Struct.ContentTypeSchema): string;
  getFindOneQueryName(contentType: Struct.ContentTypeSchema): string;
}

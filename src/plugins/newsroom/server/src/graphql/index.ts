import type { Core } from '@strapi/strapi';
import type { ApolloServerOptions, BaseContext } from '@apollo/server';
import {
  ARTICLE_UID,
  CORRECTION_UID,
  DESK_STATE_UID,
  ENTITY_TAG_UID,
  EXPERT_UID,
  MEDIA_TOPIC_UID,
  PUBLICATION_EVENT_UID,
  SLUG_REDIRECT_UID,
  TRANSLATION_STATE_UID,
  SOURCE_REVISION_UID,
} from '../constants';
import { pluginConfig } from '../utils/plugin-config';
import { operationBounds } from './cost-limit';
import { filterArguments } from './filter-arguments';
import { formatGraphqlError } from './format-error';
import { resolversInTurn } from './resolvers-in-turn';
import { rootFieldLimit } from './root-field-limit';

// Root fields (aliases included) one operation may ask for: a page needs a handful.
const MAX_ROOT_FIELDS = 10;
/**
 * Selections one operation may hold with its fragments expanded. Setting it makes Apollo run graphql's own rules
 * (NoFragmentCyclesRule among them) before the configured ones: the plugin's depth limit follows fragment spreads
 * without a guard, and a fragment cycle overflowed its stack (a 500) instead of failing validation.
 */
const MAX_RECURSIVE_SELECTIONS = 5_000;

type ApolloConfig = Partial<ApolloServerOptions<BaseContext>>;

/** The page sizes the GraphQL plugin applies; an unbounded `maxLimit` (-1, its default) counts as no bound. */
const graphqlPageSizes = (strapi: Core.Strapi) => {
  const maxLimit = Number(strapi.config.get('plugin::graphql.maxLimit', -1));
  const bound = maxLimit > 0 ? maxLimit : Number.MAX_SAFE_INTEGER;
  const defaultLimit = Number(strapi.config.get('plugin::graphql.defaultLimit', 100));
  return { defaultLimit: Math.min(defaultLimit > 0 ? defaultLimit : 100, bound), maxLimit: bound };
};

interface GraphqlExtensionService {
  shadowCRUD(uid: string): { disable(): void; disableMutations(): void };
  use(extension: () => { resolversConfig: Record<string, { policies?: string[]; middlewares?: unknown[] }> }): void;
}

// The queries the GraphQL plugin generates for the plugin's readable types (singular, plural, connection).
const QUERY_NAMES = ['newsroomArticle', 'newsroomExpert', 'newsroomEntityTag'].flatMap((name) => [
  name,
  `${name}s`,
  `${name}s_connection`,
]);

type MiddlewareConfig = Record<string, { middlewares: unknown[] }>;

/** The fields of every configuration, each with the middlewares of all of them, in their order. */
const withMiddlewaresOf = (...configs: MiddlewareConfig[]): MiddlewareConfig => {
  const merged: MiddlewareConfig = {};
  for (const config of configs) {
    for (const [field, { middlewares }] of Object.entries(config)) {
      merged[field] = { middlewares: [...(merged[field]?.middlewares ?? []), ...middlewares] };
    }
  }
  return merged;
};

/**
 * GraphQL (when @strapi/plugin-graphql is installed) reads articles, experts and tags. Writes stay on the
 * REST routes, where the payload is validated; the slug history is internal; and the same policy as REST
 * refuses `status: DRAFT` to anyone without an API token, at every entry point a draft could be read from.
 * One operation asks for at most MAX_ROOT_FIELDS root fields, costs at most `graphql.maxCost` (counted before
 * any resolver runs), and an error that is not the client's reaches it without its text.
 */
export const registerGraphql = (strapi: Core.Strapi): void => {
  if (!strapi.plugin('graphql')) return;
  const extension = strapi.plugin('graphql').service('extension') as GraphqlExtensionService;
  for (const uid of [ARTICLE_UID, EXPERT_UID, ENTITY_TAG_UID, MEDIA_TOPIC_UID]) extension.shadowCRUD(uid).disableMutations();
  for (const uid of [SLUG_REDIRECT_UID, TRANSLATION_STATE_UID, SOURCE_REVISION_UID, CORRECTION_UID, PUBLICATION_EVENT_UID, DESK_STATE_UID]) extension.shadowCRUD(uid).disable();
  const bounds = pluginConfig(strapi).graphql;
  const apollo = strapi.config.get<ApolloConfig>('plugin::graphql.apolloServer', {});
  // Merged into the GraphQL plugin's own Apollo options at its bootstrap: arrays are appended, the rest replaced.
  const newsroomApollo: ApolloConfig = {
    validationRules: [...(apollo.validationRules ?? []), rootFieldLimit(MAX_ROOT_FIELDS)],
    maxRecursiveSelections: MAX_RECURSIVE_SELECTIONS,
    parseOptions: { ...apollo.parseOptions, maxTokens: bounds.maxTokens },
    plugins: [
      ...(apollo.plugins ?? []),
      operationBounds({
        maxCost: bounds.maxCost,
        maxVariableValues: bounds.maxVariableValues,
        pageSizes: graphqlPageSizes(strapi),
      }),
    ],
    formatError: formatGraphqlError((line) => strapi.log.error(line)),
    includeStacktraceInErrorResponses: false,
  };
  strapi.config.set('plugin::graphql.apolloServer', { ...apollo, ...newsroomApollo });
  // Called when the schema is built (bootstrap), when every content type and component is known.
  // One configuration for both: the extension merges arrays index by index, so two `use` calls giving one field
  // `middlewares` would keep only one of them. The filter check runs first, before the request queues its turn.
  extension.use(() => ({
    resolversConfig: withMiddlewaresOf(filterArguments(strapi)().resolversConfig, resolversInTurn(strapi)),
  }));
  extension.use(() => ({
    resolversConfig: Object.fromEntries(
      QUERY_NAMES.map((name) => [`Query.${name}`, { policies: ['plugin::newsroom.drafts-require-token'] }])
    ),
  }));
};

import type { Core } from '@strapi/strapi';
import type { ValidationRule } from 'graphql';
import {
  ARTICLE_UID,
  CORRECTION_UID,
  ENTITY_TAG_UID,
  EXPERT_UID,
  MEDIA_TOPIC_UID,
  PUBLICATION_EVENT_UID,
  SLUG_REDIRECT_UID,
  TRANSLATION_STATE_UID,
} from '../constants';
import { filterArguments } from './filter-arguments';
import { rootFieldLimit } from './root-field-limit';

// Root fields (aliases included) one operation may ask for: a page needs a handful.
const MAX_ROOT_FIELDS = 10;

interface GraphqlExtensionService {
  shadowCRUD(uid: string): { disable(): void; disableMutations(): void };
  use(extension: () => { resolversConfig: Record<string, object> }): void;
}

// The queries the GraphQL plugin generates for the plugin's readable types (singular, plural, connection).
const QUERY_NAMES = ['newsroomArticle', 'newsroomExpert', 'newsroomEntityTag'].flatMap((name) => [
  name,
  `${name}s`,
  `${name}s_connection`,
]);

/**
 * GraphQL (when @strapi/plugin-graphql is installed) reads articles, experts and tags. Writes stay on the
 * REST routes, where the payload is validated; the slug history is internal; and the same policy as REST
 * refuses `status: DRAFT` to anyone without an API token, at every entry point a draft could be read from.
 * One operation asks for at most MAX_ROOT_FIELDS root fields.
 */
export const registerGraphql = (strapi: Core.Strapi): void => {
  if (!strapi.plugin('graphql')) return;
  const extension = strapi.plugin('graphql').service('extension') as GraphqlExtensionService;
  for (const uid of [ARTICLE_UID, EXPERT_UID, ENTITY_TAG_UID, MEDIA_TOPIC_UID]) extension.shadowCRUD(uid).disableMutations();
  for (const uid of [SLUG_REDIRECT_UID, TRANSLATION_STATE_UID, CORRECTION_UID, PUBLICATION_EVENT_UID]) extension.shadowCRUD(uid).disable();
  const apollo = strapi.config.get<{ validationRules?: ValidationRule[] }>('plugin::graphql.apolloServer', {});
  strapi.config.set('plugin::graphql.apolloServer', {
    ...apollo,
    validationRules: [...(apollo.validationRules ?? []), rootFieldLimit(MAX_ROOT_FIELDS)],
  });
  extension.use(() => ({
    resolversConfig: Object.fromEntries(
      QUERY_NAMES.map((name) => [`Query.${name}`, { policies: ['plugin::newsroom.drafts-require-token'] }])
    ),
  }));
  extension.use(filterArguments(strapi));
};

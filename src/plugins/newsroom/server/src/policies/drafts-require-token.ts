import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { API_TOKEN_STRATEGY, authStrategyOf } from './auth-strategy';

interface PolicyContextExtras {
  /** Set on GraphQL resolvers: the query's arguments. */
  args?: Record<string, unknown>;
}

// Strapi 5 parameters that read or reveal draft state: which published entries have unpublished edits
// (`publicationFilter: modified`), which drafts were never published (`hasPublishedVersion`).
const DRAFT_STATE_PARAMETERS = ['publicationFilter', 'hasPublishedVersion'];

/** The parameters of a REST query string or of a GraphQL field. */
const parametersOf = (policyContext: Parameters<Core.PolicyHandler>[0]): Record<string, unknown> =>
  (policyContext.is('graphql')
    ? (policyContext as unknown as PolicyContextExtras).args
    : (policyContext.request?.query as Record<string, unknown> | undefined)) ?? {};

/**
 * Strapi's content API serves `?status=draft` to anyone allowed to `find`, the public included.
 * Drafts (and so embargoed pieces) are for the newsroom: only an API token may ask for them, or for
 * anything about them.
 */
const draftsRequireToken: Core.PolicyHandler = (policyContext) => {
  const parameters = parametersOf(policyContext);
  const status = parameters.status;
  const askingAboutDrafts = DRAFT_STATE_PARAMETERS.some((name) => parameters[name] !== undefined);
  if ((status === undefined || status === 'published') && !askingAboutDrafts) return true;
  if (authStrategyOf(policyContext) === API_TOKEN_STRATEGY) return true;
  throw new errors.PolicyError(
    'Reading drafts or their state (status=draft, publicationFilter, hasPublishedVersion) needs an API token; the public reads published entries only',
    { policy: 'drafts-require-token' }
  );
};

export default draftsRequireToken;

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

// The name Strapi's admin gives its content-API token strategy (@strapi/admin, strategies/content-api-token).
const API_TOKEN_STRATEGY = 'content-api-token';

interface PolicyContextExtras {
  state?: { auth?: { strategy?: { name?: string } } };
  /** Set on GraphQL resolvers: the query's arguments. */
  args?: { status?: string };
}

/** The publication status asked for, in a REST query string or in GraphQL arguments. */
const requestedStatus = (policyContext: Parameters<Core.PolicyHandler>[0]): unknown =>
  policyContext.is('graphql')
    ? (policyContext as unknown as PolicyContextExtras).args?.status
    : policyContext.request?.query?.status;

/**
 * Strapi's content API serves `?status=draft` to anyone allowed to `find`, the public included.
 * Drafts (and so embargoed pieces) are for the newsroom: only an API token may ask for them.
 */
const draftsRequireToken: Core.PolicyHandler = (policyContext) => {
  const status = requestedStatus(policyContext);
  if (status === undefined || status === 'published') return true;
  if ((policyContext as PolicyContextExtras).state?.auth?.strategy?.name === API_TOKEN_STRATEGY) return true;
  throw new errors.PolicyError(
    'Reading drafts (status=draft) needs an API token; the public reads published entries only',
    { policy: 'drafts-require-token' }
  );
};

export default draftsRequireToken;

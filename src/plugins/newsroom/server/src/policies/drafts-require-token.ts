import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

interface AuthState {
  state?: { auth?: { strategy?: { name?: string } } };
}

/**
 * Strapi's content API serves `?status=draft` to anyone allowed to `find`, the public included.
 * Drafts (and so embargoed pieces) are for the newsroom: only an API token may ask for them.
 */
const draftsRequireToken: Core.PolicyHandler = (policyContext) => {
  const status = policyContext.request?.query?.status;
  if (status === undefined || status === 'published') return true;
  if ((policyContext as AuthState).state?.auth?.strategy?.name === 'api-token') return true;
  throw new errors.PolicyError(
    'Reading drafts (status=draft) needs an API token; the public reads published entries only',
    { policy: 'drafts-require-token' }
  );
};

export default draftsRequireToken;

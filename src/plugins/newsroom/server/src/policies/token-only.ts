import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { API_TOKEN_STRATEGY, authStrategyOf } from './auth-strategy';

/**
 * For the newsroom's own tools, never the public: even if someone grants the public role the action, the
 * route answers only to an API token (the admin panel has its own routes behind the admin login).
 */
const tokenOnly: Core.PolicyHandler = (policyContext) => {
  if (authStrategyOf(policyContext) === API_TOKEN_STRATEGY) return true;
  throw new errors.PolicyError('This route needs an API token', { policy: 'token-only' });
};

export default tokenOnly;

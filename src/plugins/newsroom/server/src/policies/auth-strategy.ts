import type { Core } from '@strapi/strapi';

// The name Strapi's admin gives its content-API token strategy (@strapi/admin, strategies/content-api-token).
export const API_TOKEN_STRATEGY = 'content-api-token';

interface WithAuthState {
  state?: { auth?: { strategy?: { name?: string } } };
}

/** Which of Strapi's authentication strategies let the request in (undefined for the public). */
export const authStrategyOf = (policyContext: Parameters<Core.PolicyHandler>[0]): string | undefined =>
  (policyContext as WithAuthState).state?.auth?.strategy?.name;

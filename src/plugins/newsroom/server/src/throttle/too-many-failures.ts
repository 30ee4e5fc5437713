import { errors } from '@strapi/utils';

/** The 429 a throttled login gets, over REST and GraphQL alike; `retryAfter` in seconds. */
export const tooManyFailures = (retryAfter: number): errors.RateLimitError =>
  new errors.RateLimitError('Too many failed logins from this address: try again later', { retryAfter });

import { describeResponseCache } from './helpers/response-cache-cases';

// The default store; tests/response-cache-redis.test.ts runs the same cases on Redis, and two instances.
describeResponseCache('in-process', { NEWSROOM_RESPONSE_CACHE: 'memory' });

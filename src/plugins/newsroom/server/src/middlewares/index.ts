import cachedAnswers from './cached-answers';
import httpCache from './http-cache';
import requestGuard from './request-guard';
import responseCache from './response-cache';

export default {
  'cached-answers': cachedAnswers,
  'http-cache': httpCache,
  'request-guard': requestGuard,
  'response-cache': responseCache,
};

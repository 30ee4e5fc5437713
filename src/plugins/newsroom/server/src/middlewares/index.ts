import httpCache from './http-cache';
import requestGuard from './request-guard';
import responseCache from './response-cache';

export default {
  'http-cache': httpCache,
  'request-guard': requestGuard,
  'response-cache': responseCache,
};

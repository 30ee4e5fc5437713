import credentialsNoStore from './credentials-no-store';
import loginThrottle from './login-throttle';
import publicReads from './public-reads';
import httpCache from './http-cache';
import requestGuard from './request-guard';
import responseCache from './response-cache';
import validQuery from './valid-query';

export default {
  'credentials-no-store': credentialsNoStore,
  'login-throttle': loginThrottle,
  'public-reads': publicReads,
  'http-cache': httpCache,
  'request-guard': requestGuard,
  'response-cache': responseCache,
  'valid-query': validQuery,
};

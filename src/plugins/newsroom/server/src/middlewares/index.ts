import publicReads from './public-reads';
import httpCache from './http-cache';
import requestGuard from './request-guard';
import responseCache from './response-cache';
import validQuery from './valid-query';

export default {
  'public-reads': publicReads,
  'http-cache': httpCache,
  'request-guard': requestGuard,
  'response-cache': responseCache,
  'valid-query': validQuery,
};

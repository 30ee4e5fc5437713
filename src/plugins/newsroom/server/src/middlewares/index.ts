import httpCache from './http-cache';
import requestGuard from './request-guard';

export default {
  'http-cache': httpCache,
  'request-guard': requestGuard,
};

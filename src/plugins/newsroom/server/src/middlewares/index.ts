import httpCache from './http-cache';

export default {
  'http-cache': httpCache,
};

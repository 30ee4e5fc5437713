import draftsRequireToken from './drafts-require-token';

export default {
  'drafts-require-token': draftsRequireToken,
};

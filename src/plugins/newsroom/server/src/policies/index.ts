import draftsRequireToken from './drafts-require-token';
import tokenOnly from './token-only';

export default {
  'drafts-require-token': draftsRequireToken,
  'token-only': tokenOnly,
};

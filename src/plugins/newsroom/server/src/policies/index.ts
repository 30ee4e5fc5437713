import draftsRequireToken from './drafts-require-token';
import mayWriteLocale from './may-write-locale';
import tokenOnly from './token-only';

export default {
  'drafts-require-token': draftsRequireToken,
  'may-write-locale': mayWriteLocale,
  'token-only': tokenOnly,
};

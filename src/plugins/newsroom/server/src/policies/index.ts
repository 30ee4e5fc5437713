import draftsRequireToken from './drafts-require-token';
import mayEditArticles from './may-edit-articles';
import mayReadLocale from './may-read-locale';
import mayWriteLocale from './may-write-locale';
import tokenOnly from './token-only';

export default {
  'drafts-require-token': draftsRequireToken,
  'may-edit-articles': mayEditArticles,
  'may-read-locale': mayReadLocale,
  'may-write-locale': mayWriteLocale,
  'token-only': tokenOnly,
};

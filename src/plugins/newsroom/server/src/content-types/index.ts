import article from './article';
import entityTag from './entity-tag';
import expert from './expert';
import slugRedirect from './slug-redirect';
import translationState from './translation-state';

export default {
  article,
  expert,
  'entity-tag': entityTag,
  'slug-redirect': slugRedirect,
  'translation-state': translationState,
};

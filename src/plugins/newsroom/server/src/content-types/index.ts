import article from './article';
import correction from './correction';
import entityTag from './entity-tag';
import expert from './expert';
import publicationEvent from './publication-event';
import slugRedirect from './slug-redirect';
import translationState from './translation-state';

export default {
  article,
  expert,
  'entity-tag': entityTag,
  correction,
  'publication-event': publicationEvent,
  'slug-redirect': slugRedirect,
  'translation-state': translationState,
};

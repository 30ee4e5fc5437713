import article from './article';
import correction from './correction';
import deskState from './desk-state';
import entityTag from './entity-tag';
import expert from './expert';
import mediaTopic from './media-topic';
import publicationEvent from './publication-event';
import slugRedirect from './slug-redirect';
import sourceRevision from './source-revision';
import translationState from './translation-state';

export default {
  article,
  expert,
  'entity-tag': entityTag,
  correction,
  'media-topic': mediaTopic,
  'publication-event': publicationEvent,
  'desk-state': deskState,
  'slug-redirect': slugRedirect,
  'source-revision': sourceRevision,
  'translation-state': translationState,
};

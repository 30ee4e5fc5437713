import article from './article';
import correction from './correction';
import desk from './desk';
import editorial from './editorial';
import entityTag from './entity-tag';
import expert from './expert';
import feed from './feed';
import mediaTopic from './media-topic';
import preview from './preview';
import search from './search';
import sitemap from './sitemap';
import translation from './translation';

export default {
  article,
  correction,
  desk,
  editorial,
  expert,
  'entity-tag': entityTag,
  feed,
  'media-topic': mediaTopic,
  preview,
  search,
  sitemap,
  translation,
};

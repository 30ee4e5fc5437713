import article from './article';
import entityTag from './entity-tag';
import expert from './expert';
import feed from './feed';
import search from './search';

export default {
  article,
  expert,
  'entity-tag': entityTag,
  feed,
  search,
};

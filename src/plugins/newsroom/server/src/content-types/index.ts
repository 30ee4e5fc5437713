import article from './article';
import entityTag from './entity-tag';
import expert from './expert';

export default {
  article,
  expert,
  'entity-tag': entityTag,
};

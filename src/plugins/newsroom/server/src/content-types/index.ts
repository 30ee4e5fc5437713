import article from './article';
import entityTag from './entity-tag';
import expert from './expert';
import slugRedirect from './slug-redirect';

export default {
  article,
  expert,
  'entity-tag': entityTag,
  'slug-redirect': slugRedirect,
};

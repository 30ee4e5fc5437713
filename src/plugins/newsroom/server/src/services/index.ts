import adminLayout from './admin-layout';
import article from './article';
import articleMetrics from './article-metrics';
import entityTag from './entity-tag';
import expert from './expert';
import locales from './locales';
import publicAccess from './public-access';
import referenceSeed from './reference-seed';
import relationTargets from './relation-targets';
import slugs from './slugs';

export default {
  adminLayout,
  article,
  expert,
  'entity-tag': entityTag,
  articleMetrics,
  locales,
  publicAccess,
  referenceSeed,
  relationTargets,
  slugs,
};

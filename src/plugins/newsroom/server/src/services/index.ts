import adminLayout from './admin-layout';
import article from './article';
import articleCards from './article-cards';
import articleFormats from './article-formats';
import articleMetrics from './article-metrics';
import entitySuggestions from './entity-suggestions';
import entityTag from './entity-tag';
import expert from './expert';
import locales from './locales';
import publicAccess from './public-access';
import referenceSeed from './reference-seed';
import relationTargets from './relation-targets';
import search from './search';
import searchIndexer from './search-indexer';
import slugResolver from './slug-resolver';
import slugs from './slugs';

export default {
  adminLayout,
  article,
  articleCards,
  articleFormats,
  expert,
  'entity-tag': entityTag,
  entitySuggestions,
  articleMetrics,
  locales,
  publicAccess,
  referenceSeed,
  relationTargets,
  search,
  searchIndexer,
  slugResolver,
  slugs,
};

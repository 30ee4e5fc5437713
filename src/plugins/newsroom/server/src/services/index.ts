import adminLayout from './admin-layout';
import article from './article';
import bootLock from './boot-lock';
import articleCards from './article-cards';
import articleFormats from './article-formats';
import articleMetrics from './article-metrics';
import articlePreview from './article-preview';
import corrections from './corrections';
import dashboard from './dashboard';
import desk from './desk';
import editorialCheck from './editorial-check';
import editorialRoles from './editorial-roles';
import embargoes from './embargoes';
import entitySuggestions from './entity-suggestions';
import entityTag from './entity-tag';
import expert from './expert';
import firstAdmin from './first-admin';
import locales from './locales';
import loginThrottle from './login-throttle';
import mediaTopic from './media-topic';
import mediaTopics from './media-topics';
import previewLinks from './preview-links';
import publicAccess from './public-access';
import publicationLog from './publication-log';
import referenceSeed from './reference-seed';
import relationTargets from './relation-targets';
import responseCache from './response-cache';
import search from './search';
import sharedFields from './shared-fields';
import searchIndexer from './search-indexer';
import slugResolver from './slug-resolver';
import sitemaps from './sitemaps';
import slugs from './slugs';
import translationEntities from './translation-entities';
import translations from './translations';
import translationWorkspace from './translation-workspace';
import writePreconditions from './write-preconditions';

export default {
  adminLayout,
  article,
  bootLock,
  articleCards,
  articleFormats,
  corrections,
  dashboard,
  desk,
  editorialCheck,
  editorialRoles,
  embargoes,
  expert,
  'entity-tag': entityTag,
  entitySuggestions,
  articleMetrics,
  articlePreview,
  firstAdmin,
  locales,
  loginThrottle,
  'media-topic': mediaTopic,
  mediaTopics,
  previewLinks,
  publicAccess,
  publicationLog,
  referenceSeed,
  relationTargets,
  responseCache,
  search,
  searchIndexer,
  sharedFields,
  slugResolver,
  sitemaps,
  slugs,
  translationEntities,
  translations,
  translationWorkspace,
  writePreconditions,
};

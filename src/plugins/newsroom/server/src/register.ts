import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { derivedFieldsMiddleware } from './document-middlewares/derived-fields';
import { deskMiddleware } from './document-middlewares/desk';
import { embargoMiddleware } from './document-middlewares/embargo';
import { imageBlocksMiddleware } from './document-middlewares/image-blocks';
import { publicationLogMiddleware } from './document-middlewares/publication-log';
import { relationListsMiddleware } from './document-middlewares/relation-lists';
import { responseCacheMiddleware } from './document-middlewares/response-cache';
import { searchIndexMiddleware } from './document-middlewares/search-index';
import { sharedFieldsMiddleware } from './document-middlewares/shared-fields';
import { shortTextsMiddleware } from './document-middlewares/short-texts';
import { slugHistoryMiddleware } from './document-middlewares/slug-history';
import { topicLabelsMiddleware } from './document-middlewares/topic-labels';
import { translationTrackingMiddleware } from './document-middlewares/translation-tracking';
import { registerApiDocumentation } from './documentation';
import { documentationPerInstance } from './documentation/per-instance';
import { registerGraphql } from './graphql';
import { registerGraphqlLoginThrottle } from './graphql/login-throttle';
import { corsAllowList } from './middlewares/cors-allow-list';
import { errorsOneLine } from './middlewares/errors-one-line';
import { guardContentManagerWrites } from './middlewares/content-manager-writes';
import { requestLogWhenLogged } from './middlewares/request-log-when-logged';
import { securityHeadersOnce } from './middlewares/security-headers-once';
import { newsroomService } from './utils/services';

const register = ({ strapi }: { strapi: Core.Strapi }): void => {
  registerComponents(strapi);
  // First, so outermost: it purges the response cache after the others have written.
  strapi.documents.use(responseCacheMiddleware(strapi));
  // Before the slug is derived and checked for uniqueness: it checks the slug in the form it is stored in.
  strapi.documents.use(shortTextsMiddleware(strapi));
  strapi.documents.use(relationListsMiddleware(strapi));
  strapi.documents.use(derivedFieldsMiddleware(strapi));
  strapi.documents.use(topicLabelsMiddleware(strapi));
  strapi.documents.use(imageBlocksMiddleware(strapi));
  strapi.documents.use(embargoMiddleware(strapi));
  strapi.documents.use(slugHistoryMiddleware(strapi));
  strapi.documents.use(searchIndexMiddleware(strapi));
  strapi.documents.use(translationTrackingMiddleware(strapi));
  strapi.documents.use(publicationLogMiddleware(strapi));
  // Inside the embargo's and the log's transactions: a stage moves with the publication or deletion it follows.
  strapi.documents.use(deskMiddleware(strapi));
  // Last, so nearest Strapi's i18n (registered at bootstrap), which copies a new locale's shared fields.
  strapi.documents.use(sharedFieldsMiddleware(strapi));
  registerGraphql(strapi);
  registerGraphqlLoginThrottle(strapi);
  registerApiDocumentation(strapi);
  documentationPerInstance(strapi);
  guardContentManagerWrites(strapi);
  // Strapi's own, cheaper per request: most of a cached read's time is spent in the middlewares before it.
  strapi.get('middlewares').extend('strapi::security', securityHeadersOnce);
  strapi.get('middlewares').extend('strapi::logger', requestLogWhenLogged);
  strapi.get('middlewares').extend('strapi::cors', corsAllowList);
  strapi.get('middlewares').extend('strapi::errors', errorsOneLine);
  // Released at the end of the plugin's bootstrap (see services/boot-lock.ts).
  strapi.hook('strapi::content-types.beforeSync').register(() => newsroomService(strapi, 'bootLock').acquire());
};

export default register;

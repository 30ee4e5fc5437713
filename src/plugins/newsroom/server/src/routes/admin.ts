import { ARTICLE_UID } from '../constants';

// Whoever may open articles in the content manager may see the dashboard and check a draft.
const readsArticles = [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [['plugin::content-manager.explorer.read', ARTICLE_UID]] } },
];

// Routes that read one locale (the request's, or the default one when it names none) take the role's locale limits.
const readsLocale = [...readsArticles, 'plugin::newsroom.may-read-locale'];
const readsLocaleOrDefault = [
  ...readsArticles,
  { name: 'plugin::newsroom.may-read-locale', config: { defaultsToDefaultLocale: true } },
];

// Routes that write one locale of an article: the role's `update` in that locale.
const updatesLocale = [...readsLocale, { name: 'plugin::newsroom.may-write-locale', config: { action: 'update' } }];
// Routes that act as the desk on one locale: the role's `publish` in that locale.
const publishesLocale = [...readsLocale, { name: 'plugin::newsroom.may-write-locale', config: { action: 'publish' } }];

/** Routes for the admin panel (served under /newsroom, for logged-in administrators). */
export default {
  type: 'admin' as const,
  routes: [
    {
      method: 'GET',
      path: '/dashboard',
      handler: 'editorial.dashboard',
      config: { policies: readsLocaleOrDefault },
    },
    {
      method: 'GET',
      path: '/translations',
      handler: 'translation.find',
      config: { policies: readsLocale },
    },
    {
      method: 'GET',
      path: '/articles/:documentId/translations',
      handler: 'translation.findOne',
      // Every locale's status, filtered by the controller to those the role may read.
      config: { policies: readsArticles },
    },
    {
      method: 'POST',
      path: '/articles/:documentId/translations',
      handler: 'translation.start',
      config: {
        policies: [...readsLocale, { name: 'plugin::newsroom.may-write-locale', config: { action: 'create' } }],
      },
    },
    {
      method: 'POST',
      path: '/articles/:documentId/translations/:locale/in-line',
      handler: 'translation.markInLine',
      config: { policies: updatesLocale },
    },
    {
      method: 'DELETE',
      path: '/articles/:documentId/translations/:locale/in-line',
      handler: 'translation.undoInLine',
      config: { policies: updatesLocale },
    },
    {
      method: 'GET',
      path: '/articles/:documentId/translations/:locale/workspace',
      handler: 'translation.workspace',
      // The source's locale is checked by the controller, once it knows which locale that is.
      config: { policies: readsLocale },
    },
    {
      method: 'PUT',
      path: '/articles/:documentId/translations/:locale/workspace',
      handler: 'translation.saveWorkspace',
      config: { policies: updatesLocale },
    },
    {
      method: 'POST',
      path: '/articles/:documentId/translations/:locale/workspace/structure',
      handler: 'translation.copyStructure',
      config: { policies: updatesLocale },
    },
    {
      method: 'POST',
      path: '/articles/:documentId/translations/:locale/entities',
      handler: 'translation.nameEntity',
      // The article's locale here; the controller checks the entity's (tag or expert, from the body).
      config: {
        policies: [...readsLocale, { name: 'plugin::newsroom.may-write-locale', config: { action: 'update' } }],
      },
    },
    {
      method: 'GET',
      path: '/articles/:documentId/corrections',
      handler: 'correction.find',
      config: { policies: readsLocale },
    },
    {
      method: 'POST',
      path: '/articles/:documentId/corrections',
      handler: 'correction.create',
      // Corrections are published on the spot: whoever may publish the locale may correct it.
      config: {
        policies: [...readsLocale, { name: 'plugin::newsroom.may-write-locale', config: { action: 'publish' } }],
      },
    },
    {
      method: 'PUT',
      path: '/corrections/:documentId',
      handler: 'correction.updateInLocale',
      // Amending a public entry republishes it: the same right as adding one, in the correction's locale.
      config: {
        policies: [...readsLocale, { name: 'plugin::newsroom.may-write-locale', config: { action: 'publish' } }],
      },
    },
    {
      method: 'GET',
      path: '/articles/:documentId/desk/:locale',
      handler: 'desk.state',
      config: { policies: readsLocale },
    },
    {
      method: 'POST',
      path: '/articles/:documentId/desk/:locale/file',
      handler: 'desk.file',
      // The writer files what they may edit: the role's `update` in that locale.
      config: { policies: updatesLocale },
    },
    {
      method: 'POST',
      path: '/articles/:documentId/desk/:locale/return',
      handler: 'desk.return',
      // The desk is whoever may publish the locale.
      config: { policies: publishesLocale },
    },
    {
      method: 'GET',
      path: '/articles/:documentId/desk/:locale/changes',
      handler: 'desk.changes',
      config: { policies: readsLocale },
    },
    {
      method: 'GET',
      path: '/articles/:documentId/publication-log',
      handler: 'article.publicationLog',
      config: { policies: readsArticles },
    },
    {
      method: 'POST',
      path: '/articles/editorial-check',
      handler: 'editorial.editorialCheck',
      config: { policies: readsLocaleOrDefault },
    },
    {
      method: 'POST',
      path: '/articles/suggest-entities',
      handler: 'article.suggestEntities',
      // A help for writing: whoever may edit articles in the locale, not any logged-in administrator.
      config: {
        policies: [
          'admin::isAuthenticatedAdmin',
          { name: 'admin::hasPermissions', config: { actions: [['plugin::content-manager.explorer.update', ARTICLE_UID]] } },
          'plugin::newsroom.may-edit-articles',
        ],
      },
    },
    {
      method: 'GET',
      path: '/preview/articles/:documentId',
      handler: 'preview.article',
      // Opened by the content manager's preview frame, which sends no admin token: the link's signature,
      // minted for an administrator who may read the locale (services/preview-links.ts), is the credential.
      config: { auth: false },
    },
  ],
};

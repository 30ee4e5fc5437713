/** Routes for the admin panel (served under /newsroom, for logged-in administrators). */
export default {
  type: 'admin' as const,
  routes: [
    {
      method: 'POST',
      path: '/articles/suggest-entities',
      handler: 'article.suggestEntities',
      config: { policies: ['admin::isAuthenticatedAdmin'] },
    },
  ],
};

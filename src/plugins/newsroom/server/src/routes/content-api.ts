/**
 * The content API, served under /api/newsroom. Reads are granted to the public role at first start
 * (published entries only, see the drafts-require-token policy); writes need an API token.
 */
const readPolicies = ['plugin::newsroom.drafts-require-token'];

const collection = (path: string, controller: string) => [
  { method: 'GET', path: `/${path}`, handler: `${controller}.find`, config: { policies: readPolicies } },
  {
    method: 'GET',
    path: `/${path}/slug/:slug`,
    handler: `${controller}.findBySlug`,
    // Reading one entry by slug is reading one entry: the findOne permission governs it, which is also
    // what read-only API tokens are allowed.
    config: { policies: readPolicies, auth: { scope: [`plugin::newsroom.${controller}.findOne`] } },
  },
  { method: 'GET', path: `/${path}/:id`, handler: `${controller}.findOne`, config: { policies: readPolicies } },
  { method: 'POST', path: `/${path}`, handler: `${controller}.create`, config: { policies: [] } },
  { method: 'PUT', path: `/${path}/:id`, handler: `${controller}.update`, config: { policies: [] } },
  { method: 'DELETE', path: `/${path}/:id`, handler: `${controller}.delete`, config: { policies: [] } },
];

export default {
  type: 'content-api' as const,
  routes: [...collection('articles', 'article'), ...collection('experts', 'expert'), ...collection('tags', 'entity-tag')],
};

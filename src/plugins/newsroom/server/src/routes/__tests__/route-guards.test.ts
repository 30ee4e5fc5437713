import adminRoutes from '../admin';
import contentApiRoutes from '../content-api';

/**
 * A standing check of the routes' guards (issue 21): a route added without them fails here, before any review.
 */
type Policy = string | { name: string; config?: Record<string, unknown> };
type Middleware = string | { name: string; config?: unknown };
interface Route {
  method: string;
  path: string;
  handler: string;
  config: { policies?: Policy[]; middlewares?: Middleware[]; auth?: unknown };
}

const nameOf = (entry: Policy | Middleware) => (typeof entry === 'string' ? entry : entry.name);
const policiesOf = (route: Route) => (route.config.policies ?? []).map(nameOf);
const middlewaresOf = (route: Route) => (route.config.middlewares ?? []).map(nameOf);
const label = (route: Route) => `${route.method} ${route.path}`;

// Admin routes that span locales and filter what they answer by the locales the role may read (their service or
// controller; tests/translation-workspace.test.ts checks the translations' states are filtered).
const SPANS_LOCALES = new Set(['GET /articles/:documentId/publication-log', 'GET /articles/:documentId/translations']);
// The one admin route without an admin login: the preview frame, whose credential is a signed link minted for an
// administrator who may read the locale (services/preview-links.ts; tests/preview.test.ts tries it unsigned).
const SIGNED_LINKS = new Set(['GET /preview/articles/:documentId']);
// The locale policies of the plugin: one of them holds an administrator to the locales of their role.
const LOCALE_POLICIES = ['plugin::newsroom.may-read-locale', 'plugin::newsroom.may-edit-articles'];

// The plugin's own list and search, whose parameters are a closed set its controller validates; every other find and
// findOne is Strapi's own, which takes filters, sort, fields and populate.
const CLOSED_PARAMETERS = new Set(['article.find', 'search.find']);

describe('the guards of the routes', () => {
  const admin = adminRoutes.routes as Route[];
  const contentApi = contentApiRoutes.routes as Route[];

  it('serves only the preview by signed link, without an admin login', () => {
    const open = admin.filter((route) => route.config.auth === false);
    expect(open.map(label)).toEqual([...SIGNED_LINKS]);
    expect(open.map((route) => route.handler)).toEqual(['preview.article']);
  });

  it.each(admin.filter((route) => !SIGNED_LINKS.has(label(route))).map((route) => [label(route), route] as const))(
    'admin %s: a logged-in administrator with a content-manager permission, held to their locales',
    (_label, route) => {
      const policies = policiesOf(route);
      expect(policies).toContain('admin::isAuthenticatedAdmin');
      expect(policies).toContain('admin::hasPermissions');
      if (!SPANS_LOCALES.has(label(route))) {
        expect(policies.some((name) => LOCALE_POLICIES.includes(name))).toBe(true);
      }
    },
  );

  it.each(
    contentApi
      .filter((route) => route.method === 'GET' && /\.(find|findOne)$/.test(route.handler))
      .filter((route) => !CLOSED_PARAMETERS.has(route.handler) && !route.handler.startsWith('translation.'))
      .map((route) => [label(route), route] as const),
  )('content API %s: Strapi read whose query is checked before any SQL', (_label, route) => {
    expect(middlewaresOf(route)[0]).toBe('plugin::newsroom.valid-query');
  });

  it('keeps drafts behind a token on every public read', () => {
    const publicReads = contentApi.filter(
      (route) => route.method === 'GET' && !policiesOf(route).includes('plugin::newsroom.token-only'),
    );
    expect(publicReads.length).toBeGreaterThan(10);
    for (const route of publicReads) expect([label(route), policiesOf(route)]).toEqual([label(route), ['plugin::newsroom.drafts-require-token']]);
  });
});

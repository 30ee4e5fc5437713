import type { Core } from '@strapi/strapi';

const PREFIX = '/api/newsroom';

export interface NewsroomRoute {
  method: string;
  /** As mounted: /api/newsroom/articles/slug/:slug */
  path: string;
  handler: string;
  policies: string[];
}

/**
 * The newsroom's content-API routes as the running Strapi serves them: what the plugin declares, each one
 * checked against the server's router, so that a route added later is walked without touching the tests.
 */
export const newsroomContentApiRoutes = (strapi: Core.Strapi): NewsroomRoute[] => {
  const routers = strapi.plugin('newsroom').routes as Record<string, Core.Router>;
  // @koa/router's layers, whose types this project does not install.
  const layers = strapi.server.listRoutes() as { path: string | RegExp; methods: string[] }[];
  const mounted = new Set(layers.flatMap((layer) => layer.methods.map((method) => `${method} ${String(layer.path)}`)));
  const routes = routers['content-api'].routes.map((route) => ({
    method: route.method,
    path: `${PREFIX}${route.path}`,
    handler: String(route.handler),
    policies: (route.config?.policies ?? []).filter((policy): policy is string => typeof policy === 'string'),
  }));
  const unmounted = routes.filter((route) => !mounted.has(`${route.method} ${route.path}`));
  if (unmounted.length > 0) throw new Error(`declared but not served: ${JSON.stringify(unmounted)}`);
  return routes;
};

/**
 * The path with its parameters filled from `values`, which are chosen per route; a parameter with no value
 * fails the test that walks the route, naming both, rather than leaving the route out.
 */
export const fillPath = (route: NewsroomRoute, values: Record<string, string>): string =>
  route.path.replace(/:(\w+)/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${route.method} ${route.path}: no value for :${name}`);
    return encodeURIComponent(value);
  });

/** Routes only an API token may call, whatever the roles say (the editorial ones). */
export const isTokenOnly = (route: NewsroomRoute): boolean => route.policies.includes('plugin::newsroom.token-only');

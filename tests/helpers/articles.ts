import type { TestApp } from './strapi';

/** POST /api/newsroom/articles with an API token: how the tests write an article. */
export const postArticle = (
  app: TestApp,
  token: string,
  query: Record<string, string>,
  data: Record<string, unknown>,
) => app.http().post('/api/newsroom/articles').query(query).set('Authorization', `Bearer ${token}`).send({ data });

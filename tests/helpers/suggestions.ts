import type supertest from 'supertest';

/** Asks the content API's suggest-entities for the entities a text names, with an API token. */
export const suggestEntities = (http: supertest.Agent, text: string, locale: string, token: string) =>
  http
    .post('/api/newsroom/articles/suggest-entities')
    .query({ locale })
    .set('Authorization', `Bearer ${token}`)
    .send({ data: { text } });

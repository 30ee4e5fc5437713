import { errors } from '@strapi/utils';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { formatGraphqlError, INTERNAL_ERROR } from '../format-error';

/** What Apollo hands formatError for an error a resolver threw: located at a path, the original inside. */
const fromResolver = (thrown: Error) =>
  new GraphQLError(thrown.message, { path: ['newsroomArticles'], originalError: thrown });

const formattedOf = (error: GraphQLError, code = 'INTERNAL_SERVER_ERROR'): GraphQLFormattedError => ({
  ...error.toJSON(),
  extensions: { ...error.extensions, code, stacktrace: ['Error: at secret.js:1'] },
});

describe('formatGraphqlError', () => {
  const format = (error: GraphQLError, code?: string) => {
    const lines: string[] = [];
    const answer = formatGraphqlError((line) => lines.push(line))(formattedOf(error, code), error);
    return { answer, lines };
  };

  it('answers a database error as an internal error, and logs it once, bounded', () => {
    const sql = `select "t0".* from "newsroom_articles" where "t0"."title" like '%${'x'.repeat(900_000)}%' - invalid byte sequence for encoding "UTF8": 0x00`;
    const { answer, lines } = format(fromResolver(new Error(sql)));
    expect(answer).toEqual(INTERNAL_ERROR);
    expect(JSON.stringify(answer)).not.toMatch(/select|UTF8|stacktrace/);
    expect(lines).toHaveLength(1);
    expect(lines[0].length).toBeLessThan(700);
    expect(lines[0]).toMatch(/^GraphQL error at newsroomArticles: Error: select/);
  });

  it('answers an error carrying a client code from a driver as an internal error', () => {
    const driver = Object.assign(new Error('SQLITE_ERROR: LIKE or GLOB pattern too complex'), {
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(format(fromResolver(driver), 'BAD_USER_INPUT').answer).toEqual(INTERNAL_ERROR);
  });

  it("keeps Strapi's client errors, with their details and without a stack", () => {
    const forbidden = format(fromResolver(new errors.PolicyError('Drafts need an API token')));
    expect(forbidden.answer.extensions).toEqual({
      code: 'FORBIDDEN',
      error: { name: 'PolicyError', message: 'Drafts need an API token', details: {} },
    });
    expect(forbidden.lines).toEqual([]);
    const invalid = format(fromResolver(new errors.ValidationError('Invalid key tags', { key: 'tags' })));
    expect(invalid.answer).toMatchObject({ message: 'Invalid key tags', extensions: { code: 'BAD_USER_INPUT' } });
    expect(invalid.answer.extensions?.stacktrace).toBeUndefined();
  });

  it("keeps Strapi's errors thrown for the client as Strapi names them, without logging them", async () => {
    const throttled = format(fromResolver(new errors.RateLimitError()));
    expect(throttled.answer.extensions?.code).toBe('STRAPI_RATE_LIMIT_ERROR');
    expect(throttled.lines).toEqual([]);
    expect(format(fromResolver(new errors.NotFoundError('Not found'))).answer.extensions?.code).toBe('STRAPI_NOT_FOUND_ERROR');
    const closed = format(fromResolver(new errors.ApplicationError('Register action is currently disabled')));
    expect(closed.answer).toMatchObject({
      message: 'Register action is currently disabled',
      extensions: { code: 'STRAPI_APPLICATION_ERROR' },
    });
    expect(closed.lines).toEqual([]);
  });

  it('passes the client errors of Apollo and of the bounds through, without a stack', () => {
    for (const code of ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND']) {
      const error = new GraphQLError('The operation costs 20040; at most 15000 is allowed', {
        extensions: { code, cost: 20040, maxCost: 15000 },
      });
      const { answer, lines } = format(error, code);
      expect(answer).toEqual({
        message: 'The operation costs 20040; at most 15000 is allowed',
        extensions: { code, cost: 20040, maxCost: 15000 },
      });
      expect(lines).toEqual([]);
    }
  });

  it('answers an unknown code as an internal error', () => {
    expect(format(new GraphQLError('knex: Timeout acquiring a connection'), 'SOMETHING_ELSE').answer).toEqual(INTERNAL_ERROR);
  });
});

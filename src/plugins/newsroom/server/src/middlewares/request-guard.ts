import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type Context = Parameters<Core.MiddlewareHandler>[0];

interface ParserError extends Error {
  status: number;
  limit?: number;
}

const isParserError = (error: unknown): error is ParserError =>
  error instanceof Error && typeof (error as Partial<ParserError>).status === 'number';

const fieldError = (path: string, message: string) =>
  new errors.ValidationError(`${path}: ${message}`, { errors: [{ path: [path], message, name: 'ValidationError' }] });

/** What the body parser (koa-body, co-body, raw-body) refused, said the way the API says the rest. */
const bodyError = (error: ParserError): Error => {
  if (error.status === 413) {
    const limit = error.limit ? ` of ${error.limit} bytes` : '';
    return new errors.PayloadTooLargeError(`body: larger than the limit${limit}`, { errors: [{ path: ['body'] }] });
  }
  if (error instanceof SyntaxError) {
    const reason = /only supports object and array/.test(error.message)
      ? 'must be a JSON object'
      : `is not valid JSON (${error.message})`;
    return fieldError('body', reason);
  }
  error.message = `body: ${error.message}`;
  return error;
};

/**
 * Placed before `strapi::body` in config/middlewares.ts. A NUL character (%00) in the path or the query
 * would reach the database, where PostgreSQL refuses it with an error (a 500): refused here with a 400.
 * A body the parser refuses (not JSON, too large) gets a message that names the body instead of the
 * parser's bare "Unexpected end of JSON input" or "request entity too large", and is not logged as a fault.
 */
const requestGuard = (): Core.MiddlewareHandler => async (ctx: Context, next) => {
  if (/%00/.test(ctx.url)) {
    const [path] = ctx.url.split('?');
    throw fieldError(path.includes('%00') ? 'path' : 'query', 'must not contain a NUL character (%00)');
  }
  try {
    await next();
  } catch (error) {
    // The parser sets ctx.request.body when it succeeds: an error before that is the body's.
    if (ctx.request.body === undefined && isParserError(error) && error.status < 500) throw bodyError(error);
    throw error;
  }
};

export default requestGuard;

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type Context = Parameters<Core.MiddlewareHandler>[0];

interface ParserError extends Error {
  status: number;
  limit?: number;
}

const isParserError = (error: unknown): error is ParserError =>
  error instanceof Error && typeof (error as Partial<ParserError>).status === 'number';

const DECODING_CODE = /^(Z_|ERR_BROTLI|ERR__ERROR_FORMAT)/;

/**
 * zlib's code for a body that is not what its Content-Encoding claims (gzip, deflate, br), or undefined. koa-body
 * passes zlib's error on as it is, or, when it does not see it as an Error (another realm, as under jest),
 * as an Error whose message is the error in JSON.
 */
const decodingCode = (error: unknown): string | undefined => {
  if (!(error instanceof Error)) return undefined;
  let code: unknown = (error as Error & { code?: unknown }).code;
  if (code === undefined && error.name === 'object') {
    try {
      code = (JSON.parse(error.message) as { code?: unknown }).code;
    } catch {
      return undefined;
    }
  }
  return typeof code === 'string' && DECODING_CODE.test(code) ? code : undefined;
};

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
 * parser's bare "Unexpected end of JSON input" or "request entity too large", and is not logged as a fault;
 * so does a body that does not inflate as its Content-Encoding says (a 500 with a stack in stock Strapi). A
 * compression bomb is cut at the body limit counted after inflation: a 413.
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
    // zlib's errors carry no status: Strapi would answer 500 and log the stack.
    const code = ctx.request.body === undefined ? decodingCode(error) : undefined;
    if (code) throw fieldError('body', `is not valid ${ctx.get('Content-Encoding') || 'compressed data'} (${code})`);
    throw error;
  }
};

export default requestGuard;

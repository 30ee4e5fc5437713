import { errors } from '@strapi/utils';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { boundedLogLine } from '../utils/log-line';

/** Codes of errors the client made (Apollo's and ours): they reach it as they are, without a stack trace. */
const CLIENT_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** What the client gets for anything else: a database's or a driver's message may quote the whole statement. */
export const INTERNAL_ERROR: GraphQLFormattedError = Object.freeze({
  message: 'Internal server error',
  extensions: Object.freeze({ code: 'INTERNAL_SERVER_ERROR' }),
});

/**
 * Strapi's errors thrown on purpose, with a message written for the client (registration closed, too many logins,
 * a missing entry, too big a payload): answered as Strapi's own formatter does, `STRAPI_<NAME>`. Database and
 * driver errors are never of these types.
 */
const strapiClientCode = (thrown: unknown): string | undefined => {
  const isClients =
    thrown instanceof errors.ApplicationError || (thrown instanceof errors.HttpError && thrown.status < 500);
  if (!isClients) return undefined;
  return `STRAPI_${thrown.name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}`;
};

/** The error a resolver threw, as Apollo's `unwrapResolverError` finds it. */
const thrownError = (error: unknown): unknown =>
  error instanceof GraphQLError && error.path && error.originalError ? error.originalError : error;

const withoutStacktrace = (formatted: GraphQLFormattedError, code: unknown, strapiError?: errors.ApplicationError<string>) => {
  const extensions = { ...formatted.extensions };
  delete extensions.stacktrace;
  const error = strapiError && { name: strapiError.name, message: strapiError.message, details: strapiError.details };
  return { ...formatted, extensions: { ...extensions, ...(error && { error }), code } };
};

/**
 * Apollo's `formatError`. Strapi's own maps its Forbidden/Unauthorized, Validation and other client errors (kept
 * here) but answers anything else with the original message in `extensions.error` (SQL included) and logs the
 * whole error with its stack. Here anything that is not a client error reaches the client as INTERNAL_ERROR, in
 * every NODE_ENV, and is logged once as one bounded line.
 */
export const formatGraphqlError =
  (logError: (line: string) => void) =>
  (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const thrown = thrownError(error);
    if (thrown instanceof errors.ForbiddenError || thrown instanceof errors.UnauthorizedError) {
      return withoutStacktrace(formatted, 'FORBIDDEN', thrown);
    }
    if (thrown instanceof errors.ValidationError) return withoutStacktrace(formatted, 'BAD_USER_INPUT', thrown);
    const strapiCode = strapiClientCode(thrown);
    if (strapiCode && thrown instanceof errors.ApplicationError) return withoutStacktrace(formatted, strapiCode, thrown);
    if (strapiCode) return withoutStacktrace(formatted, strapiCode);
    const code = formatted.extensions?.code;
    // An error a resolver threw that is not a GraphQL error (a driver's) is never the client's, whatever it carries.
    const fromResolver = thrown !== error && !(thrown instanceof GraphQLError);
    if (typeof code === 'string' && CLIENT_ERROR_CODES.has(code) && !fromResolver) {
      return withoutStacktrace(formatted, code);
    }
    const where = formatted.path ? ` at ${formatted.path.join('.')}` : '';
    const text = thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown);
    logError(boundedLogLine(`GraphQL error${where}: ${text}`));
    return INTERNAL_ERROR;
  };

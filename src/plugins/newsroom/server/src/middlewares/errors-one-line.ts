import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import createHttpError from 'http-errors';
import { boundedLogLine } from '../utils/log-line';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** An error Strapi's error middleware answers itself without logging it (its own classes). */
const answeredByStrapi = (error: unknown): boolean =>
  error instanceof errors.ApplicationError || error instanceof errors.HttpError;

/**
 * Extends Strapi's error middleware (`strapi::errors`): an unexpected error (a 500) is logged as one line of at
 * most LOG_LINE_MAX characters, with the request's method and path, instead of the whole error with its stack and
 * the SQL statement it quotes (a 900 KB request wrote 1.8 MB of log). The client gets Strapi's own 500 answer,
 * which says nothing of the cause. An error carrying a 4xx status (a parser's) is answered as Strapi would,
 * without logging it: it is the client's mistake, not a fault.
 */
export const errorsOneLine =
  (errorMiddleware: Core.MiddlewareFactory): Core.MiddlewareFactory =>
  (config, context) => {
    const strapiErrors = errorMiddleware(config, context) as Core.MiddlewareHandler;
    return (ctx: Context, next) =>
      strapiErrors(ctx, async () => {
        try {
          await next();
        } catch (error) {
          if (answeredByStrapi(error)) throw error;
          let answer = error instanceof Error ? createHttpError(error) : createHttpError(500);
          if (!answer.expose) {
            context.strapi.log.error(boundedLogLine(`${ctx.method} ${ctx.path}: ${boundedLogLine(error)}`));
            answer = createHttpError(500);
          }
          // Answered here, so that Strapi's middleware does not log it again: the body it gives these errors.
          const { status, name, message, details } = answer as createHttpError.HttpError & { details?: unknown };
          ctx.status = status;
          ctx.body = { data: null, error: { status, name, message, details } };
        }
      });
  };

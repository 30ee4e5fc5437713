import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import createHttpError from 'http-errors';
import { boundedLogLine } from '../utils/log-line';

type Context = Parameters<Core.MiddlewareHandler>[0];

/** An error Strapi's error middleware answers as it is (4xx and the like), without logging it as a fault. */
const answeredAsItIs = (error: unknown): boolean =>
  error instanceof errors.ApplicationError ||
  error instanceof errors.HttpError ||
  (error instanceof Error && createHttpError(error).expose);

/**
 * Extends Strapi's error middleware (`strapi::errors`): an unexpected error (a 500) is logged as one line of at
 * most LOG_LINE_MAX characters, with the request's method and path, instead of the whole error with its stack and
 * the SQL statement it quotes (a 900 KB request wrote 1.8 MB of log). The client gets Strapi's own 500 answer,
 * which says nothing of the cause.
 */
export const errorsOneLine =
  (errorMiddleware: Core.MiddlewareFactory): Core.MiddlewareFactory =>
  (config, context) => {
    const answer = errorMiddleware(config, context) as Core.MiddlewareHandler;
    return (ctx: Context, next) =>
      answer(ctx, async () => {
        try {
          await next();
        } catch (error) {
          if (answeredAsItIs(error)) throw error;
          context.strapi.log.error(boundedLogLine(`${ctx.method} ${ctx.path}: ${boundedLogLine(error)}`));
          // Answered here, so that Strapi's middleware does not log it again: the body it gives any 500.
          const { status, name, message } = createHttpError(500);
          ctx.status = status;
          ctx.body = { data: null, error: { status, name, message } };
        }
      });
  };

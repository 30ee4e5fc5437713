import type { Core } from '@strapi/strapi';

/**
 * Extends Strapi's request log (`strapi::logger`) to be left out when its level (`http`) is not logged, as
 * STRAPI_LOG_LEVEL decides at start: winston formats every line it is given (dates, colours) before its
 * transports drop it, which costs a cached read about a twentieth of its time.
 */
export const requestLogWhenLogged =
  (logger: Core.MiddlewareFactory): Core.MiddlewareFactory =>
  (config, context) =>
    context.strapi.log.isLevelEnabled('http') ? logger(config, context) : (_ctx, next) => next();

import type { Core } from '@strapi/strapi';
import { requestLogWhenLogged } from '../request-log-when-logged';

const strapiLogging = (levels: string[]) =>
  ({ log: { isLevelEnabled: (level: string) => levels.includes(level) } }) as unknown as Core.Strapi;

describe('requestLogWhenLogged', () => {
  const logged: Core.MiddlewareHandler = async (_ctx, next) => next();
  const logger = jest.fn(() => logged);

  beforeEach(() => logger.mockClear());

  it("is Strapi's request log when the http level is logged", () => {
    const strapi = strapiLogging(['error', 'warn', 'info', 'http']);
    expect(requestLogWhenLogged(logger)({ answer: 1 }, { strapi })).toBe(logged);
    expect(logger).toHaveBeenCalledWith({ answer: 1 }, { strapi });
  });

  it('passes requests on, and makes no request log, when it is not', async () => {
    const handler = requestLogWhenLogged(logger)({}, { strapi: strapiLogging(['error', 'warn', 'info']) });
    expect(logger).not.toHaveBeenCalled();
    const next = jest.fn(async () => undefined);
    await (handler as Core.MiddlewareHandler)({} as Parameters<Core.MiddlewareHandler>[0], next);
    expect(next).toHaveBeenCalledTimes(1);
  });
});

import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { mayReadLocaleOf, readableLocales } from '../utils/permission-checker';
import { newsroomService } from '../utils/services';
import { dashboardQuery, editorialCheckRequest } from '../validation/editorial';
import { parseOrThrow } from '../validation/parse';
import { assertKnownLocale, assertMayReadLocale } from './request';

type Context = Parameters<Core.MiddlewareHandler>[0];

const checkBody = z.object({ data: editorialCheckRequest }).strict();
const checkQuery = z.object({ locale: z.string().max(20).optional() }).strict();

/** The admin panel's own routes: the newsroom dashboard and the edit view's live check. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async dashboard(ctx: Context) {
    const query = parseOrThrow(dashboardQuery, ctx.query, 'query');
    const locale = await assertKnownLocale(strapi, query.locale);
    const all = (await newsroomService(strapi, 'locales').list()).map(({ code }) => code);
    // A role limited to some locales sees those only, as in the content manager.
    const readable = readableLocales(strapi, ctx.state.userAbility, all);
    const shown = locale ?? (await newsroomService(strapi, 'locales').defaultLocale());
    assertMayReadLocale(strapi, ctx, shown);
    ctx.body = { data: await newsroomService(strapi, 'dashboard').overview({ locale: shown, limit: query.limit, readable }) };
  },

  async editorialCheck(ctx: Context) {
    const { data } = parseOrThrow(checkBody, ctx.request.body ?? {});
    const query = parseOrThrow(checkQuery, ctx.query, 'query');
    const locale = (await assertKnownLocale(strapi, query.locale)) ?? (await newsroomService(strapi, 'locales').defaultLocale());
    // A translation is checked against its source only for a role that may read the source's locale.
    const mayRead = mayReadLocaleOf(strapi, ctx.state.userAbility);
    ctx.body = { data: await newsroomService(strapi, 'editorialCheck').check(data, locale, mayRead) };
  },
});

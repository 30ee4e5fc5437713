import type { Core } from '@strapi/strapi';
import { newsroomService } from '../utils/services';
import { searchParams } from './request';

type Context = Parameters<Core.MiddlewareHandler>[0];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const { results, pagination } = await newsroomService(strapi, 'search').search(await searchParams(strapi, ctx));
    ctx.body = { data: results, meta: { pagination } };
  },
});

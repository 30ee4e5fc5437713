import type { Core } from '@strapi/strapi';
import type { z } from 'zod';
import { newsroomService } from '../utils/services';
import { ENTITY_TAG_UID, EXPERT_UID } from '../constants';
import { assertDeleteLocale, assertDeleteTargetExists, entityPageParams, notFound, slugNotFound, validateWrite, withIfMatch } from './request';

type Context = Parameters<Core.MiddlewareHandler>[0];

interface Schemas {
  create: z.ZodTypeAny;
  update: z.ZodTypeAny;
}

/** Expert and tag controllers: validated writes, and a slug route with the entry's published articles. */
export const entityController =
  (serviceName: 'expert' | 'entity-tag', label: string, schemas: Schemas) =>
  ({ strapi }: { strapi: Core.Strapi }) => ({
    async create(ctx: Context) {
      await validateWrite(strapi, ctx, schemas.create);
      return super.create(ctx);
    },

    async update(ctx: Context) {
      const { locale } = await validateWrite(strapi, ctx, schemas.update);
      const uid = serviceName === 'expert' ? EXPERT_UID : ENTITY_TAG_UID;
      return withIfMatch(
        strapi,
        ctx,
        uid,
        locale,
        async () => (await super.update(ctx)) ?? notFound(label, ctx.params.id),
      );
    },

    async delete(ctx: Context) {
      await assertDeleteLocale(strapi, ctx);
      await assertDeleteTargetExists(strapi, ctx, serviceName === 'expert' ? EXPERT_UID : ENTITY_TAG_UID, label);
      return super.delete(ctx);
    },

    async findBySlug(ctx: Context) {
      const { slug } = ctx.params;
      const params = await entityPageParams(strapi, ctx);
      const page = await newsroomService(strapi, serviceName).findBySlug(slug, params);
      if (page.kind !== 'found') return slugNotFound(ctx, label, slug, params.locale, page);
      const entity = await super.sanitizeOutput(page.entity, ctx);
      return {
        data: { ...entity, articles: page.articles, alternates: page.alternates },
        meta: { ...page.meta, pagination: page.pagination },
      };
    },
  });

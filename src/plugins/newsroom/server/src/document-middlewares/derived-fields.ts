import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import createHttpError from 'http-errors';
import { ARTICLE_UID, isNewsroomContentType, SLUG_SOURCE_FIELD } from '../constants';
import { isSlugCollision } from '../database/unique-slugs';
import { inTurn } from '../database/write-turns';
import { createDocumentRowsRepository } from '../repositories/document-rows';
import type { Block } from '../utils/blocks';
import { newsroomService } from '../utils/services';

const COMPUTED_ARTICLE_FIELDS = ['wordCount', 'readingTimeMinutes'] as const;

// A generated slug is chosen by reading which slugs are taken, so two writers (two instances, or two requests
// on one) could choose the same one. On PostgreSQL and MariaDB they take turns (database/write-turns); elsewhere, and as a last
// guard, the database's unique index refuses the second, which then chooses again.
const MAX_SLUG_ATTEMPTS = 20;
// Carried on the retried call's params (a symbol survives the copies other middlewares may make of them).
const ATTEMPT = Symbol('newsroom.slugAttempt');

interface WriteParams {
  [ATTEMPT]?: number;
  data?: Record<string, unknown>;
  locale?: string;
  documentId?: string;
}

/**
 * Fills the fields that are derived, never typed: the slug of articles, experts and tags, and an article's
 * word count and reading time. A Document Service middleware, so the admin panel, the REST API and the
 * seed all go through it.
 */
export const derivedFieldsMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (!isNewsroomContentType(context.uid)) return next();
    if (context.action === 'clone') {
      // A clone would arrive with its original's slug, which the unique index refuses: it is written with a
      // placeholder, then given slugs of its own, in one transaction so the placeholder is never stored. A
      // copy is not scheduled: the embargo stays with the piece it was set on.
      const params = context.params as WriteParams;
      params.data = {
        ...params.data,
        slug: `clone-${randomUUID()}`,
        ...(context.uid === ARTICLE_UID ? { embargoUntil: null } : {}),
      };
      const uid = context.uid;
      const source = typeof params.documentId === 'string' ? params.documentId : undefined;
      const locales = source ? await createDocumentRowsRepository(strapi).documentLocales(uid, source) : [];
      return inTurn(strapi, { uid, documentId: source, slugLocales: locales }, () =>
        strapi.db.transaction(async () => {
          const result = await next();
          const cloned = result as {
            documentId?: string;
            entries?: { locale?: string | null; slug?: unknown }[];
          } | null;
          if (!cloned?.documentId) return result;
          const slugs = await newsroomService(strapi, 'slugs').reslugClone(uid, cloned.documentId);
          for (const entry of cloned.entries ?? []) {
            if (entry.locale && slugs.has(entry.locale)) entry.slug = slugs.get(entry.locale);
          }
          return result;
        }),
      );
    }
    if (context.action !== 'create' && context.action !== 'update') return next();
    const params = context.params as WriteParams;
    const data = params.data;
    if (!data) return next();

    const locale =
      typeof params.locale === 'string' ? params.locale : await newsroomService(strapi, 'locales').defaultLocale();

    if (context.uid === ARTICLE_UID) {
      for (const field of COMPUTED_ARTICLE_FIELDS) delete data[field];
      if (Array.isArray(data.body)) {
        Object.assign(data, newsroomService(strapi, 'articleMetrics').measure(data.body as Block[], locale));
      }
    }

    const original = { ...data };
    const uid = context.uid;
    let slug: string | undefined;
    const write = async () => {
      slug = await newsroomService(strapi, 'slugs').resolve({ uid, locale, documentId: params.documentId, data });
      if (slug !== undefined) data.slug = slug;
      // Unchanged (perhaps sent back with stray spaces): the stored slug stays exactly as it is.
      else delete data.slug;
      return next();
    };

    try {
      const choosesSlug = context.action === 'create' || 'slug' in data || SLUG_SOURCE_FIELD[uid] in data;
      const documentId =
        context.action === 'update' && typeof params.documentId === 'string' ? params.documentId : undefined;
      return await inTurn(strapi, { uid, documentId, slugLocales: choosesSlug ? [locale] : [] }, write);
    } catch (error) {
      if (!isSlugCollision(error)) throw error;
      if (typeof original.slug === 'string' && original.slug.trim() !== '') {
        const message = `slug "${slug}" was taken by another entry in locale "${locale}" at the same moment`;
        throw new errors.ValidationError(message, { errors: [{ path: ['slug'], message, name: 'ValidationError' }] });
      }
      const attempt = params[ATTEMPT] ?? 1;
      // Inside a caller's transaction the failed statement has spoiled it (PostgreSQL): only the caller can retry.
      if (strapi.db.inTransaction() || attempt >= MAX_SLUG_ATTEMPTS) {
        throw createHttpError(
          409,
          `another entry took the slug "${slug}" in locale "${locale}" at the same moment: send the request again`,
        );
      }
      // Spread the writers that collided, so they do not choose the same next slug again.
      await sleep(Math.random() * 10 * attempt);
      const retry = { ...params, data: original, [ATTEMPT]: attempt + 1 };
      const documents = strapi.documents(context.uid);
      return context.action === 'create'
        ? documents.create(retry as Parameters<typeof documents.create>[0])
        : documents.update(retry as Parameters<typeof documents.update>[0]);
    }
  };

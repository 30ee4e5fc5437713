import type { Core, Modules } from '@strapi/strapi';
import { documentTag, listTag, slugTag } from '../cache/keys';
import { ARTICLE_UID, isNewsroomContentType, MEDIA_TOPIC_UID } from '../constants';
import { createDocumentRowsRepository } from '../repositories/document-rows';
import { newsroomService } from '../utils/services';

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft', 'clone']);
// The article actions that change what the public reads; other article writes touch drafts only.
const PUBLISHING = new Set(['publish', 'unpublish', 'delete']);

interface Params {
  documentId?: unknown;
  status?: unknown;
  data?: Record<string, unknown>;
}

const documentIdOf = (value: unknown): string | undefined => {
  const documentId = (value as { documentId?: unknown } | null | undefined)?.documentId;
  return typeof documentId === 'string' ? documentId : undefined;
};

/**
 * Purges the cached answers a write can change, whoever writes (admin, API, embargo job, seed): the
 * document's own, and for a public change the lists of its type and the answers for its slugs before and
 * after (a slug that led nowhere may now lead to it). Registered first, so it runs outermost: the purge
 * follows every other middleware's writes, and is repeated when an enclosing transaction commits.
 */
export const responseCacheMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const uid = context.uid;
    if (!WRITES.has(context.action) || (!isNewsroomContentType(uid) && uid !== MEDIA_TOPIC_UID)) return next();
    const cache = newsroomService(strapi, 'responseCache');
    if (!cache.enabled()) return next();
    if (uid === MEDIA_TOPIC_UID) {
      const result = await next();
      const documentId = documentIdOf(context.params) ?? documentIdOf(result);
      await cache.purgeAfterWrite([listTag(uid), ...(documentId ? [documentTag(documentId)] : [])]);
      return result;
    }

    const params = (context.params ?? {}) as Params;
    const rows = createDocumentRowsRepository(strapi);
    const slugsOf = async (documentId: string | undefined) =>
      documentId ? (await rows.publishedLocales(uid, documentId)).map((row) => row.slug) : [];

    const given = context.action === 'clone' ? undefined : documentIdOf(params);
    const before = await slugsOf(given);
    const result = await next();
    const written = given ?? documentIdOf(result);
    if (!written) return result;

    const tags = [documentTag(written)];
    const isPublic =
      uid !== ARTICLE_UID ||
      PUBLISHING.has(context.action) ||
      ((context.action === 'create' || context.action === 'update') && params.status === 'published');
    if (isPublic) {
      const slugs = new Set([...before, ...(await slugsOf(written))]);
      tags.push(listTag(uid), ...[...slugs].flatMap((slug) => (slug ? [slugTag(uid, slug)] : [])));
    }
    // Linking a tag or an expert to articles changes those articles' pages, which did not show it before.
    if (uid !== ARTICLE_UID && params.data && 'articles' in params.data) {
      tags.push(...(await rows.linkedArticles(uid, written)).map(documentTag));
    }
    await cache.purgeAfterWrite(tags);
    return result;
  };

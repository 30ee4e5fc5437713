import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../constants';

type ReadQuery = Parameters<ReturnType<Core.Strapi['db']['query']>['findMany']>[0];

/**
 * The version of an article its translations follow in `locale`: the published one, else the draft (an
 * article not yet published is translated from its draft). One read for both rows.
 */
export const readSourceVersion = async <T extends object>(
  strapi: Core.Strapi,
  documentId: string,
  locale: string,
  query: { select: string[]; populate: NonNullable<ReadQuery>['populate'] },
): Promise<T | null> => {
  const versions: (T & { publishedAt: unknown })[] = await strapi.db.query(ARTICLE_UID).findMany({
    select: [...new Set([...query.select, 'publishedAt'])],
    where: { documentId, locale },
    populate: query.populate,
  });
  return versions.find((version) => version.publishedAt !== null) ?? versions[0] ?? null;
};

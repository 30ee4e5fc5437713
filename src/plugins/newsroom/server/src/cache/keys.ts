/**
 * The cache key of a request: its path and its query with the parameters sorted, so that `?a=1&b=2` and
 * `?b=2&a=1` share an answer. Values keep their order among themselves (`?tag=x&tag=y` may mean a sequence).
 */
export const cacheKey = (path: string, querystring: string): string => {
  const params = [...new URLSearchParams(querystring)];
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = new URLSearchParams(params).toString();
  return query ? `${path}?${query}` : path;
};

/**
 * Every answer: what was made for the public role is purged whole when the roles' permissions change (the early
 * cache middleware serves answers before Strapi checks them).
 */
export const EVERY_ANSWER = 'all';

/** Answers showing one document: purged on any write to it. */
export const documentTag = (documentId: string): string => `doc:${documentId}`;

/** Answers listing a content type: purged when the set of its public entries, or their order, may change. */
export const listTag = (uid: string): string => `list:${uid}`;

/** Answers for a slug: purged when an entry takes or leaves it, so a slug that led nowhere leads somewhere. */
export const slugTag = (uid: string, slug: string): string => `slug:${uid}:${slug}`;

/** Every `documentId` in an answer or in the data it was made from: the documents it shows. */
export const documentIdsIn = (value: unknown, found: Set<string> = new Set()): Set<string> => {
  if (Array.isArray(value)) {
    for (const item of value) documentIdsIn(item, found);
  } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'documentId' && typeof item === 'string') found.add(item);
      else documentIdsIn(item, found);
    }
  }
  return found;
};

/** A query part decoded as Strapi's parser (qs) would take it, or as it is when it is not valid UTF-8. */
const decoded = (text: string): string => {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
};

/**
 * The cache key of a request: its path and its query with the parameters sorted by name, so that `?a=1&b=2` and
 * `?b=2&a=1` share an answer. Parts of one name (`a`, `a[]`, `a[0]`) keep their order among themselves, since qs
 * builds arrays in that order; `?a` (null to Strapi) and `?a=` (an empty string) stay apart.
 */
export const cacheKey = (path: string, querystring: string): string => {
  const parts = querystring
    .split('&')
    .filter(Boolean)
    .map((part) => {
      const at = part.indexOf('=');
      const name = decoded(at < 0 ? part : part.slice(0, at));
      const spelled =
        at < 0
          ? encodeURIComponent(name)
          : `${encodeURIComponent(name)}=${encodeURIComponent(decoded(part.slice(at + 1)))}`;
      return { base: name.split('[')[0], spelled };
    });
  parts.sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0));
  return parts.length ? `${path}?${parts.map((part) => part.spelled).join('&')}` : path;
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

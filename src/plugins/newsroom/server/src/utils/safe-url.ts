/**
 * Which URLs the newsroom writes into pages, feeds and syndication as links or images: those that go where
 * the text says, never somewhere else by a trick of parsing. A browser reads `//evil.example/x` and
 * `/\evil.example` as links to another host, and drops tabs and newlines inside a URL, so a "relative" URL
 * is taken only in its plain form.
 */

/** What the URL is for: a link in text, an image's source, or a citation that must name its host. */
export type UrlUse = 'link' | 'image' | 'absolute';

/** Longer than any real link; what validation allows, too. */
export const MAX_URL_LENGTH = 2000;

// Controls, whitespace of any script, and invisible formatting (bidi overrides, zero-width characters).
const HIDDEN_OR_SPACE = /[\p{Cc}\p{Cf}\p{Z}\s]/u;
// A host right after `//`: parsers read `http:///x` as the host `x`, which is not what it shows.
const ABSOLUTE_HTTP = /^https?:\/\/[^/]/i;
const MAILTO = /^mailto:[^/]/i;

const isAbsoluteHttp = (url: string): boolean => {
  if (!ABSOLUTE_HTTP.test(url) || !URL.canParse(url)) return false;
  const parsed = new URL(url);
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
};

/** A path on this site: one leading `/` (two would name a host). */
const isSitePath = (url: string): boolean => url.startsWith('/') && !url.startsWith('//');

/** A jump within the same page. */
const isFragment = (url: string): boolean => url.startsWith('#');

/**
 * Whether `url` may be written as a link (absolute http(s), a site path, a same-page `#fragment`, or `mailto:`),
 * an image (absolute http(s) or a site path) or an absolute reference (http(s) with a host only).
 */
export const isSafeUrl = (url: unknown, use: UrlUse): url is string => {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return false;
  if (HIDDEN_OR_SPACE.test(url) || url.includes('\\')) return false;
  if (isAbsoluteHttp(url)) return true;
  if (use === 'absolute') return false;
  if (isSitePath(url)) return true;
  return use === 'link' && (isFragment(url) || MAILTO.test(url));
};

/** What a client is told when a URL is refused, per use. */
export const SAFE_URL_RULES: Readonly<Record<UrlUse, string>> = {
  link: 'must be an absolute http(s) URL, a site path starting with a single "/", a "#" fragment or a mailto: address',
  image: 'must be an absolute http(s) URL or a site path starting with a single "/"',
  absolute: 'must be an absolute http(s) URL with a host',
};

/**
 * An answer as the response cache keeps it: enough to serve it again byte for byte. The body is kept encoded and
 * its ETag made once, so that a hit neither encodes nor hashes tens of kilobytes again.
 */
export interface CachedAnswer {
  status: number;
  type: string;
  etag: string;
  body: Buffer;
}

/** What a miss hands back: the purge epoch the request began in, for `set` to tell whether it is too late. */
export interface Lookup {
  answer: CachedAnswer | null;
  epoch: number;
}

/**
 * Where the response cache keeps answers, each filed under the tags of what it shows. Purging a tag drops its
 * answers and raises the purge epoch; `set` refuses an answer whose request began before one of its tags was
 * last purged, since what it read may be what the purge was about.
 */
export interface ResponseCacheStore {
  get(key: string): Promise<Lookup>;
  /** True when stored; false when one of `tags` was purged after `epoch`. */
  set(key: string, answer: CachedAnswer, tags: readonly string[], epoch: number): Promise<boolean>;
  purge(tags: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

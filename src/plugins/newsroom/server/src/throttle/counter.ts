/** Failures counted per key (a client address) in fixed windows: what the login throttle asks and tells. */
export interface FailureCounter {
  /** Seconds until `key` may try again: 0 while it is under `limit` failures in its window. */
  blockedFor(key: string, limit: number): Promise<number>;
  /** Counts one failure of `key`; its window starts with its first failure. */
  add(key: string): Promise<void>;
  close(): Promise<void>;
}

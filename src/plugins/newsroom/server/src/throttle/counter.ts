/**
 * Login attempts counted per key (a client address) in fixed windows. An attempt is counted when it starts and
 * given back when it succeeds, so that a burst of parallel attempts cannot all pass the check before the first
 * failure is counted.
 */
export interface AttemptCounter {
  /**
   * Counts one attempt of `key` and answers 0, unless `key` already holds `limit` attempts in its window: then
   * nothing is counted and the answer is the seconds until the window ends. The window starts with the first.
   */
  take(key: string, limit: number): Promise<number>;
  /** Takes back one attempt of `key`: the login succeeded. */
  giveBack(key: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A value read at most once per `ttlMs()` milliseconds, and again at once after `forget()`. For what every public
 * request would otherwise ask the database (the public role's permissions, the locales): a change made on this
 * instance calls `forget()` from a lifecycle; one made on another instance is seen here within the time.
 */
export const shortLived = <T>(read: () => Promise<T>, ttlMs: () => number, now: () => number = Date.now) => {
  let value: Promise<T> | undefined;
  let readAt = 0;
  return {
    get(): Promise<T> {
      if (value === undefined || now() - readAt >= ttlMs()) {
        const reading = read();
        value = reading;
        readAt = now();
        // A failed read is not kept: the next caller reads again.
        reading.catch(() => {
          if (value === reading) value = undefined;
        });
      }
      return value;
    },
    forget(): void {
      value = undefined;
    },
  };
};

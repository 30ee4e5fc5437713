import type { FailureCounter } from './counter';

/** Addresses one process remembers at most: a spray from many addresses must not grow memory without end. */
export const MEMORY_COUNTER_MAX_KEYS = 100_000;

// When full, room is made down to this share, so that the scan happens once per many new addresses, not each.
const KEPT_WHEN_FULL = 0.9;

interface Window {
  failures: number;
  endsAt: number;
}

/** One process's count: enough for a single instance; several instances share a Redis counter instead. */
export const memoryCounter = (windowSeconds: number, now: () => number = Date.now): FailureCounter => {
  const windows = new Map<string, Window>();

  const current = (key: string): Window | undefined => {
    const window = windows.get(key);
    if (window && window.endsAt <= now()) {
      windows.delete(key);
      return undefined;
    }
    return window;
  };

  // Ended windows go first; then the oldest (a Map keeps insertion order).
  const makeRoom = (): void => {
    const time = now();
    for (const [key, window] of windows) if (window.endsAt <= time) windows.delete(key);
    const keep = Math.floor(MEMORY_COUNTER_MAX_KEYS * KEPT_WHEN_FULL);
    for (const key of windows.keys()) {
      if (windows.size <= keep) break;
      windows.delete(key);
    }
  };

  return {
    async blockedFor(key, limit) {
      const window = current(key);
      return window && window.failures >= limit ? Math.ceil((window.endsAt - now()) / 1000) : 0;
    },
    async add(key) {
      const window = current(key);
      if (window) {
        window.failures += 1;
        return;
      }
      if (windows.size >= MEMORY_COUNTER_MAX_KEYS) makeRoom();
      windows.set(key, { failures: 1, endsAt: now() + windowSeconds * 1000 });
    },
    async close() {
      windows.clear();
    },
  };
};

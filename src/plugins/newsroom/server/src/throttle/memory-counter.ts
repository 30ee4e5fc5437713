import type { AttemptCounter } from './counter';

/** Addresses one process remembers at most: a spray from many addresses must not grow memory without end. */
export const MEMORY_COUNTER_MAX_KEYS = 100_000;

// When full, room is made down to this share, so that the scan happens once per many new addresses, not each.
const KEPT_WHEN_FULL = 0.9;

interface Window {
  attempts: number;
  endsAt: number;
}

/** One process's count: enough for a single instance; several instances share a Redis counter instead. */
export const memoryCounter = (windowSeconds: number, now: () => number = Date.now): AttemptCounter => {
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
    async take(key, limit) {
      const window = current(key);
      if (window && window.attempts >= limit) return Math.max(1, Math.ceil((window.endsAt - now()) / 1000));
      if (window) {
        window.attempts += 1;
        return 0;
      }
      if (windows.size >= MEMORY_COUNTER_MAX_KEYS) makeRoom();
      windows.set(key, { attempts: 1, endsAt: now() + windowSeconds * 1000 });
      return 0;
    },
    async giveBack(key) {
      const window = current(key);
      if (!window) return;
      window.attempts -= 1;
      if (window.attempts <= 0) windows.delete(key);
    },
    async close() {
      windows.clear();
    },
  };
};

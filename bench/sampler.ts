import type { MemoryStats } from './protocol';

/**
 * Tracks the process's peak resident memory between reports. Sampling every 20 ms misses only spikes
 * shorter than that; a report also measures the heap after a full collection (node --expose-gc), the figure
 * that shows whether memory is kept or only not yet collected.
 */
export const startSampler = () => {
  let peakRss = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 20);
  timer.unref();
  return {
    take(): MemoryStats {
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      const stats = {
        peakRss: Math.max(peakRss, process.memoryUsage.rss()),
        heapAfterGc: process.memoryUsage().heapUsed,
      };
      peakRss = process.memoryUsage.rss();
      return stats;
    },
    stop: () => clearInterval(timer),
  };
};

/** What the benchmark's driver and the processes it measures say to each other over IPC. */

export interface MemoryStats {
  /** Highest resident set size since the last report, in bytes. */
  peakRss: number;
  /** Heap in use right after a full garbage collection: what the process really keeps. */
  heapAfterGc: number;
}

/** An answer of our cached server, for the ceiling (bench/ceiling.ts) to send as it is. */
export interface CeilingAnswer {
  path: string;
  headers: Record<string, string>;
  base64: string;
}

export type ServerMessage =
  | { type: 'generate'; from: number; to: number; batch: number }
  /** Grows the archive to `to` articles by copying the written ones in SQL (bench/replicate.ts). */
  | { type: 'replicate'; to: number }
  | { type: 'serve' }
  /** The answers the ceiling sends, by path. */
  | { type: 'answers'; answers: CeilingAnswer[] }
  | { type: 'stats' }
  /** Answered once the process has run no SQL for a moment: requests still in flight after a load are done. */
  | { type: 'settle' }
  | { type: 'stop' };

export type ServerReply =
  | { type: 'ready' }
  | { type: 'generated'; articles: number; seconds: number; perSecond: number }
  | { type: 'replicated'; articles: number; seconds: number }
  | { type: 'serving'; port: number }
  | { type: 'settled' }
  | ({ type: 'stats'; queries: number } & MemoryStats)
  | { type: 'error'; message: string };

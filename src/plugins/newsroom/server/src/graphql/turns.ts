/** One request's resolutions: how many are running, and the ones waiting for a slot, first come first served. */
interface Lane {
  running: number;
  waiting: (() => void)[];
}

/** Resolves in the next turn of the event loop, after the I/O (other requests among it) waiting there. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export type InTurn = <T>(context: object, resolve: () => Promise<T> | T) => Promise<T>;

/**
 * A queue per request (its GraphQL context): `inTurn(context, resolve)` runs `resolve` once that request has fewer
 * than `inFlight` resolutions of this queue running, one event-loop turn later. GraphQL starts every relation of a
 * page at once, and on SQLite (a synchronous driver) hundreds of them then ran back to back in microtasks, holding
 * every other request for seconds; a few at a time, each a turn after its admission, other requests are served
 * between them. A nested field is queued only once its parent has been resolved, so nothing waits on itself.
 */
export const turns = (inFlight: number): InTurn => {
  const lanes = new WeakMap<object, Lane>();
  return async (context, resolve) => {
    let lane = lanes.get(context);
    if (!lane) {
      lane = { running: 0, waiting: [] };
      lanes.set(context, lane);
    }
    const admitted = lane;
    // A slot is handed over by the resolution that frees it (see finally), so `running` counts it already.
    if (admitted.running < inFlight) admitted.running += 1;
    else await new Promise<void>((admit) => admitted.waiting.push(admit));
    try {
      await nextTurn();
      return await resolve();
    } finally {
      const next = admitted.waiting.shift();
      if (next) next();
      else admitted.running -= 1;
    }
  };
};

/** The last resolution queued by each request (its GraphQL context), settled or not. */
const lastTurns = new WeakMap<object, Promise<unknown>>();

/** Resolves in the next turn of the event loop, after the I/O (other requests among it) waiting there. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Runs `resolve` after the request's previous queued resolution has settled, one event-loop turn later. GraphQL
 * starts every relation of a page at once, and on SQLite (a synchronous driver) hundreds of them then ran back to
 * back in microtasks, holding every other request for seconds; one at a time, a turn apart, other requests are
 * served between them. A nested field is queued only once its parent has been resolved, so nothing waits on
 * itself.
 */
export const inTurn = <T>(context: object, resolve: () => Promise<T> | T): Promise<T> => {
  const previous = lastTurns.get(context) ?? Promise.resolve();
  const turn = previous.then(nextTurn, nextTurn).then(resolve);
  lastTurns.set(context, turn);
  return turn;
};

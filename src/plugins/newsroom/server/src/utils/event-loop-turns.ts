import { setImmediate as nextTurn } from 'node:timers/promises';

// Long enough that the turns cost little, short enough that a request waiting behind the work barely notices.
export const TURN_MS = 20;

/**
 * For long work in a request (reading a 100,000-character text): a function to call now and then that gives the
 * event loop a turn when TURN_MS have passed since the last, so that other requests (and /_health) are served
 * meanwhile. Call it every few steps: it looks at the clock only every `stepsPerLook` calls, and returns a promise
 * only when it is time for a turn (an `await` of every call would cost a microtask each).
 */
export const eventLoopTurns = (stepsPerLook = 64): (() => Promise<void> | undefined) => {
  let turnStarted = performance.now();
  let steps = 0;
  return () => {
    steps += 1;
    if (steps % stepsPerLook !== 0 || performance.now() - turnStarted <= TURN_MS) return undefined;
    return nextTurn().then(() => {
      turnStarted = performance.now();
    });
  };
};

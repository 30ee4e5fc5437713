import { eventLoopTurns, TURN_MS } from '../event-loop-turns';

describe('eventLoopTurns', () => {
  it('lets a timer run during a long loop that calls it', async () => {
    let timerRan = false;
    setTimeout(() => {
      timerRan = true;
    }, 0);
    const turn = eventLoopTurns(1);
    const started = Date.now();
    while (!timerRan && Date.now() - started < 20 * TURN_MS) {
      const due = turn();
      if (due) await due;
    }
    expect(timerRan).toBe(true);
  });

  it('returns nothing to await before the turn is due', () => {
    const turn = eventLoopTurns(1);
    expect(turn()).toBeUndefined();
  });
});

import { turns } from '../turns';

const tick = () => Promise.resolve();

describe('turns', () => {
  it("runs a request's resolutions a few at a time, first come first served, with the event loop free between them", async () => {
    const inTurn = turns(3);
    const context = {};
    let running = 0;
    let most = 0;
    const started: number[] = [];
    let timerFired = false;
    setTimeout(() => (timerFired = true), 0);
    const resolutions = Array.from({ length: 10 }, (_, n) =>
      inTurn(context, async () => {
        started.push(n);
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running -= 1;
        return n;
      }),
    );
    expect(started).toEqual([]);
    expect(await Promise.all(resolutions)).toEqual([...Array(10).keys()]);
    expect(started).toEqual([...Array(10).keys()]);
    expect(most).toBe(3);
    expect(timerFired).toBe(true);
  });

  it('runs one at a time when asked, each after the previous has settled', async () => {
    const inTurn = turns(1);
    const context = {};
    const events: string[] = [];
    await Promise.all(
      [1, 2].map((n) =>
        inTurn(context, async () => {
          events.push(`start ${n}`);
          await tick();
          events.push(`end ${n}`);
        }),
      ),
    );
    expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2']);
  });

  it('goes on after a failed resolution, and passes its error to its caller only', async () => {
    const inTurn = turns(1);
    const context = {};
    const failed = inTurn(context, () => Promise.reject(new Error('no database')));
    const next = inTurn(context, () => 'next');
    await expect(failed).rejects.toThrow('no database');
    await expect(next).resolves.toBe('next');
  });

  it('interleaves two requests, and keeps two queues apart', async () => {
    const inTurn = turns(1);
    const events: string[] = [];
    const a = {};
    const b = {};
    await Promise.all([
      inTurn(a, () => events.push('a1')),
      inTurn(a, () => events.push('a2')),
      inTurn(b, () => events.push('b1')),
      inTurn(b, () => events.push('b2')),
      turns(1)(a, () => events.push('other a1')),
    ]);
    expect(events).toEqual(['a1', 'b1', 'other a1', 'a2', 'b2']);
  });
});

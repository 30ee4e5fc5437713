import { inTurn } from '../relation-turns';

describe('inTurn', () => {
  it("resolves one request's relations one at a time, in order, with the event loop free between them", async () => {
    const context = {};
    const events: string[] = [];
    let timerFired = false;
    setTimeout(() => (timerFired = true), 0);
    const resolutions = [1, 2, 3].map((n) =>
      inTurn(context, async () => {
        events.push(`start ${n}`);
        await Promise.resolve();
        events.push(`end ${n}`);
        return n;
      }),
    );
    expect(events).toEqual([]);
    expect(await Promise.all(resolutions)).toEqual([1, 2, 3]);
    expect(events).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
    expect(timerFired).toBe(true);
  });

  it('goes on after a failed resolution, and passes its error to its caller only', async () => {
    const context = {};
    const failed = inTurn(context, () => Promise.reject(new Error('no database')));
    const next = inTurn(context, () => 'next');
    await expect(failed).rejects.toThrow('no database');
    await expect(next).resolves.toBe('next');
  });

  it('interleaves two requests', async () => {
    const events: string[] = [];
    const a = {};
    const b = {};
    await Promise.all([
      inTurn(a, () => events.push('a1')),
      inTurn(a, () => events.push('a2')),
      inTurn(b, () => events.push('b1')),
      inTurn(b, () => events.push('b2')),
    ]);
    expect(events).toEqual(['a1', 'b1', 'a2', 'b2']);
  });
});

import { shortLived } from '../short-lived';

describe('shortLived', () => {
  const counter = () => {
    let reads = 0;
    return { read: async () => (reads += 1), reads: () => reads };
  };

  it('reads once within its time to live, and again after it', async () => {
    let clock = 0;
    const source = counter();
    const value = shortLived(
      source.read,
      () => 1000,
      () => clock,
    );
    expect(await value.get()).toBe(1);
    clock = 999;
    expect(await value.get()).toBe(1);
    clock = 1000;
    expect(await value.get()).toBe(2);
    expect(source.reads()).toBe(2);
  });

  it('reads again at once after forget()', async () => {
    const source = counter();
    const value = shortLived(
      source.read,
      () => 60_000,
      () => 0,
    );
    await value.get();
    value.forget();
    expect(await value.get()).toBe(2);
  });

  it('shares one read between callers that ask while it runs', async () => {
    const source = counter();
    const value = shortLived(
      source.read,
      () => 60_000,
      () => 0,
    );
    const [a, b] = await Promise.all([value.get(), value.get()]);
    expect([a, b, source.reads()]).toEqual([1, 1, 1]);
  });

  it('does not keep a failed read', async () => {
    let fail = true;
    const value = shortLived(
      async () => {
        if (fail) throw new Error('down');
        return 'up';
      },
      () => 60_000,
      () => 0,
    );
    await expect(value.get()).rejects.toThrow('down');
    fail = false;
    await expect(value.get()).resolves.toBe('up');
  });
});

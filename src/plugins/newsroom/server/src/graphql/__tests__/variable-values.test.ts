import { countVariableValues } from '../variable-values';

describe('countVariableValues', () => {
  it('counts the scalars at any depth, nulls included', () => {
    expect(countVariableValues({}, 100)).toBe(0);
    expect(countVariableValues({ a: 1, b: 'x', c: null, d: false }, 100)).toBe(4);
    expect(countVariableValues({ filters: { or: [{ slug: { eq: 'a' } }, { tags: { in: [1, 2, 3] } }] } }, 100)).toBe(4);
  });

  it('stops one past the bound, whatever the size', () => {
    const huge = { filters: { id: { in: Array.from({ length: 70_000 }, (_, n) => n) } } };
    expect(countVariableValues(huge, 1000)).toBe(1001);
    expect(countVariableValues(Array.from({ length: 5000 }, () => ({ a: [1, 2] })), 10)).toBe(11);
  });

  it('walks deep nesting without recursion', () => {
    let deep: unknown = 'leaf';
    for (let n = 0; n < 100_000; n += 1) deep = [deep];
    expect(countVariableValues({ deep }, 10)).toBe(1);
  });
});

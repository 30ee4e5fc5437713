/**
 * The scalar values (strings, numbers, booleans, nulls) inside a request's `variables`, at any depth, counted
 * without recursion and only up to `stopAfter + 1`: what a 70,000-value `in` costs to count is the bound, not
 * its length.
 */
export const countVariableValues = (variables: unknown, stopAfter: number): number => {
  let count = 0;
  const pending: unknown[] = [variables];
  while (pending.length > 0 && count <= stopAfter) {
    const value = pending.pop();
    if (Array.isArray(value)) pending.push(...value.slice(0, stopAfter + 1 - count));
    else if (typeof value === 'object' && value !== null) pending.push(...Object.values(value).slice(0, stopAfter + 1 - count));
    else count += 1;
  }
  return count;
};

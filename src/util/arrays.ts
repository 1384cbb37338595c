/**
 * Appends every item of `items` to `target` without spreading them into arguments (`push(...items)` overflows the
 * call stack at a few hundred thousand items). Returns `target`.
 *
 * @example pushAll([1], [2, 3]) // → [1, 2, 3]
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/**
 * The largest of `values` (or `fallback` when there are none), in a loop rather than `Math.max(...values)`.
 *
 * @example maxOf([3, 9, 4]) // → 9
 */
export function maxOf(values: Iterable<number>, fallback = -Infinity): number {
  let max = fallback;
  for (const v of values) if (v > max) max = v;
  return max;
}

/**
 * Appends `items` to `target` one by one. `target.push(...items)` passes every item as an argument and
 * overflows the stack past ~120,000 items (a JSON array of that many articles, as many URLs or lines).
 */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}

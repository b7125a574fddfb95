/**
 * Up to this many items a linear scan beats hashing: most events hold few claims, and the lists
 * cut from them fewer still. Lists this short are searched without building a Map or a Set.
 *
 * @example
 * ```ts
 * SCAN_LIMIT
 * //=> 16
 * ```
 */
export const SCAN_LIMIT = 16;

/**
 * Splits items into parts of equal key, parts in first-seen order and items in input order within
 * each. Keys are compared with `===`, or with `same` when given: a composite key (several fields)
 * is then only built for lists too long to scan, so small lists allocate no key strings.
 *
 * @example
 * ```ts
 * partitionBy(['a1', 'b1', 'a2'], (s) => s[0])
 * //=> [['a1', 'a2'], ['b1']]
 * ```
 */
export function partitionBy<T, K>(items: readonly T[], keyOf: (item: T) => K, same?: (a: T, b: T) => boolean): T[][] {
  const parts: T[][] = [];
  if (items.length <= SCAN_LIMIT) {
    const keys: K[] = [];
    for (const item of items) {
      let at = -1;
      if (same === undefined) {
        const key = keyOf(item);
        at = keys.indexOf(key);
        if (at < 0) keys.push(key);
      } else {
        for (let k = 0; k < parts.length && at < 0; k++) if (same((parts[k] as T[])[0] as T, item)) at = k;
      }
      if (at < 0) parts.push([item]);
      else (parts[at] as T[]).push(item);
    }
    return parts;
  }
  const byKey = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const part = byKey.get(key);
    if (part === undefined) {
      const created = [item];
      byKey.set(key, created);
      parts.push(created);
    } else part.push(item);
  }
  return parts;
}

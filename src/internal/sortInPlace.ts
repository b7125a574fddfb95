import { SCAN_LIMIT } from './partitionBy.js';

/**
 * Sorts a list in place and returns it, stably, as `Array.prototype.sort` does: by insertion when
 * the list is short, where the builtin's setup costs more than the sort itself. An analysis sorts
 * a few short lists per group (claims, claimants, the ends of a divergence), so this is most of
 * its sorting.
 *
 * @example
 * ```ts
 * sortInPlace([{ id: 'b', n: 1 }, { id: 'a', n: 2 }, { id: 'b', n: 0 }], (x, y) => compareCodeUnits(x.id, y.id))
 * //=> [{ id: 'a', n: 2 }, { id: 'b', n: 1 }, { id: 'b', n: 0 }]
 * ```
 */
export function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > SCAN_LIMIT) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i] as T;
    let j = i - 1;
    // Strictly greater moves, equal stays: equal items keep their order.
    for (; j >= 0 && compare(list[j] as T, item) > 0; j--) list[j + 1] = list[j] as T;
    list[j + 1] = item;
  }
  return list;
}

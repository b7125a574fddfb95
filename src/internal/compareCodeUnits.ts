/**
 * Compares strings by UTF-16 code units, the order the contract fixes for ids: the same on every
 * machine and locale, unlike `localeCompare`.
 *
 * @example
 * ```ts
 * ['b', 'B', 'a'].sort(compareCodeUnits)
 * //=> ['B', 'a', 'b']
 * ```
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The first index in `[0, length)` at which `isBefore` is false, or `length` when it never is: a
 * binary search over a range where `isBefore` holds for a prefix and fails for the rest (sorted
 * items compared with a bound, say). Costs about log₂(length) calls.
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

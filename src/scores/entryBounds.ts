import type { GroupEntry } from './types.js';
import type { EntryBounds } from './types.js';

/**
 * One pass over a group's entries for the extremes every score and consensus rule reads: the
 * claims are compatible when `largestLow <= smallestHigh`, and their hull is `[lowest, largestHigh]`.
 * Loops rather than `Math.max(...list)`, since a group may hold more entries than a call takes
 * arguments.
 *
 * @example
 * ```ts
 * entryBounds([{ claimant: 'army', low: 7, high: Infinity, point: 7 }, { claimant: 'ttp', low: 9, high: 9, point: 9 }])
 * //=> { lowest: 7, largestLow: 9, smallestHigh: 9, largestHigh: Infinity, minPoint: 7, maxPoint: 9 }
 * ```
 */
export function entryBounds(entries: readonly GroupEntry[]): EntryBounds {
  let lowest = Number.POSITIVE_INFINITY;
  let largestLow = Number.NEGATIVE_INFINITY;
  let smallestHigh = Number.POSITIVE_INFINITY;
  let largestHigh = Number.NEGATIVE_INFINITY;
  let minPoint = Number.POSITIVE_INFINITY;
  let maxPoint = Number.NEGATIVE_INFINITY;
  for (const e of entries) {
    lowest = Math.min(lowest, e.low);
    largestLow = Math.max(largestLow, e.low);
    smallestHigh = Math.min(smallestHigh, e.high);
    largestHigh = Math.max(largestHigh, e.high);
    minPoint = Math.min(minPoint, e.point);
    maxPoint = Math.max(maxPoint, e.point);
  }
  return { lowest, largestLow, smallestHigh, largestHigh, minPoint, maxPoint };
}

import type { Figure } from '../figures/schemas.js';
import { entryBounds } from '../scores/entryBounds.js';
import type { GroupEntry } from '../scores/types.js';

/** The consensus rules that need no model: each reads one group's entries alone. */
export type ConsensusRule = 'intersection' | 'conservative' | 'median';

const point = (n: number): Figure => ({ low: n, high: n, stated: n, hedge: 'exact' });

/**
 * A group's consensus by a fixed rule, from its entries (see {@link groupEntries}):
 * - `intersection`: with L the largest low and H the smallest high, `[L, H]` — the values every
 *   claim allows (`exact` when L = H, `at-least` when H is open, else `range` with `stated: null`).
 *   When the claims are incompatible (L > H) it is the gap `[H, L]`: the smallest interval that
 *   touches every claim.
 * - `conservative`: the lowest low, as ACLED codes a disputed count (a denial makes it 0).
 * - `median`: the median of the entries' points (the mean of the middle two for an even count),
 *   the baseline of the truth-discovery literature; kept inside the claims' hull, since a point
 *   may lie outside its own interval ("nearly 300" is [270, 299]).
 *
 * @example
 * ```ts
 * const entries = [
 *   { claimant: 'army', low: 7, high: Infinity, point: 7 }, // "at least seven"
 *   { claimant: 'ttp', low: 9, high: 9, point: 9 },
 * ];
 * ruleConsensus(entries, 'intersection')
 * //=> { low: 9, high: 9, stated: 9, hedge: 'exact' }
 * ruleConsensus(entries, 'conservative')
 * //=> { low: 7, high: 7, stated: 7, hedge: 'exact' }
 * ruleConsensus(entries, 'median')
 * //=> { low: 8, high: 8, stated: 8, hedge: 'exact' }
 * ```
 */
export function ruleConsensus(entries: readonly GroupEntry[], rule: ConsensusRule): Figure {
  if (entries.length === 0) throw new Error('ruleConsensus: a group needs at least one entry');
  const { lowest, largestLow, smallestHigh, largestHigh } = entryBounds(entries);
  if (rule === 'median') {
    const points = entries.map((e) => e.point).sort((a, b) => a - b);
    const mid = points.length >> 1;
    const median = points.length % 2 === 1 ? (points[mid] as number) : ((points[mid - 1] as number) + (points[mid] as number)) / 2;
    const clamped = Math.min(Math.max(median, lowest), largestHigh);
    // Between two whole counts (7 and 8 give 7.5): the whole counts either side, the mean as stated.
    return Number.isInteger(clamped) ? point(clamped) : { low: Math.floor(clamped), high: Math.ceil(clamped), stated: clamped, hedge: 'range' };
  }
  if (rule === 'conservative') return point(lowest);
  const low = Math.min(largestLow, smallestHigh);
  const high = Math.max(largestLow, smallestHigh);
  if (low === high) return point(low);
  if (high === Number.POSITIVE_INFINITY) return { low, high: null, stated: low, hedge: 'at-least' };
  return { low, high, stated: null, hedge: 'range' };
}

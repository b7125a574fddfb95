import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { sortInPlace } from '../internal/sortInPlace.js';
import { tallyWork } from '../internal/workMeter.js';
import type { ClaimBucket, GroupedClaim } from '../groups/types.js';
import { effectiveFigure } from '../scores/effectiveFigure.js';

/**
 * The largest low of the claims' figures (a denial counts as zero), or 0 for none: the least count
 * the claims agree on. A loop rather than Math.max(...list): a claimant may give more figures than
 * a call has arguments.
 *
 * @example
 * ```ts
 * maxLow([
 *   { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 7, high: null, stated: 7, hedge: 'at-least' } },
 *   { id: 'b', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 9, high: 9, stated: 9, hedge: 'exact' } },
 * ])
 * //=> 9
 * ```
 */
export function maxLow(claims: readonly GroupedClaim[]): number {
  let low = 0;
  for (const claim of claims) low = Math.max(low, effectiveFigure(claim).low);
  return low;
}

/**
 * The least count a claimant's buckets give for one subject, within a side bound: a bound with a
 * side admits buckets of that side or of none; a bound without one admits every side. Counts of
 * different sides add up (the army's soldiers and the rebels' fighters are different people); an
 * unsided count of the same subject may be the same people, so it stands beside their sum, not on
 * top of it. The claims that give the count come by id, so that a finding does not depend on the
 * order of the input.
 *
 * @example
 * ```ts
 * const figure = (n: number) => ({ low: n, high: n, stated: n, hedge: 'exact' as const });
 * const bucket = (id: string, side: string | undefined, n: number) => ({
 *   claimant: 'un', event: 'day', outcome: 'killed', subject: 'civilians', side, groupSide: side, superseded: [],
 *   current: [{ id, claimant: 'un', event: 'day', measure: { outcome: 'killed', subject: 'civilians' }, figure: figure(n) }],
 * });
 * const { low, claims } = countedLow([bucket('b', 'state', 3), bucket('a', 'ttp', 4), bucket('c', undefined, 5)], 'civilians', undefined);
 * [low, claims.map((c) => c.id)]
 * //=> [7, ['a', 'b']]
 * ```
 */
export function countedLow(buckets: readonly ClaimBucket[], subject: string, side: string | undefined): { low: number; claims: GroupedClaim[] } {
  let unsided = 0;
  let sided = 0;
  const unsidedClaims: GroupedClaim[] = [];
  const sidedClaims: GroupedClaim[] = [];
  tallyWork(buckets.length);
  for (const b of buckets) {
    if (b.subject !== subject || (side !== undefined && b.side !== undefined && b.side !== side)) continue;
    if (b.side === undefined) {
      unsided = maxLow(b.current);
      for (const claim of b.current) unsidedClaims.push(claim);
    } else {
      sided += maxLow(b.current);
      for (const claim of b.current) sidedClaims.push(claim);
    }
  }
  const byId = (a: GroupedClaim, b: GroupedClaim): number => compareCodeUnits(a.id, b.id);
  return sided > unsided || unsidedClaims.length === 0
    ? { low: sided, claims: sortInPlace(sidedClaims, byId) }
    : { low: unsided, claims: sortInPlace(unsidedClaims, byId) };
}

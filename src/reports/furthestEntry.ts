import type { ClaimGroup, GroupedClaim } from '../groups/types.js';
import { effectiveFigure } from '../scores/effectiveFigure.js';
import { groupEntries } from '../scores/groupEntries.js';
import type { GroupEntry } from '../scores/types.js';

/** The other claimant's entry furthest from a claim, and how far: 1 when every other one is compatible. */
export interface Furthest {
  readonly entry: GroupEntry;
  readonly factor: number;
}

// The entry that beats every entry of the other claimants, for whoever asks: with the best and the
// best of a different claimant kept, one of the two is it. `better(a, b)` says a beats b; a tie
// keeps the earlier entry.
function bestOfOthers(entries: readonly GroupEntry[], better: (a: GroupEntry, b: GroupEntry) => boolean): (claimant: string) => GroupEntry | undefined {
  let best: GroupEntry | undefined;
  let second: GroupEntry | undefined;
  for (const e of entries) {
    if (best === undefined || e.claimant === best.claimant) {
      if (best === undefined || better(e, best)) best = e;
    } else if (better(e, best)) {
      second = best;
      best = e;
    } else if (second === undefined || better(e, second)) {
      second = e;
    }
  }
  return (claimant) => (best?.claimant !== claimant ? best : second);
}

/**
 * For each current claim of a group, the other claimant's figure furthest from it, read as
 * {@link groupEntries} (and so `scoreGroup`) reads the group: denials as zero, and in a mixed group
 * a claimant's narrower figures summed. A claim on the group's subject stands for itself; a
 * narrower claim in a mixed group stands as its claimant does. `undefined` when no other claimant
 * gives a figure.
 *
 * Against entries [l, h] the largest factor comes from the largest low above the claim's high or
 * the smallest high below its low, so the two largest lows and two smallest highs of distinct
 * claimants answer every claim: linear in the group, where comparing pairs was quadratic.
 *
 * @example
 * ```ts
 * const n = (k: number) => ({ low: k, high: k, stated: k, hedge: 'exact' as const });
 * const killed = (subject: string) => ({ outcome: 'killed', subject });
 * const group = { id: 'g', event: 'day', measure: killed('security-forces'), mixedSubjects: true, superseded: [], claimants: ['army', 'ttp'],
 *   claims: [
 *     { id: 'p', claimant: 'army', event: 'day', measure: killed('police'), figure: n(2) },
 *     { id: 's', claimant: 'army', event: 'day', measure: killed('soldiers'), figure: n(5) },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: killed('security-forces'), figure: n(68) },
 *   ] };
 * furthestEntry(group)(group.claims[0]).factor
 * //=> 8.625
 * ```
 */
export function furthestEntry(group: ClaimGroup): (claim: GroupedClaim) => Furthest | undefined {
  const entries = groupEntries(group);
  const highestLow = bestOfOthers(entries, (a, b) => a.low > b.low);
  const lowestHigh = bestOfOthers(entries, (a, b) => a.high < b.high);
  const standing = new Map<string, GroupEntry>();
  for (const e of entries) if (!standing.has(e.claimant)) standing.set(e.claimant, e);

  return (claim) => {
    const above = highestLow(claim.claimant);
    const below = lowestHigh(claim.claimant);
    if (above === undefined || below === undefined) return undefined;
    let low: number;
    let high: number;
    if (!group.mixedSubjects || claim.measure.subject === group.measure.subject) {
      const f = effectiveFigure(claim);
      low = f.low;
      high = f.high ?? Number.POSITIVE_INFINITY;
    } else {
      ({ low, high } = standing.get(claim.claimant) as GroupEntry);
    }
    let furthest: Furthest = { entry: above, factor: 1 };
    if (above.low > high) furthest = { entry: above, factor: (above.low + 1) / (high + 1) };
    if (low > below.high && (low + 1) / (below.high + 1) > furthest.factor) furthest = { entry: below, factor: (low + 1) / (below.high + 1) };
    return furthest;
  };
}

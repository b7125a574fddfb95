import type { Figure } from '../figures/schemas.js';
import type { ClaimGroup, GroupedClaim } from '../groups/types.js';
import { effectiveFigure } from './effectiveFigure.js';
import { figurePoint } from './figurePoint.js';
import type { GroupEntry } from './types.js';

function entryOf(claimant: string, figure: Figure): GroupEntry {
  return { claimant, low: figure.low, high: figure.high ?? Number.POSITIVE_INFINITY, point: figurePoint(figure) };
}

/**
 * The figures a group's current claims stand for, one entry per claim, denials as zero. In a mixed
 * group a claimant stands by its claims on the group's subject, or else by one entry that sums its
 * claims on the narrower subjects (lows, highs and points add; several figures for one narrower
 * subject count as their hull), so that "5 soldiers" and "2 police" stand as 7 against "68
 * security forces". Scores and consensus estimates read groups through this one representation.
 *
 * @example
 * ```ts
 * const killed = (subject: string) => ({ outcome: 'killed', subject, side: 'state' });
 * const n = (k: number) => ({ low: k, high: k, stated: k, hedge: 'exact' as const });
 * const [group] = groupClaims({
 *   sources: [{ id: 'army', name: 'Army' }, { id: 'ttp', name: 'TTP' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 's', claimant: 'army', event: 'day', measure: killed('soldiers'), figure: n(5) },
 *     { id: 'p', claimant: 'army', event: 'day', measure: killed('police'), figure: n(2) },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: killed('security-forces'), figure: n(68) },
 *   ],
 * });
 * groupEntries(group)
 * //=> [{ claimant: 'army', low: 7, high: 7, point: 7 }, { claimant: 'ttp', low: 68, high: 68, point: 68 }]
 * ```
 */
export function groupEntries(group: ClaimGroup): GroupEntry[] {
  if (!group.mixedSubjects) return group.claims.map((c) => entryOf(c.claimant, effectiveFigure(c)));
  const byClaimant = new Map<string, GroupedClaim[]>();
  for (const claim of group.claims) {
    const list = byClaimant.get(claim.claimant);
    if (list === undefined) byClaimant.set(claim.claimant, [claim]);
    else list.push(claim);
  }
  const entries: GroupEntry[] = [];
  for (const [claimant, claims] of byClaimant) {
    const onGroupSubject = claims.filter((c) => c.measure.subject === group.measure.subject);
    if (onGroupSubject.length > 0) {
      for (const claim of onGroupSubject) entries.push(entryOf(claimant, effectiveFigure(claim)));
      continue;
    }
    const hulls = new Map<string, GroupEntry>();
    for (const claim of claims) {
      const e = entryOf(claimant, effectiveFigure(claim));
      const hull = hulls.get(claim.measure.subject);
      hulls.set(
        claim.measure.subject,
        hull === undefined
          ? e
          : { claimant, low: Math.min(hull.low, e.low), high: Math.max(hull.high, e.high), point: Math.max(hull.point, e.point) },
      );
    }
    let low = 0;
    let high = 0;
    let point = 0;
    for (const hull of hulls.values()) {
      low += hull.low;
      high += hull.high;
      point += hull.point;
    }
    entries.push({ claimant, low, high, point });
  }
  return entries;
}

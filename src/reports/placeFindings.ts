import type { Finding } from '../checks/types.js';
import type { ClaimSet } from '../claims/schemas.js';
import type { ClaimGroup } from '../groups/types.js';

/**
 * Places each finding under the one event its claims belong to, as grouped (after any merging of
 * events, and through syndicated copies); findings whose claims span several events, or none of
 * the groups', are `unplaced`.
 *
 * @example
 * ```ts
 * const claim = (id: string, event: string) => ({ id, claimant: 'army', event, measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 1, high: 1, stated: 1, hedge: 'exact' as const } });
 * const set = { sources: [], events: [], claims: [claim('a', 'day'), claim('b', 'night')] };
 * const groups = [{ event: 'day', claims: [set.claims[0]], superseded: [] }, { event: 'night', claims: [set.claims[1]], superseded: [] }];
 * const { byEvent, unplaced } = placeFindings(groups, [{ kind: 'denied', claims: ['a'], message: 'x' }, { kind: 'denied', claims: ['a', 'b'], message: 'y' }], set);
 * [[...byEvent.keys()], unplaced.map((f) => f.message)]
 * //=> [['day'], ['y']]
 * ```
 */
export function placeFindings(
  groups: readonly Pick<ClaimGroup, 'event' | 'claims' | 'superseded'>[],
  findings: readonly Finding[],
  set: Pick<ClaimSet, 'claims'>,
): { byEvent: Map<string, Finding[]>; unplaced: Finding[] } {
  const eventOfClaim = new Map(set.claims.map((c) => [c.id, c.event]));
  const grouped = new Set<string>();
  for (const group of groups) {
    grouped.add(group.event);
    for (const claims of [group.claims, group.superseded]) {
      for (const claim of claims) {
        eventOfClaim.set(claim.id, group.event);
        for (const copy of claim.copies ?? []) eventOfClaim.set(copy, group.event);
      }
    }
  }
  const byEvent = new Map<string, Finding[]>();
  const unplaced: Finding[] = [];
  for (const finding of findings) {
    const placed = new Set(finding.claims.map((id) => eventOfClaim.get(id)));
    const [only] = placed;
    if (placed.size !== 1 || only === undefined || !grouped.has(only)) unplaced.push(finding);
    else {
      const list = byEvent.get(only);
      if (list === undefined) byEvent.set(only, [finding]);
      else list.push(finding);
    }
  }
  return { byEvent, unplaced };
}

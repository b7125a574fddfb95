import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { lookupById } from '../internal/lookupById.js';
import { partitionKeys } from './partitionKeys.js';
import type { Claim, ClaimSet, Event, Source } from './schemas.js';

/**
 * Splits a set into its partitions (see {@link partitionKeys}), in key order: each holds the events
 * of one key, the claims about them, and the sources those claims name (claimant and relays), all
 * in the set's order. Every event and claim is in exactly one partition; a source in each that
 * names it. A claim about an event the set does not have is put with the other claims naming that
 * id, so that validating its partition reports it.
 *
 * @example
 * ```ts
 * const parts = splitClaimSet({
 *   sources: [{ id: 'army', name: 'The army' }, { id: 'cnn', name: 'CNN' }],
 *   events: [{ id: 'day' }, { id: 'clash', partOf: 'day' }, { id: 'night' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', via: ['cnn'], event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' } },
 *     { id: 'b', claimant: 'army', event: 'night', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 2, high: 2, stated: 2, hedge: 'exact' } },
 *   ],
 * });
 * parts.map((p) => [p.events.map((e) => e.id), p.claims.map((c) => c.id), p.sources.map((s) => s.id)])
 * //=> [[['day', 'clash'], ['a'], ['army', 'cnn']], [['night'], ['b'], ['army']]]
 * ```
 */
export function splitClaimSet(set: ClaimSet): ClaimSet[] {
  const keys = partitionKeys(set.events);
  const parts = new Map<string, { events: Event[]; claims: Claim[]; sources: Set<string> }>();
  const part = (key: string) => {
    let found = parts.get(key);
    if (found === undefined) {
      found = { events: [], claims: [], sources: new Set() };
      parts.set(key, found);
    }
    return found;
  };
  for (const event of set.events) part(keys.get(event.id) as string).events.push(event);
  for (const claim of set.claims) {
    const found = part(keys.get(claim.event) ?? claim.event);
    found.claims.push(claim);
    found.sources.add(claim.claimant);
    for (const relay of claim.via ?? []) found.sources.add(relay);
  }
  const source = lookupById(set.sources);
  const order = new Map(set.sources.map((s, i) => [s, i]));
  return [...parts.keys()].sort(compareCodeUnits).map((key) => {
    const { events, claims, sources } = parts.get(key) as { events: Event[]; claims: Claim[]; sources: Set<string> };
    const named = [...sources].flatMap((id) => source(id) ?? []) as Source[];
    named.sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
    return { sources: named, events, claims };
  });
}

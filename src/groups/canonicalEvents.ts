import type { Event } from '../claims/schemas.js';

/**
 * Maps every event id to the event it stands for after merges: an event with `sameAs` stands for
 * the end of its `sameAs` chain. A chain that loops stops where it would repeat, so the map is
 * total even for documents that never went through `parseClaimSet`.
 *
 * @example
 * ```ts
 * canonicalEvents([{ id: 'a', sameAs: 'b' }, { id: 'b' }]).get('a')
 * //=> 'b'
 * ```
 */
export function canonicalEvents(events: readonly Event[]): Map<string, string> {
  const sameAs = new Map<string, string>();
  for (const event of events) if (event.sameAs !== undefined) sameAs.set(event.id, event.sameAs);
  const canonical = new Map<string, string>();
  for (const event of events) {
    let at = event.id;
    const seen = new Set<string>([at]);
    for (let next = sameAs.get(at); next !== undefined && !seen.has(next); next = sameAs.get(next)) {
      seen.add(next);
      at = next;
    }
    canonical.set(event.id, at);
  }
  return canonical;
}

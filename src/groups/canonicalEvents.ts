import type { Event } from '../claims/schemas.js';

/**
 * Maps each event merged into another (`sameAs`) to the event it stands for: the end of its
 * `sameAs` chain. Events that stand for themselves are not in the map, so a set without merges
 * costs nothing. A chain that loops stops where it would repeat, so documents that never went
 * through `parseClaimSet` cannot hang it.
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
    if (event.sameAs === undefined) continue;
    let at = event.id;
    const seen = new Set<string>([at]);
    for (let next = sameAs.get(at); next !== undefined && !seen.has(next); next = sameAs.get(next)) {
      seen.add(next);
      at = next;
    }
    if (at !== event.id) canonical.set(event.id, at);
  }
  return canonical;
}

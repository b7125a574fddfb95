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
  // Each chain is walked once: a walk stops at an event already resolved and hands its answer down.
  for (const start of sameAs.keys()) {
    if (canonical.has(start)) continue;
    const path: string[] = [];
    const onPath = new Set<string>();
    let at = start;
    for (let next = sameAs.get(at); next !== undefined && !onPath.has(next) && !canonical.has(at); next = sameAs.get(at)) {
      onPath.add(at);
      path.push(at);
      at = next;
    }
    const end = canonical.get(at) ?? at;
    for (const id of path) if (id !== end) canonical.set(id, end);
  }
  return canonical;
}

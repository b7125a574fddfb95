import type { Event } from '../claims/schemas.js';
import { followChains } from '../internal/followChains.js';

/**
 * Maps each event merged into another (`sameAs`) to the event it stands for: the end of its
 * `sameAs` chain. Events that stand for themselves are not in the map, so a set without merges
 * costs nothing.
 */
export function sameAsTargets(events: readonly Event[]): Map<string, string> {
  const sameAs = new Map<string, string>();
  for (const event of events) if (event.sameAs !== undefined) sameAs.set(event.id, event.sameAs);
  const targets = new Map<string, string>();
  if (sameAs.size === 0) return targets;
  const endOf = followChains((id: string) => sameAs.get(id));
  for (const id of sameAs.keys()) {
    const end = endOf(id);
    if (end !== id) targets.set(id, end);
  }
  return targets;
}

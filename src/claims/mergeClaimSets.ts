import type { ClaimSet, Source } from './schemas.js';

/**
 * Puts the ClaimSets of several documents into one, for `resolveEvents` and `analyze`: a source
 * that appears in several sets (the same id) is kept once, its fields taken from the first set
 * that gives them; events and claims are concatenated in order. Nothing is dropped: an event or
 * claim id used by two different sets is an error, since one would have to replace the other.
 *
 * @throws {Error} when two sets use the same event id or claim id; the message names the id and
 *   the sets (by index).
 * @example
 * ```ts
 * const merged = mergeClaimSets([
 *   { sources: [{ id: 'army', name: 'Pakistani military' }], events: [{ id: 'a#e1' }], claims: [] },
 *   { sources: [{ id: 'army', name: 'Army', kind: 'military' }], events: [{ id: 'b#e1' }], claims: [] },
 * ]);
 * merged.sources
 * //=> [{ id: 'army', name: 'Pakistani military', kind: 'military' }]
 * merged.events.map((e) => e.id)
 * //=> ['a#e1', 'b#e1']
 * ```
 */
export function mergeClaimSets(sets: readonly ClaimSet[]): ClaimSet {
  const sources = new Map<string, Source>();
  for (const set of sets) mergeSources(sources, set.sources);
  const owner = new Map<string, number>();
  const claim = (section: 'events' | 'claims', id: string, index: number): void => {
    const first = owner.get(`${section}\u0000${id}`);
    if (first !== undefined && first !== index) {
      throw new Error(`mergeClaimSets: ${section === 'events' ? 'event' : 'claim'} id ${JSON.stringify(id)} is in sets ${first} and ${index}`);
    }
    owner.set(`${section}\u0000${id}`, index);
  };
  sets.forEach((set, index) => {
    for (const event of set.events) claim('events', event.id, index);
    for (const c of set.claims) claim('claims', c.id, index);
  });
  return {
    sources: [...sources.values()],
    events: sets.flatMap((set) => set.events),
    claims: sets.flatMap((set) => set.claims),
  };
}

/**
 * Adds a document's sources to those gathered so far, as {@link mergeClaimSets} does: a source
 * already there keeps its fields and takes only those it lacks. For callers that see documents one
 * at a time (a stream) and must name sources as the merged set would.
 *
 * @example
 * ```ts
 * const sources = new Map();
 * mergeSources(sources, [{ id: 'army', name: 'Pakistani military' }]);
 * mergeSources(sources, [{ id: 'army', name: 'Army', kind: 'military' }]);
 * [...sources.values()]
 * //=> [{ id: 'army', name: 'Pakistani military', kind: 'military' }]
 * ```
 */
export function mergeSources(into: Map<string, Source>, sources: readonly Source[]): void {
  for (const source of sources) {
    const known = into.get(source.id);
    into.set(source.id, known === undefined ? source : { ...source, ...known });
  }
}

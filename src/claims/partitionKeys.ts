import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { createUnionFind } from '../internal/createUnionFind.js';
import type { Event } from './schemas.js';

/**
 * The partition key of every event of a set: the smallest id (in code-unit order) of the events
 * it is linked to through `partOf` and `sameAs`, followed both ways. A claim's key is its event's.
 *
 * Everything `analyze` compares stays within a partition — a group is one event (after `sameAs`),
 * a part is checked against its whole — so analysing each partition alone gives the same groups,
 * scores and findings as the whole set, once the word findings that span events are tallied
 * across partitions (`analyzePartitions` does both). The key is a pure function of the events:
 * the same events give the same keys in any order. Merges that `resolveEvents` would make are not
 * foreseen: resolve first, then take the keys of the resolved set. A reference to an event that is
 * not in the list links nothing.
 *
 * @example
 * ```ts
 * const keys = partitionKeys([{ id: 'day' }, { id: 'clash', partOf: 'day' }, { id: 'b-raid' }, { id: 'a-raid', sameAs: 'b-raid' }]);
 * [...keys]
 * //=> [['day', 'clash'], ['clash', 'clash'], ['b-raid', 'a-raid'], ['a-raid', 'a-raid']]
 * ```
 */
export function partitionKeys(events: readonly Pick<Event, 'id' | 'partOf' | 'sameAs'>[]): Map<string, string> {
  const indexOf = new Map<string, number>();
  events.forEach((event, i) => {
    if (!indexOf.has(event.id)) indexOf.set(event.id, i);
  });
  const ids = events.map((event) => event.id);
  const { find, union } = createUnionFind(events.length, (x, y) => compareCodeUnits(ids[x] as string, ids[y] as string) <= 0);
  events.forEach((event, i) => {
    for (const link of [event.partOf, event.sameAs]) {
      const j = link === undefined ? undefined : indexOf.get(link);
      if (j !== undefined) union(i, j);
    }
  });
  const keys = new Map<string, string>();
  events.forEach((event, i) => {
    if (!keys.has(event.id)) keys.set(event.id, ids[find(i)] as string);
  });
  return keys;
}

import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { createUnionFind, type UnionFind } from '../internal/createUnionFind.js';
import { followChains } from '../internal/followChains.js';
import { toEpochMs } from '../internal/toEpochMs.js';
import { isPrefix } from '../internal/isPrefix.js';
import type { Claim, ClaimSet, Event } from './schemas.js';
import { tupleKey } from '../internal/tupleKey.js';
import type { ResolveEventsOptions } from './types.js';

const DAY = 86_400_000;
// Periods up to this many days are indexed day by day; longer ones are compared with every block
// at the places they share, which keeps both the index and the scan small.
const SHORT_DAYS = 62;

// Events with the same place path and period: alike in everything but their conflicts (a shared
// document, a partOf line), so they are paired as one. Many articles about one day in one place
// would otherwise make every pair of them a candidate.
interface Block {
  readonly place: string[];
  readonly start: number;
  readonly end: number;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly long: boolean;
  readonly members: number[];
  /** Blocks whose events are compatible by place and period with this one's, this one included. */
  readonly near: Set<number>;
}

interface Node {
  readonly days: Map<number, number[]>;
  readonly long: number[];
  readonly all: number[];
}

const NO_CONFLICTS: ReadonlySet<number> = new Set();

// Blocks that are pairwise compatible by place and period, checked in linear time: every place a
// prefix of the longest, and a moment common to all periods (intervals on a line meet pairwise
// exactly when the latest start is no later than the earliest end).
function pairwiseNear(blocks: readonly Block[]): boolean {
  let longest: Block | undefined;
  let latestStart = Number.NEGATIVE_INFINITY;
  let earliestEnd = Number.POSITIVE_INFINITY;
  for (const b of blocks) {
    if (longest === undefined || b.place.length > longest.place.length) longest = b;
    latestStart = Math.max(latestStart, b.start);
    earliestEnd = Math.min(earliestEnd, b.end);
  }
  if (latestStart > earliestEnd) return false;
  return blocks.every((b) => isPrefix(b.place, (longest as Block).place));
}

/**
 * Merges the events of claims gathered from several documents, each with its own events. Two
 * events are compatible when their place paths agree (compared case-insensitively after trimming,
 * equal or one a prefix of the other), their periods overlap inclusively (a date-only end covers
 * its whole day, as date-fns' `areIntervalsOverlapping` with `{ inclusive: true }`), neither is the
 * other's `partOf` ancestor, and (unless `options.mergeWithinDocument`) no document cites both.
 * Events without a place or a period are never merged: nothing says where or when they happened.
 *
 * Merging never chains: an event compatible with two events that are not compatible with each
 * other (a "Pakistan, all of September" event beside South Waziristan and Peshawar) merges with
 * neither; the remaining compatible events merge. Each merged set keeps its smallest id (in
 * code-unit order); the others stay in `events` with `sameAs` naming it (an event merged before
 * names its target's survivor), and every claim points at the surviving event.
 *
 * Cost: events are indexed by place and day, and events with the same place and period are paired
 * as one block, so the work grows with the number of distinct (place, period) pairs that overlap
 * and with the conflicts (events of one document, partOf lines), not with the square of the
 * number of events.
 *
 * @example
 * ```ts
 * const merged = resolveEvents({
 *   sources: [{ id: 'cnn', name: 'CNN' }, { id: 'dawn', name: 'Dawn' }],
 *   events: [
 *     { id: 'cnn-offensive', place: ['Pakistan', 'South Waziristan'], period: { start: '2009-10-17', end: '2009-10-18' } },
 *     { id: 'dawn-operation', place: ['pakistan', 'South Waziristan', 'Kotkai'], period: { start: '2009-10-18', end: '2009-10-18' } },
 *   ],
 *   claims: [],
 * });
 * merged.events.map((e) => [e.id, e.sameAs])
 * //=> [['cnn-offensive', undefined], ['dawn-operation', 'cnn-offensive']]
 * ```
 */
export function resolveEvents(set: ClaimSet, options: ResolveEventsOptions = {}): ClaimSet {
  const indexOf = new Map<string, number>();
  set.events.forEach((event, i) => indexOf.set(event.id, i));
  const layout = eventBlocks(set.events);
  linkNearBlocks(layout.blocks);
  const conflicts = eventConflicts(set, indexOf, layout, options);
  const chains = chainingEvents(layout, conflicts);
  const { find } = mergeCompatible(set.events, layout, conflicts, chains);
  return applyMerges(set, indexOf, find);
}

/** Events in blocks: `blockOf[i]` is event i's block, -1 for an event without place or period. */
interface BlockLayout {
  readonly blocks: Block[];
  readonly blockOf: Int32Array;
}

// Blocks of events with the same place path and period; an event without either, or merged
// before (sameAs), is in none.
function eventBlocks(events: readonly Event[]): BlockLayout {
  const n = events.length;
  const blockOf = new Int32Array(n).fill(-1);
  const blocks: Block[] = [];
  const blockByKey = new Map<string, number>();
  events.forEach((event, i) => {
    if (event.sameAs !== undefined || event.place === undefined || event.place.length === 0 || event.period === undefined) return;
    const start = toEpochMs(event.period.start, 'start');
    const end = toEpochMs(event.period.end, 'end');
    if (!(start <= end)) return;
    const place = event.place.map((p) => p.trim().toLowerCase());
    const key = tupleKey(String(start), String(end), ...place);
    let b = blockByKey.get(key);
    if (b === undefined) {
      b = blocks.length;
      blockByKey.set(key, b);
      const firstDay = Math.floor(start / DAY);
      const lastDay = Math.floor(end / DAY);
      blocks.push({ place, start, end, firstDay, lastDay, long: lastDay - firstDay >= SHORT_DAYS, members: [], near: new Set([b]) });
    }
    (blocks[b] as Block).members.push(i);
    blockOf[i] = b;
  });
  return { blocks, blockOf };
}

// Which blocks are near: each block at the node of its place path, by day when its period is
// short; a block looks for partners at its own node and at every broader place.
function linkNearBlocks(blocks: readonly Block[]): void {
  const nodes = new Map<string, Node>();
  blocks.forEach((block, b) => {
    const key = tupleKey(...block.place);
    let node = nodes.get(key);
    if (node === undefined) {
      node = { days: new Map(), long: [], all: [] };
      nodes.set(key, node);
    }
    node.all.push(b);
    if (block.long) node.long.push(b);
    else {
      for (let d = block.firstDay; d <= block.lastDay; d++) {
        const list = node.days.get(d);
        if (list === undefined) node.days.set(d, [b]);
        else list.push(b);
      }
    }
  });
  blocks.forEach((block, b) => {
    for (let k = 1; k <= block.place.length; k++) {
      const node = nodes.get(tupleKey(...block.place.slice(0, k)));
      if (node === undefined) continue;
      const consider = (o: number): void => {
        const other = blocks[o] as Block;
        if (block.near.has(o) || !(block.start <= other.end && other.start <= block.end)) return;
        block.near.add(o);
        other.near.add(b);
      };
      if (block.long) for (const o of node.all) consider(o);
      else {
        for (const o of node.long) consider(o);
        for (let d = block.firstDay; d <= block.lastDay; d++) for (const o of node.days.get(d) ?? []) consider(o);
      }
    }
  });
}

/** Pairs of near events that must not merge, both ways round, and each block's events split by whether they have any. */
interface Conflicts {
  readonly of: Map<number, Set<number>>;
  /** Per block, its events with conflicts. */
  readonly dirtyIn: number[][];
  /** Per block, its events without any. */
  readonly cleanIn: number[][];
}

// Conflicts: pairs of near events that must not merge: one is the other's partOf ancestor, or one
// document cites both. Few in practice: the events of one article, the lines of partOf.
function eventConflicts(
  set: ClaimSet,
  indexOf: ReadonlyMap<string, number>,
  { blocks, blockOf }: BlockLayout,
  options: ResolveEventsOptions,
): Conflicts {
  const events = set.events;
  const conflicts = new Map<number, Set<number>>();
  const conflict = (a: number, c: number): void => {
    if (a === c || blockOf[a] === -1 || blockOf[c] === -1) return;
    if (!(blocks[blockOf[a] as number] as Block).near.has(blockOf[c] as number)) return;
    for (const [x, y] of [
      [a, c],
      [c, a],
    ] as const) {
      const set = conflicts.get(x);
      if (set === undefined) conflicts.set(x, new Set([y]));
      else set.add(y);
    }
  };
  events.forEach((event, i) => {
    // Up the partOf line, at most once round a loop (only a document that skipped parseClaimSet has one).
    const seen = new Set<number>([i]);
    for (let up = event.partOf; up !== undefined; ) {
      const j = indexOf.get(up);
      if (j === undefined || seen.has(j)) break;
      seen.add(j);
      conflict(i, j);
      up = events[j]?.partOf;
    }
  });
  if (options.mergeWithinDocument !== true) {
    const citing = new Map<string, Set<number>>();
    for (const claim of set.claims) {
      const i = indexOf.get(claim.event);
      const document = claim.evidence?.document;
      if (i === undefined || document === undefined || blockOf[i] === -1) continue;
      const list = citing.get(document);
      if (list === undefined) citing.set(document, new Set([i]));
      else list.add(i);
    }
    for (const list of citing.values()) for (const a of list) for (const c of list) if (a < c) conflict(a, c);
  }
  const dirtyIn = blocks.map((block) => block.members.filter((i) => conflicts.has(i)));
  const cleanIn = blocks.map((block) => block.members.filter((i) => !conflicts.has(i)));
  return { of: conflicts, dirtyIn, cleanIn };
}

// An event whose compatible events are not all compatible with each other would chain them: it
// merges with none. The clean events of a block (no conflicts) share one answer; each event with
// conflicts gets its own. Returns 1 per event that would chain.
function chainingEvents({ blocks, blockOf }: BlockLayout, { of: conflicts, dirtyIn, cleanIn }: Conflicts): Uint8Array {
  const conflictsOf = (i: number): ReadonlySet<number> => conflicts.get(i) ?? NO_CONFLICTS;
  const chains = new Uint8Array(blockOf.length);
  // Clean events of block Z see every event near Z but themselves: a conflict between two of
  // those, or two of those blocks not near each other, makes them chain.
  const poisoned = new Uint8Array(blocks.length);
  for (const [a, partners] of conflicts) {
    const na = (blocks[blockOf[a] as number] as Block).near;
    for (const c of partners) {
      if (c < a) continue;
      const nc = (blocks[blockOf[c] as number] as Block).near;
      const [small, large] = na.size <= nc.size ? [na, nc] : [nc, na];
      for (const z of small) if (large.has(z)) poisoned[z] = 1;
    }
  }
  blocks.forEach((block, b) => {
    const clean = cleanIn[b] as number[];
    if (clean.length === 0) return;
    const seen = [...block.near].filter((o) => o !== b || block.members.length > 1).map((o) => blocks[o] as Block);
    if (poisoned[b] === 1 || !pairwiseNear(seen)) for (const i of clean) chains[i] = 1;
  });
  for (const v of conflicts.keys()) {
    const home = blocks[blockOf[v] as number] as Block;
    const against = conflictsOf(v);
    // The blocks that still hold a compatible event for v, and how many such events there are.
    const seen: Block[] = [];
    let count = 0;
    for (const o of home.near) {
      const block = blocks[o] as Block;
      let left = block.members.length - (o === blockOf[v] ? 1 : 0);
      for (const i of dirtyIn[o] as number[]) if (against.has(i)) left -= 1;
      if (left > 0) seen.push(block);
      count += left;
    }
    if (count < 2) continue;
    if (!pairwiseNear(seen)) {
      chains[v] = 1;
      continue;
    }
    // A conflict between two events that are both compatible with v.
    search: for (const o of home.near) {
      for (const a of dirtyIn[o] as number[]) {
        if (a === v || against.has(a)) continue;
        for (const c of conflictsOf(a)) {
          if (c !== v && !against.has(c) && home.near.has(blockOf[c] as number)) {
            chains[v] = 1;
            break search;
          }
        }
      }
    }
  }
  return chains;
}

// The remaining compatible events form cliques: union them, the smallest id at each root.
function mergeCompatible(
  events: readonly Event[],
  { blocks, blockOf }: BlockLayout,
  { of: conflicts, dirtyIn, cleanIn }: Conflicts,
  chains: Uint8Array,
): UnionFind {
  const conflictsOf = (i: number): ReadonlySet<number> => conflicts.get(i) ?? NO_CONFLICTS;
  const sets = createUnionFind(events.length, (x, y) => compareCodeUnits((events[x] as Event).id, (events[y] as Event).id) <= 0);
  const { union } = sets;
  blocks.forEach((block, b) => {
    const clean = (cleanIn[b] as number[]).filter((i) => chains[i] === 0);
    const [first] = clean;
    if (first === undefined) return;
    for (const i of clean) union(first, i);
    // A clean event conflicts with nobody: it joins every remaining event near it.
    for (const o of block.near) {
      const other = (cleanIn[o] as number[]).find((i) => chains[i] === 0);
      if (other !== undefined) union(first, other);
      for (const i of dirtyIn[o] as number[]) if (chains[i] === 0) union(first, i);
    }
  });
  for (const v of conflicts.keys()) {
    if (chains[v] === 1) continue;
    const against = conflictsOf(v);
    for (const o of (blocks[blockOf[v] as number] as Block).near) {
      for (const i of dirtyIn[o] as number[]) if (i !== v && chains[i] === 0 && !against.has(i)) union(v, i);
    }
  }
  return sets;
}

// Where each event ends up: its merged set's survivor, or for an event merged earlier (sameAs),
// where its target ends up. Events merged into another name their survivor in sameAs, and every
// claim points at its event's survivor.
function applyMerges(set: ClaimSet, indexOf: ReadonlyMap<string, number>, find: (i: number) => number): ClaimSet {
  const events = set.events;
  const resolve = followChains((at: number): number => {
    const sameAs = events[at]?.sameAs;
    return sameAs === undefined ? find(at) : (indexOf.get(sameAs) ?? at);
  });
  const mergedEvents = events.map((event, i) => {
    const end = resolve(i);
    const survivor = (events[end] as Event).id;
    return end === i || event.sameAs === survivor ? event : { ...event, sameAs: survivor };
  });
  const claims = set.claims.map((claim): Claim => {
    const i = indexOf.get(claim.event);
    const event = i === undefined ? claim.event : (events[resolve(i)] as Event).id;
    return event === claim.event ? claim : { ...claim, event };
  });
  return { ...set, events: mergedEvents, claims };
}

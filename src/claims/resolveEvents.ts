import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { createUnionFind, type UnionFind } from '../internal/createUnionFind.js';
import { followChains } from '../internal/followChains.js';
import { forestIntervals } from '../internal/forestIntervals.js';
import { isPrefix } from '../internal/isPrefix.js';
import { partitionPoint } from '../internal/partitionPoint.js';
import { toEpochMs } from '../internal/toEpochMs.js';
import { tupleKey } from '../internal/tupleKey.js';
import { tallyWork } from '../internal/workMeter.js';
import type { Claim, ClaimSet, Event } from './schemas.js';
import type { ResolveEventsOptions } from './types.js';

const DAY = 86_400_000;
// Periods up to this many days are indexed day by day; longer ones are compared with every block
// at the places they share, which keeps both the index and the scan small.
const SHORT_DAYS = 62;

/**
 * Events that every other event is near or not near alike: at the same place, with periods that
 * overlap exactly the same events' periods (many articles about one day in one place, or one
 * place's periods that all overlap each other). They are paired with the others as one block, so
 * that n such events cost one block, not n² pairs.
 */
interface Block {
  readonly place: string[];
  /** A member's period, standing for all: whatever is near one member is near every member. */
  readonly start: number;
  readonly end: number;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly long: boolean;
  /** The latest start and the earliest end of the members' periods. */
  readonly latestStart: number;
  readonly earliestEnd: number;
  readonly members: number[];
  /** Blocks whose events are near this one's by place and period, this one included. */
  readonly near: Set<number>;
}

// Ids of what a claim set says about its events: where each event sits in the partOf forest, and
// which documents cite it.
interface Links {
  readonly tin: Int32Array;
  readonly tout: Int32Array;
  /** Per event, the documents that cite it (none when merging within a document is allowed). */
  readonly docs: readonly (readonly string[] | undefined)[];
}

// One is the other's partOf ancestor (or the same event).
const related = ({ tin, tout }: Links, a: number, b: number): boolean =>
  ((tin[a] as number) <= (tin[b] as number) && (tin[b] as number) < (tout[a] as number)) ||
  ((tin[b] as number) <= (tin[a] as number) && (tin[a] as number) < (tout[b] as number));

function shareDocument({ docs }: Links, a: number, b: number): boolean {
  const da = docs[a];
  const db = docs[b];
  if (da === undefined || db === undefined) return false;
  for (const doc of da) if (db.includes(doc)) return true;
  return false;
}

// Pairs of events that must not merge however near they are: one is the other's partOf ancestor,
// or one document cites both. `v` itself counts as in conflict with itself.
const inConflict = (links: Links, a: number, b: number): boolean => related(links, a, b) || shareDocument(links, a, b);

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
 * Cost: events that every other event is near or not near alike (the same place, and periods that
 * overlap the same periods) are paired as one block, so the work grows with the pairs of such
 * blocks that are near, not with the square of the events. Conflicts are never listed pair by pair:
 * a partOf line is numbered once so that ancestry is two comparisons, and the events of a document
 * are counted per block. Events with conflicts are looked at one by one against the blocks near
 * theirs, so a chain of parts or one document citing many events costs linear-logarithmic time.
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
  const { blocks, blockOf } = eventBlocks(set.events);
  linkNearBlocks(blocks);
  const links = eventLinks(set, indexOf, blockOf, options);
  const members = blocks.map((block) => blockMembers(block, links));
  const chains = chainingEvents(blocks, blockOf, members, links);
  const { find } = mergeCompatible(set.events, blocks, blockOf, members, links, chains);
  return applyMerges(set, indexOf, find);
}

/** Events in blocks: `blockOf[i]` is event i's block, -1 for an event without place or period. */
interface BlockLayout {
  readonly blocks: Block[];
  readonly blockOf: Int32Array;
}

// An event's place and period, read once; undefined for an event that cannot merge (no place or
// period, or merged before).
interface Spot {
  readonly place: string[];
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

function spotOf(event: Event): Spot | undefined {
  if (event.sameAs !== undefined || event.place === undefined || event.place.length === 0 || event.period === undefined) return undefined;
  const start = toEpochMs(event.period.start, 'start');
  const end = toEpochMs(event.period.end, 'end');
  if (!(start <= end)) return undefined;
  const place = event.place.map((p) => p.trim().toLowerCase());
  return { place, key: tupleKey(...place), start, end };
}

// Events with the same place and period, at their place's node.
interface Placed {
  readonly node: number;
  readonly spot: Spot;
  readonly members: number[];
}

// A place path's nodes: a node per prefix of a path, with its parent the path one shorter.
interface Places {
  readonly nodeOf: Map<string, number>;
  readonly parent: number[];
}

function placeNode(places: Places, place: readonly string[]): number {
  let node = -1;
  for (let k = 1; k <= place.length; k++) {
    const key = tupleKey(...place.slice(0, k));
    let next = places.nodeOf.get(key);
    if (next === undefined) {
      next = places.parent.length;
      places.nodeOf.set(key, next);
      places.parent.push(node);
    }
    node = next;
  }
  return node;
}

// How many of `sorted` are at most `x`, or below it.
const atMost = (sorted: Float64Array, x: number): number => partitionPoint(sorted.length, (k) => (sorted[k] as number) <= x);
const below = (sorted: Float64Array, x: number): number => partitionPoint(sorted.length, (k) => (sorted[k] as number) < x);
const sortedOf = (values: number[]): Float64Array => Float64Array.from(values).sort();

// Blocks of events that the others are near alike. Events with the same place and period are one
// such group; so are periods at one place that start no later than, and end no earlier than, the
// same periods of every comparable place (a broader or narrower place, or the same): those counts
// say exactly which periods each overlaps. An event without a place or period, or merged before
// (sameAs), is in no block.
function eventBlocks(events: readonly Event[]): BlockLayout {
  const n = events.length;
  const blockOf = new Int32Array(n).fill(-1);
  const places: Places = { nodeOf: new Map(), parent: [] };
  // Events with the same place and period first.
  const spots: Placed[] = [];
  const placed = (k: number): Placed => spots[k] as Placed;
  const spotByKey = new Map<string, number>();
  events.forEach((event, i) => {
    const spot = spotOf(event);
    if (spot === undefined) return;
    const key = tupleKey(spot.key, String(spot.start), String(spot.end));
    let s = spotByKey.get(key);
    if (s === undefined) {
      s = spots.length;
      spotByKey.set(key, s);
      spots.push({ node: placeNode(places, spot.place), spot, members: [] });
    }
    placed(s).members.push(i);
  });
  // Per place node, the starts and ends of its periods; and the periods in the order of a walk of
  // the place tree, so that those below a node are one run of it.
  const { tin, tout } = forestIntervals(places.parent);
  const atNode = new Map<number, number[]>();
  spots.forEach((s, k) => {
    const list = atNode.get(s.node);
    if (list === undefined) atNode.set(s.node, [k]);
    else list.push(k);
  });
  const sortedAt = new Map<number, { starts: Float64Array; ends: Float64Array }>();
  const boundsAt = (node: number): { starts: Float64Array; ends: Float64Array } => {
    let bounds = sortedAt.get(node);
    if (bounds === undefined) {
      const list = atNode.get(node) ?? [];
      bounds = { starts: sortedOf(list.map((k) => placed(k).spot.start)), ends: sortedOf(list.map((k) => placed(k).spot.end)) };
      sortedAt.set(node, bounds);
    }
    return bounds;
  };
  const walkOrder = spots.map((_, k) => k).sort((a, b) => (tin[placed(a).node] as number) - (tin[placed(b).node] as number));
  const walkTins = walkOrder.map((k) => tin[placed(k).node] as number);
  const groups: number[][] = [];
  for (const [node, list] of atNode) {
    if (list.length === 1) {
      groups.push(list);
      continue;
    }
    // The periods below this node, and the broader nodes above it.
    const from = partitionPoint(walkTins.length, (k) => (walkTins[k] as number) <= (tin[node] as number));
    const to = partitionPoint(walkTins.length, (k) => (walkTins[k] as number) < (tout[node] as number));
    const under = walkOrder.slice(from, to).map((k) => placed(k).spot);
    const underStarts = sortedOf(under.map((s) => s.start));
    const underEnds = sortedOf(under.map((s) => s.end));
    const above: { starts: Float64Array; ends: Float64Array }[] = [];
    for (let up = node; up >= 0; up = places.parent[up] as number) if (atNode.has(up)) above.push(boundsAt(up));
    tallyWork(list.length * (above.length + 1));
    const bySignature = new Map<string, number>();
    for (const k of list) {
      const { start, end } = placed(k).spot;
      let startsBefore = atMost(underStarts, end);
      let endsBefore = below(underEnds, start);
      for (const bounds of above) {
        startsBefore += atMost(bounds.starts, end);
        endsBefore += below(bounds.ends, start);
      }
      const signature = `${startsBefore}:${endsBefore}`;
      let g = bySignature.get(signature);
      if (g === undefined) {
        g = groups.length;
        bySignature.set(signature, g);
        groups.push([]);
      }
      (groups[g] as number[]).push(k);
    }
  }
  const blocks: Block[] = groups.map((group, b) => {
    const first = placed(group[0] as number).spot;
    const firstDay = Math.floor(first.start / DAY);
    const lastDay = Math.floor(first.end / DAY);
    let latestStart = Number.NEGATIVE_INFINITY;
    let earliestEnd = Number.POSITIVE_INFINITY;
    const memberList: number[] = [];
    for (const k of group) {
      const { spot, members } = placed(k);
      latestStart = Math.max(latestStart, spot.start);
      earliestEnd = Math.min(earliestEnd, spot.end);
      for (const i of members) {
        memberList.push(i);
        blockOf[i] = b;
      }
    }
    return { place: first.place, start: first.start, end: first.end, firstDay, lastDay, long: lastDay - firstDay >= SHORT_DAYS, latestStart, earliestEnd, members: memberList, near: new Set([b]) };
  });
  return { blocks, blockOf };
}

interface Node {
  readonly days: Map<number, number[]>;
  readonly long: number[];
  readonly all: number[];
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
        tallyWork();
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

// The partOf forest, numbered once (a circle, only in a document that skipped parseClaimSet, is
// cut), and the documents that cite each event in a block.
function eventLinks(set: ClaimSet, indexOf: ReadonlyMap<string, number>, blockOf: Int32Array, options: ResolveEventsOptions): Links {
  const parents = set.events.map((event) => (event.partOf === undefined ? -1 : (indexOf.get(event.partOf) ?? -1)));
  const { tin, tout } = forestIntervals(parents);
  const docs: (string[] | undefined)[] = new Array<string[] | undefined>(set.events.length).fill(undefined);
  if (options.mergeWithinDocument !== true) {
    for (const claim of set.claims) {
      const i = indexOf.get(claim.event);
      const document = claim.evidence?.document;
      if (i === undefined || document === undefined || blockOf[i] === -1) continue;
      const list = docs[i];
      if (list === undefined) docs[i] = [document];
      else if (!list.includes(document)) list.push(document);
    }
  }
  return { tin, tout, docs };
}

/**
 * Events indexed so that the ones a given event conflicts with are counted, not listed: their
 * places in the partOf walk, sorted, and per document the events it cites.
 */
interface MemberIndex {
  readonly list: readonly number[];
  /** Where each member's subtree starts, and ends, in the partOf walk, sorted. */
  readonly tins: Float64Array;
  readonly touts: Float64Array;
  readonly byDocument: Map<string, { readonly members: number[]; readonly tins: Float64Array; readonly touts: Float64Array }>;
}

function indexMembers(list: readonly number[], links: Links): MemberIndex {
  const { tin, tout, docs } = links;
  tallyWork(list.length);
  const cited = new Map<string, number[]>();
  for (const i of list) {
    for (const doc of docs[i] ?? []) {
      const members = cited.get(doc);
      if (members === undefined) cited.set(doc, [i]);
      else members.push(i);
    }
  }
  const byDocument = new Map(
    [...cited].map(([doc, members]) => [doc, { members, tins: sortedOf(members.map((i) => tin[i] as number)), touts: sortedOf(members.map((i) => tout[i] as number)) }]),
  );
  return { list, tins: sortedOf(list.map((i) => tin[i] as number)), touts: sortedOf(list.map((i) => tout[i] as number)), byDocument };
}

// How many of `tins`/`touts`' members are v or its relatives in the partOf forest: their walk
// intervals meet v's exactly when one holds the other.
const relativesIn = (tins: Float64Array, touts: Float64Array, links: Links, v: number): number =>
  below(tins, links.tout[v] as number) - atMost(touts, links.tin[v] as number);

// How many of the indexed events are `v` or conflict with it: its relatives, plus the events a
// document of v cites, less those counted twice.
function conflictsIn(index: MemberIndex, links: Links, v: number): number {
  tallyWork();
  const mine = links.docs[v];
  let count = relativesIn(index.tins, index.touts, links, v);
  if (mine === undefined) return count;
  if (mine.length === 1) {
    const group = index.byDocument.get(mine[0] as string);
    return group === undefined ? count : count + group.members.length - relativesIn(group.tins, group.touts, links, v);
  }
  // Several documents: the events they cite, each once.
  const cited = new Set<number>();
  for (const doc of mine) for (const i of index.byDocument.get(doc)?.members ?? []) cited.add(i);
  tallyWork(cited.size);
  for (const i of cited) if (!related(links, i, v)) count++;
  return count;
}

/** A block's events: all of them indexed, split by whether they have conflicts at all. */
interface Members {
  readonly all: MemberIndex;
  /** The events with a conflict somewhere in the set; the clean ones conflict with nobody. */
  readonly dirty: number[];
  readonly clean: number[];
  /** The documents that cite two members or more. */
  readonly shared: readonly string[];
  /**
   * Pairs of members one of which is the other's ancestor: among the first k members by the end of
   * their subtree (`before[k]`), and among the members from the k-th by its start (`after[k]`). The
   * members unrelated to an event v are exactly those whose subtrees end before v's starts, or
   * start after v's ends, so the related pairs among them are counted in two lookups.
   */
  readonly before: Float64Array;
  readonly after: Float64Array;
}

function blockMembers(block: Block, links: Links): Members {
  const all = indexMembers(block.members, links);
  const { tin, tout } = links;
  // A member's descendants among the members: those starting inside its subtree.
  const descendants = (i: number): number => below(all.tins, tout[i] as number) - atMost(all.tins, tin[i] as number);
  const n = block.members.length;
  const byTout = [...block.members].sort((a, b) => (tout[a] as number) - (tout[b] as number));
  const byTin = [...block.members].sort((a, b) => (tin[a] as number) - (tin[b] as number));
  const before = new Float64Array(n + 1);
  byTout.forEach((i, k) => (before[k + 1] = (before[k] as number) + descendants(i)));
  const after = new Float64Array(n + 1);
  for (let k = n - 1; k >= 0; k--) after[k] = (after[k + 1] as number) + descendants(byTin[k] as number);
  const shared = [...all.byDocument].filter(([, group]) => group.members.length > 1).map(([doc]) => doc);
  return { all, dirty: [], clean: [], shared, before, after };
}

// Whether a block holds two members that conflict with each other.
const hasInside = (m: Members): boolean => m.shared.length > 0 || (m.before[m.before.length - 1] as number) > 0;

// Related pairs among a block's members that are not v's relatives.
const relatedApartFrom = (m: Members, links: Links, v: number): number =>
  (m.before[atMost(m.all.touts, links.tin[v] as number)] as number) + (m.after[below(m.all.tins, links.tout[v] as number)] as number);

// Whether a block's events and another's include a pair in conflict.
function crossConflict(a: Members, b: Members, links: Links): boolean {
  const [small, large] = a.dirty.length <= b.dirty.length ? [a, b] : [b, a];
  // Only dirty members conflict with anything; a member of one block is never a member of the other.
  for (const i of small.dirty) if (conflictsIn(large.all, links, i) > 0) return true;
  return false;
}

// An event whose compatible events are not all compatible with each other would chain them: it
// merges with none. Returns 1 per event that would chain, and per event with conflicts the blocks
// that hold an event compatible with it.
function chainingEvents(blocks: readonly Block[], blockOf: Int32Array, members: readonly Members[], links: Links): Uint8Array {
  const n = blockOf.length;
  markDirty(blockOf, members, links);
  // Pairs of near blocks with a conflict between them, both ways round.
  const crossPartners: Set<number>[] = blocks.map(() => new Set<number>());
  blocks.forEach((block, b) => {
    if ((members[b] as Members).dirty.length === 0) return;
    for (const o of block.near) {
      if (o <= b || (members[o] as Members).dirty.length === 0) continue;
      if (crossConflict(members[b] as Members, members[o] as Members, links)) {
        (crossPartners[b] as Set<number>).add(o);
        (crossPartners[o] as Set<number>).add(b);
      }
    }
  });
  // A block is poisoned when the events near it hold a pair in conflict: its clean events, which
  // see all of them, chain.
  const poisoned = new Uint8Array(blocks.length);
  blocks.forEach((block, b) => {
    if (hasInside(members[b] as Members)) for (const z of block.near) poisoned[z] = 1;
    for (const o of crossPartners[b] as Set<number>) {
      if (o < b) continue;
      const [small, large] = block.near.size <= (blocks[o] as Block).near.size ? [block.near, (blocks[o] as Block).near] : [(blocks[o] as Block).near, block.near];
      tallyWork(small.size);
      for (const z of small) if (large.has(z)) poisoned[z] = 1;
    }
  });
  const chains = new Uint8Array(n);
  // Far pairs, for blocks whose near blocks are not pairwise near, found once per block.
  const farPairsCache = new Map<Block, [number, number][]>();
  const farPairsOf = (block: Block): [number, number][] => {
    let pairs = farPairsCache.get(block);
    if (pairs === undefined) {
      pairs = pairwiseNear([...block.near].map((o) => blocks[o] as Block)) ? [] : farPairs(block, blocks);
      farPairsCache.set(block, pairs);
    }
    return pairs;
  };
  blocks.forEach((block, b) => {
    const { clean, dirty } = members[b] as Members;
    if (clean.length > 0) {
      // Clean events see every event near their block but themselves.
      const seen = [...block.near].filter((o) => o !== b || block.members.length > 1).map((o) => blocks[o] as Block);
      tallyWork(seen.length);
      if (poisoned[b] === 1 || !pairwiseNear(seen)) for (const i of clean) chains[i] = 1;
    }
    for (const v of dirty) if (dirtyChains(v, block, blocks, members, crossPartners, farPairsOf, links)) chains[v] = 1;
  });
  return chains;
}

// Marks each block's members clean or dirty: dirty when a partOf relative or a document partner of
// the event is in some block, wherever.
function markDirty(blockOf: Int32Array, members: readonly Members[], links: Links): void {
  const n = blockOf.length;
  const dirty = new Uint8Array(n);
  // Nearest blocked ancestor by a walk in partOf order: a stack of the open subtrees.
  const inBlocks = [...Array(n).keys()].filter((i) => blockOf[i] !== -1).sort((a, b) => (links.tin[a] as number) - (links.tin[b] as number));
  const open: number[] = [];
  for (const i of inBlocks) {
    while (open.length > 0 && !related(links, open[open.length - 1] as number, i)) open.pop();
    const up = open[open.length - 1];
    if (up !== undefined) {
      dirty[i] = 1;
      dirty[up] = 1;
    }
    open.push(i);
  }
  const citing = new Map<string, number>();
  for (const i of inBlocks) for (const doc of links.docs[i] ?? []) citing.set(doc, (citing.get(doc) ?? 0) + 1);
  for (const i of inBlocks) if ((links.docs[i] ?? []).some((doc) => (citing.get(doc) as number) > 1)) dirty[i] = 1;
  for (const i of inBlocks) ((members[blockOf[i] as number] as Members)[dirty[i] === 1 ? 'dirty' : 'clean'] as number[]).push(i);
}

// Blocks that are pairwise near, checked in linear time: every place a prefix of the longest, and a
// moment common to all periods (intervals on a line meet pairwise exactly when the latest start is
// no later than the earliest end).
function pairwiseNear(blocks: readonly Block[]): boolean {
  let longest: Block | undefined;
  let latestStart = Number.NEGATIVE_INFINITY;
  let earliestEnd = Number.POSITIVE_INFINITY;
  for (const b of blocks) {
    if (longest === undefined || b.place.length > longest.place.length) longest = b;
    latestStart = Math.max(latestStart, b.latestStart);
    earliestEnd = Math.min(earliestEnd, b.earliestEnd);
  }
  if (latestStart > earliestEnd) return false;
  return blocks.every((b) => isPrefix(b.place, (longest as Block).place));
}

// The blocks near v's that hold an event compatible with v, and how many such events there are.
function compatibleBlocks(v: number, block: Block, blocks: readonly Block[], members: readonly Members[], links: Links): { seen: number[]; count: number } {
  const seen: number[] = [];
  let count = 0;
  for (const o of block.near) {
    const left = (blocks[o] as Block).members.length - conflictsIn((members[o] as Members).all, links, v);
    if (left > 0) seen.push(o);
    count += left;
  }
  return { seen, count };
}

// Pairs of blocks near `block` that are not near each other, disjoint, at most a few: whoever sees
// an event of both blocks of a pair chains. Found from the latest start and the earliest end, or
// a place off the longest path, as pairwiseNear finds that blocks are not pairwise near.
function farPairs(block: Block, blocks: readonly Block[]): [number, number][] {
  const pairs: [number, number][] = [];
  const left = new Set(block.near);
  while (pairs.length < 3 && left.size > 1) {
    tallyWork(left.size);
    let latest = -1;
    let earliest = -1;
    let longest = -1;
    for (const o of left) {
      const b = blocks[o] as Block;
      if (latest < 0 || b.latestStart > (blocks[latest] as Block).latestStart) latest = o;
      if (earliest < 0 || b.earliestEnd < (blocks[earliest] as Block).earliestEnd) earliest = o;
      if (longest < 0 || b.place.length > (blocks[longest] as Block).place.length) longest = o;
    }
    let pair: [number, number] | undefined;
    if ((blocks[latest] as Block).latestStart > (blocks[earliest] as Block).earliestEnd) pair = [latest, earliest];
    else {
      const off = [...left].find((o) => !isPrefix((blocks[o] as Block).place, (blocks[longest] as Block).place));
      if (off !== undefined) pair = [off, longest];
    }
    if (pair === undefined) break;
    pairs.push(pair);
    left.delete(pair[0]);
    left.delete(pair[1]);
  }
  return pairs;
}

// Whether an event with conflicts chains: its compatible events are not pairwise near, or two of
// them conflict. A pair of far blocks it sees settles most such events at once. Otherwise: only
// events with conflicts can conflict, and only where a block's members conflict among themselves
// apart from v's own conflicts, or a block conflicts with another block v sees; those are read.
function dirtyChains(
  v: number,
  block: Block,
  blocks: readonly Block[],
  members: readonly Members[],
  crossPartners: readonly Set<number>[],
  farPairsOf: (block: Block) => [number, number][],
  links: Links,
): boolean {
  const sees = (o: number): boolean => (blocks[o] as Block).members.length > conflictsIn((members[o] as Members).all, links, v);
  for (const [a, b] of farPairsOf(block)) if (sees(a) && sees(b)) return true;
  const { seen, count } = compatibleBlocks(v, block, blocks, members, links);
  if (count < 2) return false;
  if (!pairwiseNear(seen.map((o) => blocks[o] as Block))) return true;
  const mine = links.docs[v] ?? [];
  const candidates: number[] = [];
  const cited = new Set<string>();
  for (const o of seen) {
    const m = members[o] as Members;
    const inside = m.shared.some((doc) => !mine.includes(doc)) || relatedApartFrom(m, links, v) > 0;
    // Looked up from the blocks v sees, which are few where a block has many partners.
    tallyWork(seen.length);
    if (!inside && !seen.some((p) => (crossPartners[o] as Set<number>).has(p))) continue;
    for (const i of m.dirty) {
      tallyWork();
      if (i === v || inConflict(links, i, v)) continue;
      // Two candidates cited by one document: a pair in conflict, found as soon as it is read.
      for (const doc of links.docs[i] ?? []) {
        if (cited.has(doc)) return true;
        cited.add(doc);
      }
      candidates.push(i);
    }
  }
  // Or one candidate the other's ancestor.
  candidates.sort((a, b) => (links.tin[a] as number) - (links.tin[b] as number));
  for (let k = 1; k < candidates.length; k++) if (related(links, candidates[k - 1] as number, candidates[k] as number)) return true;
  return false;
}

// The remaining compatible events form cliques: union them, the smallest id at each root.
function mergeCompatible(
  events: readonly Event[],
  blocks: readonly Block[],
  blockOf: Int32Array,
  members: readonly Members[],
  links: Links,
  chains: Uint8Array,
): UnionFind {
  const sets = createUnionFind(events.length, (x, y) => compareCodeUnits((events[x] as Event).id, (events[y] as Event).id) <= 0);
  const { union } = sets;
  const free = (list: readonly number[]): number[] => list.filter((i) => chains[i] === 0);
  const freeClean = members.map((m) => free(m.clean));
  const freeDirty = members.map((m) => free(m.dirty));
  // A clean event is compatible with every event near it: the free ones of a block join its first
  // free clean event, and so do the free events of every block near. A block's free dirty events
  // all join the first time; after that one of them stands for them.
  const joined = new Uint8Array(blocks.length);
  blocks.forEach((block, b) => {
    const [first] = freeClean[b] as number[];
    if (first === undefined) return;
    for (const i of freeClean[b] as number[]) union(first, i);
    for (const o of block.near) {
      tallyWork();
      const other = (freeClean[o] as number[])[0];
      if (other !== undefined) union(first, other);
      const dirty = freeDirty[o] as number[];
      if (joined[o] === 0) for (const i of dirty) union(first, i);
      else if (dirty.length > 0) union(first, dirty[0] as number);
      joined[o] = 1;
    }
  });
  // A free event with conflicts joins, in each block near it, the first free event with conflicts
  // compatible with it; the clean ones it is compatible with have joined it above. The first is
  // enough: the free events compatible with v in a block are exactly those of v's merged set
  // (a free event compatible with v and free would chain v's set otherwise), so every member of
  // the set joins the first one or two of them, which join each other.
  const freeIndex = freeDirty.map((list) => (list.length === 0 ? undefined : indexMembers(list, links)));
  for (const v of freeDirty.flat()) {
    for (const o of (blocks[blockOf[v] as number] as Block).near) {
      const index = freeIndex[o];
      if (index === undefined || index.list.length - conflictsIn(index, links, v) === 0) continue;
      for (const i of index.list) {
        tallyWork();
        if (i !== v && !inConflict(links, i, v)) {
          union(v, i);
          break;
        }
      }
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

import { areIntervalsOverlapping } from 'date-fns';
import { byCodeUnit } from './byCodeUnit.js';
import { instant } from './instant.js';
import type { Claim, ClaimSet, Event } from './schemas.js';
import { tupleKey } from './tupleKey.js';

/** Options for {@link resolveEvents}. */
export interface ResolveEventsOptions {
  /**
   * Whether events cited by the same document may merge. Off by default: an article that
   * distinguishes two incidents ("the first day", "the last 24 hours") means them to be two.
   */
  readonly mergeWithinDocument?: boolean;
}

const DAY = 86_400_000;
// Periods up to this many days are indexed day by day; longer ones are compared with every event
// at the places they share, which keeps both the index and the scan small.
const SHORT_DAYS = 62;

interface Candidate {
  readonly index: number;
  readonly event: Event;
  readonly place: string[];
  readonly start: number;
  readonly end: number;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly long: boolean;
}

interface Node {
  readonly days: Map<number, number[]>;
  readonly long: number[];
  readonly all: number[];
}

function isPrefix(shorter: readonly string[], longer: readonly string[]): boolean {
  if (shorter.length > longer.length) return false;
  for (let k = 0; k < shorter.length; k++) if (shorter[k] !== longer[k]) return false;
  return true;
}

/**
 * Merges the events of claims gathered from several documents, each with its own events. Two
 * events are compatible when their place paths agree (compared case-insensitively after trimming,
 * equal or one a prefix of the other), their periods overlap inclusively (a date-only end covers
 * its whole day), neither is the other's `partOf` ancestor, and (unless
 * `options.mergeWithinDocument`) no document cites both. Events without a place or a period are
 * never merged: nothing says where or when they happened.
 *
 * Merging never chains: an event compatible with two events that are not compatible with each
 * other (a "Pakistan, all of September" event beside South Waziristan and Peshawar) merges with
 * neither; the remaining compatible events merge. Each merged set keeps its smallest id (in
 * code-unit order); the others stay in `events` with `sameAs` naming it, and every claim points at
 * the surviving event. Events are indexed by place and day, so the cost grows with the number of
 * plausible pairs, not with the square of the number of events.
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
  const events = set.events;
  const indexOf = new Map<string, number>();
  events.forEach((event, i) => indexOf.set(event.id, i));

  const candidates: (Candidate | undefined)[] = events.map((event, index) => {
    if (event.sameAs !== undefined || event.place === undefined || event.place.length === 0 || event.period === undefined) {
      return undefined;
    }
    const start = instant(event.period.start, 'start');
    const end = instant(event.period.end, 'end');
    if (!(start <= end)) return undefined;
    const firstDay = Math.floor(start / DAY);
    const lastDay = Math.floor(end / DAY);
    const place = event.place.map((p) => p.trim().toLowerCase());
    return { index, event, place, start, end, firstDay, lastDay, long: lastDay - firstDay >= SHORT_DAYS };
  });

  // partOf ancestors, bounded by the number of events so that a loop cannot hang the walk.
  const ancestors = (i: number): number[] => {
    const out: number[] = [];
    let at = events[i]?.partOf;
    while (at !== undefined && out.length < events.length) {
      const j = indexOf.get(at);
      if (j === undefined || j === i || out.includes(j)) break;
      out.push(j);
      at = events[j]?.partOf;
    }
    return out;
  };
  const ancestry = events.map((_, i) => ancestors(i));

  const documents: Set<string>[] = events.map(() => new Set<string>());
  if (options.mergeWithinDocument !== true) {
    for (const claim of set.claims) {
      const i = indexOf.get(claim.event);
      if (i !== undefined && claim.evidence?.document !== undefined) documents[i]?.add(claim.evidence.document);
    }
  }
  const shareDocument = (i: number, j: number): boolean => {
    const [a, b] = [documents[i] as Set<string>, documents[j] as Set<string>];
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    for (const d of small) if (large.has(d)) return true;
    return false;
  };

  const compatible = (a: Candidate, b: Candidate): boolean =>
    (isPrefix(a.place, b.place) || isPrefix(b.place, a.place)) &&
    areIntervalsOverlapping({ start: a.start, end: a.end }, { start: b.start, end: b.end }, { inclusive: true }) &&
    !(ancestry[a.index] as number[]).includes(b.index) &&
    !(ancestry[b.index] as number[]).includes(a.index) &&
    !shareDocument(a.index, b.index);

  // The index: each event at the node of its full place path, by day when its period is short.
  const nodes = new Map<string, Node>();
  for (const c of candidates) {
    if (c === undefined) continue;
    const key = tupleKey(...c.place);
    let node = nodes.get(key);
    if (node === undefined) {
      node = { days: new Map(), long: [], all: [] };
      nodes.set(key, node);
    }
    node.all.push(c.index);
    if (c.long) node.long.push(c.index);
    else {
      for (let d = c.firstDay; d <= c.lastDay; d++) {
        const list = node.days.get(d);
        if (list === undefined) node.days.set(d, [c.index]);
        else list.push(c.index);
      }
    }
  }

  // Edges: from each event to those at its own place (once per pair) and at broader places.
  const neighbours: number[][] = events.map(() => []);
  const seenBy = new Int32Array(events.length).fill(-1);
  for (const c of candidates) {
    if (c === undefined) continue;
    for (let k = 1; k <= c.place.length; k++) {
      const node = nodes.get(tupleKey(...c.place.slice(0, k)));
      if (node === undefined) continue;
      const own = k === c.place.length;
      const consider = (j: number): void => {
        if (j === c.index || seenBy[j] === c.index || (own && j < c.index)) return;
        seenBy[j] = c.index;
        const other = candidates[j] as Candidate;
        if (compatible(c, other)) {
          (neighbours[c.index] as number[]).push(j);
          (neighbours[j] as number[]).push(c.index);
        }
      };
      if (c.long) {
        for (const j of node.all) consider(j);
      } else {
        for (const j of node.long) consider(j);
        for (let d = c.firstDay; d <= c.lastDay; d++) for (const j of node.days.get(d) ?? []) consider(j);
      }
    }
  }

  // An event whose neighbours are not all compatible with each other would chain them: it merges
  // with none. Compatibility of a set is checked in linear time: place paths all prefixes of the
  // longest, periods with a common moment (intervals on a line meet pairwise exactly when the
  // latest start is before the earliest end), no partOf ancestry and no shared document among them.
  const mark = new Int32Array(events.length).fill(-1);
  const chains = (v: number): boolean => {
    const around = neighbours[v] as number[];
    if (around.length < 2) return false;
    let longest = candidates[around[0] as number] as Candidate;
    let latestStart = Number.NEGATIVE_INFINITY;
    let earliestEnd = Number.POSITIVE_INFINITY;
    for (const j of around) {
      const c = candidates[j] as Candidate;
      if (c.place.length > longest.place.length) longest = c;
      latestStart = Math.max(latestStart, c.start);
      earliestEnd = Math.min(earliestEnd, c.end);
      mark[j] = v;
    }
    if (latestStart > earliestEnd) return true;
    const docs = new Set<string>();
    for (const j of around) {
      const c = candidates[j] as Candidate;
      if (!isPrefix(c.place, longest.place)) return true;
      if ((ancestry[j] as number[]).some((a) => mark[a] === v)) return true;
      for (const d of documents[j] as Set<string>) {
        if (docs.has(d)) return true;
        docs.add(d);
      }
    }
    return false;
  };
  const excluded = events.map((_, v) => chains(v));

  // The remaining compatible events form cliques: union them and keep each set's smallest id.
  const parent = events.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) {
      const next = parent[i] as number;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  neighbours.forEach((around, v) => {
    if (excluded[v]) return;
    for (const j of around) {
      if (excluded[j]) continue;
      const [a, b] = [find(v), find(j)];
      if (a === b) continue;
      // The root is always the smallest id, so it is the survivor.
      if (byCodeUnit((events[a] as Event).id, (events[b] as Event).id) <= 0) parent[b] = a;
      else parent[a] = b;
    }
  });

  const mergedEvents = events.map((event, i) => {
    const root = find(i);
    return root === i ? event : { ...event, sameAs: (events[root] as Event).id };
  });
  // Claims follow every sameAs, old and new, to the surviving event.
  const survivor = (id: string): string => {
    let at = id;
    for (let steps = 0; steps <= events.length; steps++) {
      const i = indexOf.get(at);
      const next = i === undefined ? undefined : mergedEvents[i]?.sameAs;
      if (next === undefined || next === at) return at;
      at = next;
    }
    return at;
  };
  const claims = set.claims.map((claim): Claim => {
    const event = survivor(claim.event);
    return event === claim.event ? claim : { ...claim, event };
  });
  return { ...set, events: mergedEvents, claims };
}

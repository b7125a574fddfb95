import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { toEpochMs } from '../internal/toEpochMs.js';
import type { Claim, ClaimSet } from '../claims/schemas.js';
import { sameAsTargets } from './sameAsTargets.js';
import { partitionBy } from '../internal/partitionBy.js';
import { sortInPlace } from '../internal/sortInPlace.js';
import { tupleKey } from '../internal/tupleKey.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { absorbing } from './absorbing.js';
import { createSideResolver, type GroupSide } from './createSideResolver.js';
import { syndicatedCopy } from './syndicatedCopy.js';
import type { GroupedClaim } from './types.js';
import type { ClaimBucket, ClaimBuckets } from './types.js';

const NEVER = Number.POSITIVE_INFINITY;
// Shared by every bucket without revisions; nobody writes to it.
const NONE: readonly GroupedClaim[] = Object.freeze([]);
// When a claim was stated, as a number (undated claims last). Statements share few dates, so each
// fold reads each date once, in a cache of its own.
type StatedAt = (claim: Claim) => number;
function statedAtReader(): StatedAt {
  const instants = new Map<string, number>();
  return (claim) => {
    if (claim.statedAt === undefined) return NEVER;
    let at = instants.get(claim.statedAt);
    if (at === undefined) {
      at = toEpochMs(claim.statedAt, 'start');
      instants.set(claim.statedAt, at);
    }
    return at;
  };
}

// What makes two claims the same assertion once claimant, event and measure agree: the figure's
// interval and wording-free hedge, and the stance. Outlets, ids, dates and quotes may differ.
// Compared field by field, with no object built per claim (NaN equal to itself, as a deep
// equality would have it).
const same = (x: unknown, y: unknown): boolean => x === y || (x !== x && y !== y);
const sameAssertion = (a: Claim, b: Claim): boolean =>
  same(a.figure.low, b.figure.low) &&
  same(a.figure.high, b.figure.high) &&
  same(a.figure.stated, b.figure.stated) &&
  a.figure.hedge === b.figure.hedge &&
  (a.stance ?? 'asserts') === (b.stance ?? 'asserts');
const assertionKey = (c: Claim): string => `${c.figure.low}|${c.figure.high}|${c.figure.stated}|${c.figure.hedge}|${c.stance ?? 'asserts'}`;

// One assertion: the claim kept for its copies, and when it was last stated (NEVER if never dated).
interface Assertion {
  readonly claim: GroupedClaim;
  readonly latest: number;
}

function syndicate(copies: Claim[], statedAt: StatedAt): Assertion {
  // Earliest statement first, undated last, then smallest id: the claim kept.
  if (copies.length === 1) return { claim: copies[0] as Claim, latest: statedAt(copies[0] as Claim) };
  sortInPlace(copies, (a, b) => statedAt(a) - statedAt(b) || compareCodeUnits(a.id, b.id));
  const [kept, ...absorbed] = copies as [Claim, ...Claim[]];
  // The last dated copy: a figure said again after another one is the claimant's latest word.
  let latest = NEVER;
  for (let k = copies.length - 1; k >= 0 && latest === NEVER; k--) latest = statedAt(copies[k] as Claim);
  // Every outlet once, in the order first named; spread from the set, the list is sized exactly.
  const outlets = new Set<string>();
  for (const claim of copies) for (const outlet of claim.via ?? []) outlets.add(outlet);
  const via = [...outlets];
  const copiesIds = sortInPlace(absorbed.map((c) => c.id), compareCodeUnits);
  return { claim: syndicatedCopy(kept, via, copiesIds), latest };
}

// The assertion last stated is current; the others are superseded. An assertion is dated by its
// latest statement, not by the claim kept for it, so a figure restated after a revision is current.
// The lists are sized exactly, not grown by push: every bucket holds them to the end of an analysis.
function revise(assertions: Assertion[]): { current: readonly GroupedClaim[]; superseded: readonly GroupedClaim[] } {
  if (assertions.length === 1) return { current: [(assertions[0] as Assertion).claim], superseded: NONE };
  let latest = Number.NEGATIVE_INFINITY;
  for (const { latest: at } of assertions) if (at !== NEVER && at > latest) latest = at;
  // Undated figures cannot be ordered against the others, so they stay current.
  const isCurrent = (at: number): boolean => at === NEVER || at === latest;
  let count = 0;
  for (const { latest: at } of assertions) if (isCurrent(at)) count++;
  const current = new Array<GroupedClaim>(count);
  const superseded = new Array<GroupedClaim>(assertions.length - count);
  let c = 0;
  let s = 0;
  for (const { claim, latest: at } of assertions) {
    if (isCurrent(at)) current[c++] = claim;
    else superseded[s++] = claim;
  }
  const byId = (a: GroupedClaim, b: GroupedClaim): number => compareCodeUnits(a.id, b.id);
  return { current: sortInPlace(current, byId), superseded: s === 0 ? NONE : sortInPlace(superseded, byId) };
}

const sameBucket = (a: Claim, b: Claim): boolean =>
  a.claimant === b.claimant &&
  a.measure.outcome === b.measure.outcome &&
  a.measure.subject === b.measure.subject &&
  a.measure.side === b.measure.side;

function foldBucket(event: string, claims: Claim[], statedAt: StatedAt, groupSide: GroupSide): ClaimBucket {
  const first = claims[0] as Claim;
  const { outcome, subject, side } = first.measure;
  const claimant = first.claimant;
  // Literal objects, not spreads: spreading a shared head was the slowest line of the fold.
  if (claims.length === 1) return { claimant, event, outcome, subject, side, groupSide, current: claims, superseded: NONE };
  // Same assertion: a few claims are scanned; many are hashed on the figure's fields first.
  const copies = partitionBy(claims, assertionKey, sameAssertion);
  const { current, superseded } = revise(copies.map((c) => syndicate(c, statedAt)));
  return { claimant, event, outcome, subject, side, groupSide, current, superseded };
}

// A claimant's unsided figures for a subject join its figures of the side they are grouped under,
// so that one claimant's figures for one quantity revise and contradict each other whether or not
// each names the side. Returns the lists left, each with the side it is grouped under.
function joinUnsided(lists: Claim[][], vocabulary: Vocabulary): { claims: Claim[]; groupSide: GroupSide }[] {
  const head = (list: Claim[]): Claim => list[0] as Claim;
  const joined: { claims: Claim[]; groupSide: GroupSide }[] = [];
  // Built on the first unsided list: a sided list is grouped under its own side.
  let sideOf: ((subject: string, side: string | undefined) => GroupSide) | undefined;
  let sided: Map<string, Claim[]> | undefined;
  for (const list of lists) {
    const { claimant, measure } = head(list);
    if (measure.side !== undefined) {
      joined.push({ claims: list, groupSide: measure.side });
      continue;
    }
    sideOf ??= createSideResolver(
      lists.map((l) => head(l).measure),
      vocabulary,
      absorbing(head(lists[0] as Claim[]).measure.outcome, vocabulary),
    );
    const groupSide = sideOf(measure.subject, undefined);
    if (typeof groupSide === 'string') {
      // Indexed on the first unsided list that has a side to join: most outcomes have none.
      sided ??= new Map(
        lists.filter((l) => head(l).measure.side !== undefined).map((l) => [tupleKey(head(l).claimant, head(l).measure.subject, head(l).measure.side), l]),
      );
      const target = sided.get(tupleKey(claimant, measure.subject, groupSide));
      if (target !== undefined) {
        for (const claim of list) target.push(claim);
        continue;
      }
    }
    joined.push({ claims: list, groupSide });
  }
  return joined;
}

/** A set's claims by canonical event, from {@link claimsByEvent}. */
export interface EventClaims {
  /** Canonical event of every event id merged into another by `sameAs`. */
  readonly events: Map<string, string>;
  /** The canonical events, in first-seen order. */
  readonly ids: string[];
  /** Event `n`'s claims are `sorted[ends[n]]` up to `sorted[ends[n + 1]]`, in input order. */
  readonly ends: Int32Array;
  readonly sorted: Claim[];
}

/**
 * A set's claims by canonical event, as a counting sort on event numbers, not a list per event
 * grown by push: a million claims make a hundred thousand such lists, all alive until the last
 * claim is read. Each event's claims come out contiguous, in input order, events in first-seen
 * order.
 *
 * @example
 * ```ts
 * const claim = (id: string, event: string) => ({ id, claimant: 'army', event, measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 4, high: 4, stated: 4, hedge: 'exact' as const } });
 * const { ids, ends, sorted } = claimsByEvent({ sources: [{ id: 'army', name: 'Army' }], events: [{ id: 'a' }, { id: 'b' }], claims: [claim('1', 'b'), claim('2', 'a'), claim('3', 'b')] });
 * [ids, [...ends], sorted.map((c) => c.id)]
 * //=> [['b', 'a'], [0, 2, 3], ['1', '3', '2']]
 * ```
 */
export function claimsByEvent(set: ClaimSet): EventClaims {
  const events = sameAsTargets(set.events);
  const { claims } = set;
  const numbers = new Map<string, number>();
  const ids: string[] = [];
  const eventOf = new Int32Array(claims.length);
  // Claims usually come an event at a time: a claim of the event before it is numbered without a lookup.
  let previous: string | undefined;
  let n = -1;
  for (let i = 0; i < claims.length; i++) {
    const { event: id } = claims[i] as Claim;
    if (id !== previous) {
      previous = id;
      const event = events.size === 0 ? id : (events.get(id) ?? id);
      const known = numbers.get(event);
      if (known === undefined) {
        n = ids.length;
        numbers.set(event, n);
        ids.push(event);
      } else n = known;
    }
    eventOf[i] = n;
  }
  const ends = new Int32Array(ids.length + 1);
  for (const k of eventOf) ends[k + 1] = (ends[k + 1] as number) + 1;
  for (let k = 0; k < ids.length; k++) ends[k + 1] = (ends[k + 1] as number) + (ends[k] as number);
  const next = ends.slice(0, ids.length);
  const sorted = new Array<Claim>(claims.length);
  for (let i = 0; i < claims.length; i++) {
    const k = eventOf[i] as number;
    const at = next[k] as number;
    sorted[at] = claims[i] as Claim;
    next[k] = at + 1;
  }
  return { events, ids, ends, sorted };
}

/**
 * Buckets one canonical event's claims (see {@link bucketClaims}): a function kept for a whole
 * analysis, since it reads each statement date once.
 *
 * @example
 * ```ts
 * const claim = (id: string, n: number, statedAt: string) => ({ id, claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: n, high: n, stated: n, hedge: 'exact' as const }, statedAt });
 * createEventBucketer(createVocabulary())('day', [claim('a1', 4, '2009-10-17'), claim('a2', 5, '2009-10-18')]).map((b) => [b.current.map((c) => c.id), b.superseded.map((c) => c.id)])
 * //=> [[['a2'], ['a1']]]
 * ```
 */
export function createEventBucketer(vocabulary: Vocabulary): (event: string, claims: readonly Claim[]) => ClaimBucket[] {
  const statedAt = statedAtReader();
  return (event, claims) => {
    const buckets: ClaimBucket[] = [];
    const lists = partitionBy(claims, (c) => tupleKey(c.claimant, c.measure.outcome, c.measure.subject, c.measure.side), sameBucket);
    for (const outcome of partitionBy(lists, (list) => (list[0] as Claim).measure.outcome)) {
      for (const { claims: list, groupSide } of joinUnsided(outcome, vocabulary)) buckets.push(foldBucket(event, list, statedAt, groupSide));
    }
    return buckets;
  };
}

/**
 * Sorts a set's claims into buckets, one per claimant, canonical event, outcome, subject and side,
 * indexed by event, and folds each bucket: syndicated copies of one assertion become one claim
 * (earliest statement kept, every outlet in `via`, absorbed ids in `copies`), and a claimant's later
 * figures supersede its earlier ones. Every input claim ends up exactly once: current, superseded,
 * or in a kept claim's `copies`. One pass groups the claims by event, the only large index; the rest
 * works on each event's few claims.
 *
 * @example
 * ```ts
 * const buckets = bucketClaims({
 *   sources: [{ id: 'army', name: 'Army' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a1', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 4, high: 4, stated: 4, hedge: 'exact' }, statedAt: '2009-10-17' },
 *     { id: 'a2', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' }, statedAt: '2009-10-18' },
 *   ],
 * }, createVocabulary());
 * buckets.byEvent.get('day')?.map((b) => [b.current.map((c) => c.id), b.superseded.map((c) => c.id)])
 * //=> [[['a2'], ['a1']]]
 * ```
 */
export function bucketClaims(set: ClaimSet, vocabulary: Vocabulary): ClaimBuckets {
  const { events, ids, ends, sorted } = claimsByEvent(set);
  const bucketEvent = createEventBucketer(vocabulary);
  const byEvent = new Map<string, ClaimBucket[]>();
  for (let n = 0; n < ids.length; n++) byEvent.set(ids[n] as string, bucketEvent(ids[n] as string, sorted.slice(ends[n], ends[n + 1])));
  return { byEvent, events };
}

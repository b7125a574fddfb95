import type { ClaimSet } from '../claims/schemas.js';
import { formatFigure } from '../figures/formatFigure.js';
import type { ClaimBucket, ClaimBuckets, GroupedClaim } from '../groups/types.js';
import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { forestIntervals } from '../internal/forestIntervals.js';
import { partitionPoint } from '../internal/partitionPoint.js';
import { tupleKey } from '../internal/tupleKey.js';
import { tallyWork } from '../internal/workMeter.js';
import { effectiveFigure } from '../scores/effectiveFigure.js';
import { possessive } from '../vocabulary/possessive.js';
import { termWords } from '../vocabulary/termWords.js';
import { countedLow } from './countedLow.js';
import type { Finding } from './types.js';
import { flatText } from '../internal/flatText.js';

// What a claimant's figures say of an event, at the least: its own figure there, or what its
// figures for the event's parts add up to, whichever is larger. The claims are kept as a tree and
// listed only for a finding, so that a long chain of parts is not copied at every level.
interface Implied {
  readonly low: number;
  readonly own: readonly GroupedClaim[] | undefined;
  readonly parts: readonly Implied[];
}

const NOTHING: Implied = { low: 0, own: [], parts: [] };

function claimsOf(implied: Implied): GroupedClaim[] {
  const out: GroupedClaim[] = [];
  const stack: Implied[] = [implied];
  while (stack.length > 0) {
    const next = stack.pop() as Implied;
    if (next.own !== undefined) for (const claim of next.own) out.push(claim);
    else for (let k = next.parts.length - 1; k >= 0; k--) stack.push(next.parts[k] as Implied);
  }
  return out;
}

const sumOf = (parts: readonly Implied[]): number => parts.reduce((sum, part) => sum + part.low, 0);

/** The partOf links between canonical events, as a forest numbered for ancestry tests. */
interface Parts {
  readonly index: Map<string, number>;
  readonly ids: string[];
  readonly tin: Int32Array;
  readonly tout: Int32Array;
  /** Parts beyond the forest: a canonical event whose merged events were parts of several wholes. */
  readonly extra: Map<number, number[]>;
}

function partsForest(set: ClaimSet, { byEvent, events }: ClaimBuckets): Parts | undefined {
  const index = new Map<string, number>();
  const ids: string[] = [];
  const parent: number[] = [];
  const node = (id: string): number => {
    let i = index.get(id);
    if (i === undefined) {
      i = ids.length;
      index.set(id, i);
      ids.push(id);
      parent.push(-1);
    }
    return i;
  };
  const extra = new Map<number, number[]>();
  let links = 0;
  // In id order, not input order: where partOf and sameAs make a cycle, which link gives way must
  // not depend on how the events were listed (rows, partitions and files list them differently).
  const linked = set.events.filter((event) => event.partOf !== undefined).sort((a, b) => compareCodeUnits(a.id, b.id));
  for (const event of linked) {
    if (event.partOf === undefined) continue;
    const part = node(events.get(event.id) ?? event.id);
    const whole = node(events.get(event.partOf) ?? event.partOf);
    if (whole === part || parent[part] === whole) continue;
    links++;
    if (parent[part] === -1) parent[part] = whole;
    else {
      const more = extra.get(whole) ?? [];
      if (!more.includes(part)) more.push(part);
      extra.set(whole, more);
    }
  }
  if (links === 0) return undefined;
  for (const event of byEvent.keys()) node(event);
  return { index, ids, ...forestIntervals(parent), extra };
}

/**
 * Findings of kind `parts-exceed-total`: a claimant's current figures for the parts of an event
 * (`partOf`) add up to more than its figure for the whole (the sum of the parts' lows above the
 * whole's high). A part counts with its own parts: what a claimant says of a part is the larger of
 * its own figure there and what its figures for the part's parts add up to, so a skirmish within
 * a clash within a day is held against the day even where the claimant gives no figure for the
 * clash.
 *
 * Cost: for each claimant, outcome and subject, only the events where it gives figures are
 * visited, in the order of a walk of the partOf forest, each linked to the nearest such event
 * above it; the depth of the forest costs nothing, however long a chain of parts.
 *
 * @example
 * ```ts
 * const figure = (n: number) => ({ low: n, high: n, stated: n, hedge: 'exact' as const });
 * const set = {
 *   sources: [{ id: 'army', name: 'The army' }],
 *   events: [{ id: 'day' }, { id: 'clash', partOf: 'day' }, { id: 'skirmish', partOf: 'clash' }],
 *   claims: [
 *     { id: 'whole', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: figure(5) },
 *     { id: 'part', claimant: 'army', event: 'skirmish', measure: { outcome: 'killed', subject: 'soldiers' }, figure: figure(8) },
 *   ],
 * };
 * partsExceedTotal(set, bucketClaims(set, createVocabulary()), (id) => id).map((f) => f.claims)
 * //=> [['whole', 'part']]
 * ```
 */
export function partsExceedTotal(set: ClaimSet, buckets: ClaimBuckets, name: (source: string) => string): Finding[] {
  const parts = partsForest(set, buckets);
  if (parts === undefined) return [];
  const { index, ids, tin, tout, extra } = parts;
  const contains = (a: number, b: number): boolean => (tin[a] as number) <= (tin[b] as number) && (tin[b] as number) < (tout[a] as number);

  // Per claimant, outcome and subject: the events where it has figures, and their buckets.
  const speakers = new Map<string, { events: number[]; buckets: Map<number, ClaimBucket[]> }>();
  for (const [event, eventBuckets] of buckets.byEvent) {
    const at = index.get(event) as number;
    for (const bucket of eventBuckets) {
      const key = tupleKey(bucket.claimant, bucket.outcome, bucket.subject);
      let speaker = speakers.get(key);
      if (speaker === undefined) {
        speaker = { events: [], buckets: new Map() };
        speakers.set(key, speaker);
      }
      const here = speaker.buckets.get(at);
      if (here === undefined) {
        speaker.events.push(at);
        speaker.buckets.set(at, [bucket]);
      } else here.push(bucket);
    }
  }

  const findings: Finding[] = [];
  for (const { events, buckets: bucketsAt } of speakers.values()) {
    if (events.length < 2) continue;
    events.sort((a, b) => (tin[a] as number) - (tin[b] as number));
    const position = new Map(events.map((e, k) => [e, k]));
    // The nearest event above each, among these: a stack of the events whose subtree the walk is in.
    const above = new Int32Array(events.length).fill(-1);
    const below: number[][] = events.map(() => []);
    const open: number[] = [];
    events.forEach((e, k) => {
      while (open.length > 0 && !contains(events[open[open.length - 1] as number] as number, e)) open.pop();
      const up = open[open.length - 1];
      if (up !== undefined) {
        above[k] = up;
        (below[up] as number[]).push(k);
      }
      open.push(k);
    });
    for (const list of below) list.sort((a, b) => compareCodeUnits(ids[events[a] as number] as string, ids[events[b] as number] as string));
    // What a part beyond the forest adds to a whole: itself if it has figures, else the nearest
    // events with figures inside it.
    const beyond = (whole: number, implied: readonly Implied[]): Implied[] => {
      const out: Implied[] = [];
      for (const part of extra.get(whole) ?? []) {
        if (contains(whole, part) || contains(part, whole)) continue;
        const k = position.get(part);
        if (k !== undefined) {
          out.push(implied[k] as Implied);
          continue;
        }
        const from = partitionPoint(events.length, (j) => (tin[events[j] as number] as number) < (tin[part] as number));
        for (let j = from; j < events.length && contains(part, events[j] as number); j++) {
          const up = above[j] as number;
          if (up < 0 || !contains(part, events[up] as number)) out.push(implied[j] as Implied);
        }
      }
      return out;
    };
    const sides = new Set<string | undefined>();
    for (const list of bucketsAt.values()) for (const bucket of list) sides.add(bucket.side);
    for (const side of sides) {
      // Deepest events first: an event's parts are implied before it.
      const implied: Implied[] = new Array<Implied>(events.length).fill(NOTHING);
      tallyWork(events.length);
      for (let k = events.length - 1; k >= 0; k--) {
        const at = events[k] as number;
        const inside = (below[k] as number[]).map((j) => implied[j] as Implied);
        const list = bucketsAt.get(at) as ClaimBucket[];
        const own = countedLow(list, (list[0] as ClaimBucket).subject, side);
        const sum = sumOf(inside);
        implied[k] = own.claims.length > 0 && own.low >= sum ? { low: own.low, own: own.claims, parts: [] } : { low: sum, own: undefined, parts: inside };
      }
      for (let k = 0; k < events.length; k++) {
        const at = events[k] as number;
        const inside = [...(below[k] as number[]).map((j) => implied[j] as Implied), ...beyond(at, implied)];
        if (inside.length === 0) continue;
        const sum = sumOf(inside);
        for (const whole of bucketsAt.get(at) as ClaimBucket[]) {
          if (whole.side !== side) continue;
          // The whole's most generous reading: parts must not exceed even that.
          let high = 0;
          for (const claim of whole.current) high = Math.max(high, effectiveFigure(claim).high ?? Number.POSITIVE_INFINITY);
          if (sum <= high) continue;
          const partClaims = inside.flatMap(claimsOf);
          const wholeText = whole.current.map((c) => formatFigure(effectiveFigure(c))).join(' or ');
          findings.push({
            kind: 'parts-exceed-total',
            claims: [...whole.current, ...partClaims].map((c) => c.id),
            message: flatText`${possessive(name(whole.claimant))} figures for the parts of the event add up to at least ${sum} ${termWords(whole.subject)} ${termWords(whole.outcome)}, more than its ${wholeText} for the whole.`,
          });
        }
      }
    }
  }
  return findings;
}

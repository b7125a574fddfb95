import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { lookupById } from '../internal/lookupById.js';
import { partitionBy } from '../internal/partitionBy.js';
import type { ClaimSet } from '../claims/schemas.js';
import { tupleKey } from '../internal/tupleKey.js';
import type { ClaimBucket, ClaimBuckets } from '../groups/types.js';
import type { ClaimGroup, GroupedClaim } from '../groups/types.js';
import { deniedAgainstFigure } from '../scores/deniedAgainstFigure.js';
import { effectiveFigure } from '../scores/effectiveFigure.js';
import { countedLow, maxLow } from './countedLow.js';
import { partsExceedTotal } from './partsExceedTotal.js';
import { formatFigure } from '../figures/formatFigure.js';
import { outcomeVerb } from '../vocabulary/outcomeVerb.js';
import { nameInSentence } from '../vocabulary/nameInSentence.js';
import { possessive } from '../vocabulary/possessive.js';
import { termWords } from '../vocabulary/termWords.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { createTermTally } from './createTermTally.js';
import type { Finding, FindingKind } from './types.js';
import { flatText } from '../internal/flatText.js';

// The place of each kind in the order `checkClaims` lists them (-1 for none), by a switch rather
// than a search of a list: sorting a hundred thousand findings compares kinds millions of times.
function kindOrder(kind: FindingKind): number {
  switch (kind) {
    case 'self-contradiction':
      return 0;
    case 'parts-exceed-total':
      return 1;
    case 'narrower-exceeds-broader':
      return 2;
    case 'denied':
      return 3;
    case 'unknown-term':
      return 4;
    case 'loaded-term':
      return 5;
    default:
      return -1;
  }
}

const highOf = (claim: GroupedClaim): number => effectiveFigure(claim).high ?? Number.POSITIVE_INFINITY;

interface Context {
  readonly name: (source: string) => string;
  /** The narrower terms of each subject, from the vocabulary. */
  readonly children: ReadonlyMap<string, readonly string[]>;
}

function minHigh(claims: readonly GroupedClaim[]): number {
  let high = Number.POSITIVE_INFINITY;
  for (const claim of claims) high = Math.min(high, highOf(claim));
  return high;
}

function selfContradictions(buckets: readonly ClaimBucket[], { name }: Context, findings: Finding[]): void {
  for (const b of buckets) {
    // Figures that some single value satisfies ("at least 7" and 9) do not contradict each other.
    if (b.current.length < 2 || maxLow(b.current) <= minHigh(b.current)) continue;
    const figures = b.current.map((c) => (c.stance === 'denies' ? 'none (a denial)' : formatFigure(c.figure)));
    findings.push({
      kind: 'self-contradiction',
      claims: b.current.map((c) => c.id),
      message: flatText`${name(b.claimant)} gives different figures for ${termWords(b.subject)} ${termWords(b.outcome)} in the same event (${figures.join('; ')}) with no later date to say which stands.`,
    });
  }
}

// The buckets that countedLow may count for a subject within a side bound: those of that side and
// the unsided ones, or every one for no bound. Indexed once per claimant and outcome, so that a
// claimant counting many sides costs each bound its own buckets, not all of them.
function countsBySubjectAndSide(scope: readonly ClaimBucket[]): (subject: string, side: string | undefined) => readonly ClaimBucket[] {
  const index = new Map<string, { all: ClaimBucket[]; unsided: ClaimBucket[]; sided: Map<string, ClaimBucket[]> }>();
  for (const bucket of scope) {
    let entry = index.get(bucket.subject);
    if (entry === undefined) {
      entry = { all: [], unsided: [], sided: new Map() };
      index.set(bucket.subject, entry);
    }
    entry.all.push(bucket);
    if (bucket.side === undefined) entry.unsided.push(bucket);
    else {
      const list = entry.sided.get(bucket.side);
      if (list === undefined) entry.sided.set(bucket.side, [bucket]);
      else list.push(bucket);
    }
  }
  return (subject, side) => {
    const entry = index.get(subject);
    if (entry === undefined) return [];
    if (side === undefined) return entry.all;
    const sided = entry.sided.get(side);
    return sided === undefined ? entry.unsided : entry.unsided.length === 0 ? sided : [...sided, ...entry.unsided];
  };
}

// A claimant's count of a narrower subject (or of several narrower subjects together) cannot
// exceed its count of a broader term that contains them.
function narrowerExceedsBroader(eventBuckets: readonly ClaimBucket[], { children, name }: Context, findings: Finding[]): void {
  for (const scope of partitionBy(
    eventBuckets,
    (b) => tupleKey(b.claimant, b.outcome),
    (a, b) => a.claimant === b.claimant && a.outcome === b.outcome,
  )) {
    // Only a subject with narrower terms can be exceeded: a scope with none builds no index.
    if (scope.length < 2 || !scope.some((b) => children.has(b.subject))) continue;
    const counts = countsBySubjectAndSide(scope);
    for (const broad of scope) {
      const narrower = children.get(broad.subject);
      if (narrower === undefined) continue;
      // The least count a subject implies within the broad figure's side: its own figure's low,
      // or the sum of what its narrower terms imply.
      const implied = (subject: string): { low: number; claims: readonly GroupedClaim[] } => {
        const own = countedLow(counts(subject, broad.side), subject, broad.side);
        let sum = 0;
        const claims: GroupedClaim[] = [];
        for (const child of children.get(subject) ?? []) {
          const sub = implied(child);
          sum += sub.low;
          for (const claim of sub.claims) claims.push(claim);
        }
        return own.claims.length > 0 && own.low >= sum ? own : { low: sum, claims };
      };
      let narrowLow = 0;
      const narrowClaims: GroupedClaim[] = [];
      for (const child of narrower) {
        const sub = implied(child);
        narrowLow += sub.low;
        for (const claim of sub.claims) narrowClaims.push(claim);
      }
      const high = minHigh(broad.current);
      if (narrowClaims.length === 0 || narrowLow <= high) continue;
      const parts = narrowClaims.map((c) => `${formatFigure(effectiveFigure(c))} ${termWords(c.measure.subject)}`);
      const tightest = broad.current.find((c) => highOf(c) === high) as GroupedClaim;
      findings.push({
        kind: 'narrower-exceeds-broader',
        claims: [...broad.current, ...narrowClaims].map((c) => c.id),
        message: flatText`${name(broad.claimant)} counts ${parts.join(' and ')} ${termWords(broad.outcome)}, more than its ${formatFigure(effectiveFigure(tightest))} ${termWords(broad.subject)} for the same event.`,
      });
    }
  }
}

function denials(groups: readonly ClaimGroup[], { name }: Context, findings: Finding[]): void {
  for (const group of groups) {
    // Few groups hold a denial against a figure: the others are passed over before any list is built.
    if (!deniedAgainstFigure(group.claims)) continue;
    const denying = group.claims.filter((c) => c.stance === 'denies');
    const asserting = group.claims.filter((c) => c.stance !== 'denies' && c.figure.low > 0);
    // Names inside the sentence as a sentence writes them ("against local media's figure"); the
    // past tense needs no agreement with a name's number ("Russian officials denied").
    const who = [...new Set(denying.map((c) => name(c.claimant)))].map((n, i) => nameInSentence(n, i === 0)).join(' and ');
    const what = asserting.map((c) => `${possessive(nameInSentence(name(c.claimant), false))} figure of ${formatFigure(c.figure)}`).join('; ');
    findings.push({
      kind: 'denied',
      claims: [...denying, ...asserting].map((c) => c.id),
      message: flatText`${who} denied that any ${termWords(group.measure.subject)} ${outcomeVerb(group.measure.outcome, false)}, against ${what}.`,
    });
  }
}

/**
 * The order of findings: by kind (in the order `checkClaims` lists them), then by first claim id,
 * then by message.
 *
 * @example
 * ```ts
 * [{ kind: 'loaded-term', claims: ['a'], message: '' }, { kind: 'denied', claims: ['b'], message: '' }].sort(compareFindings).map((f) => f.kind)
 * //=> ['denied', 'loaded-term']
 * ```
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    kindOrder(a.kind) - kindOrder(b.kind) ||
    compareCodeUnits(a.claims[0] ?? '', b.claims[0] ?? '') ||
    compareCodeUnits(a.message, b.message)
  );
}

/** The findings within events, gathered an event at a time, from {@link createEventChecks}. */
export interface EventChecks {
  /** Checks one canonical event's buckets and groups. */
  addEvent(buckets: readonly ClaimBucket[], groups: readonly ClaimGroup[]): void;
  /**
   * The findings of every event added, in {@link compareFindings} order; `parts-exceed-total`,
   * which spans events, is read from `buckets`: every event's, or none when no event has parts.
   */
  findings(buckets: ClaimBuckets | undefined): Finding[];
}

/**
 * Gathers the findings of a set that stay within one event and the events it is part of (every
 * kind but the term findings of `createTermTally`), an event at a time, so that an event's buckets
 * can be dropped once it is checked.
 *
 * @example
 * ```ts
 * const vocabulary = createVocabulary();
 * const n = (k: number) => ({ low: k, high: k, stated: k, hedge: 'exact' as const });
 * const set = { sources: [], events: [{ id: 'e' }], claims: [
 *   { id: 'a', claimant: 'x', event: 'e', measure: { outcome: 'killed', subject: 'soldiers' }, figure: n(3) },
 *   { id: 'b', claimant: 'x', event: 'e', measure: { outcome: 'killed', subject: 'soldiers' }, figure: n(4) },
 * ] };
 * const buckets = createEventBucketer(vocabulary)('e', set.claims);
 * const checks = createEventChecks(set, vocabulary);
 * checks.addEvent(buckets, createEventGrouper(vocabulary)('e', buckets));
 * checks.findings(undefined).map((f) => [f.kind, f.claims])
 * //=> [['self-contradiction', ['a', 'b']]]
 * ```
 */
export function createEventChecks(set: ClaimSet, vocabulary: Vocabulary): EventChecks {
  const source = lookupById(set.sources);
  const children = new Map<string, string[]>();
  for (const subject of vocabulary.subjects) {
    if (subject.broader === undefined) continue;
    const list = children.get(subject.broader) ?? [];
    list.push(subject.id);
    children.set(subject.broader, list);
  }
  const context: Context = { name: (id) => source(id)?.name ?? id, children };
  // One list per kind, each in event order, joined in the order of the kinds.
  const contradictions: Finding[] = [];
  const narrower: Finding[] = [];
  const denied: Finding[] = [];
  return {
    addEvent(buckets, groups) {
      selfContradictions(buckets, context, contradictions);
      narrowerExceedsBroader(buckets, context, narrower);
      denials(groups, context, denied);
    },
    findings(buckets) {
      const parts = buckets === undefined ? [] : partsExceedTotal(set, buckets, context.name);
      return [...contradictions, ...parts, ...narrower, ...denied].sort(compareFindings);
    },
  };
}

/**
 * Checks a set through its buckets (`bucketClaims`) and groups (`groupBuckets`), already built:
 * the fast path of `analyze`, which builds them once for grouping and checking.
 *
 * @example
 * ```ts
 * const set = { sources: [], events: [{ id: 'e' }], claims: [
 *   { id: 'c', claimant: 'x', event: 'e', measure: { outcome: 'killed', subject: 'soliders' }, figure: { low: 3, high: 3, stated: 3, hedge: 'exact' } },
 * ] };
 * const vocabulary = createVocabulary();
 * const buckets = bucketClaims(set, vocabulary);
 * checkBuckets(set, buckets, groupBuckets(buckets, vocabulary), vocabulary).map((f) => f.kind)
 * //=> ['unknown-term']
 * ```
 */
export function checkBuckets(
  set: ClaimSet,
  buckets: ClaimBuckets,
  groups: readonly ClaimGroup[],
  vocabulary: Vocabulary,
): Finding[] {
  const checks = createEventChecks(set, vocabulary);
  for (const eventBuckets of buckets.byEvent.values()) checks.addEvent(eventBuckets, []);
  checks.addEvent([], groups);
  const tally = createTermTally(vocabulary);
  tally.addSet(set);
  return [...checks.findings(buckets), ...tally.findings()].sort(compareFindings);
}

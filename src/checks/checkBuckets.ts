import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { lookupById } from '../internal/lookupById.js';
import { partitionBy } from '../internal/partitionBy.js';
import type { ClaimSet } from '../claims/schemas.js';
import { tupleKey } from '../internal/tupleKey.js';
import type { ClaimBucket, ClaimBuckets } from '../groups/types.js';
import type { ClaimGroup, GroupedClaim } from '../groups/types.js';
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

const KIND_ORDER: readonly FindingKind[] = [
  'self-contradiction',
  'parts-exceed-total',
  'narrower-exceeds-broader',
  'denied',
  'unknown-term',
  'loaded-term',
];

const highOf = (claim: GroupedClaim): number => effectiveFigure(claim).high ?? Number.POSITIVE_INFINITY;

interface Context {
  readonly vocabulary: Vocabulary;
  readonly name: (source: string) => string;
  readonly byEvent: Map<string, ClaimBucket[]>;
  readonly groups: readonly ClaimGroup[];
}

function minHigh(claims: readonly GroupedClaim[]): number {
  let high = Number.POSITIVE_INFINITY;
  for (const claim of claims) high = Math.min(high, highOf(claim));
  return high;
}

function selfContradictions({ byEvent, name }: Context): Finding[] {
  const findings: Finding[] = [];
  for (const buckets of byEvent.values()) for (const b of buckets) {
    // Figures that some single value satisfies ("at least 7" and 9) do not contradict each other.
    if (b.current.length < 2 || maxLow(b.current) <= minHigh(b.current)) continue;
    const figures = b.current.map((c) => (c.stance === 'denies' ? 'none (a denial)' : formatFigure(c.figure)));
    findings.push({
      kind: 'self-contradiction',
      claims: b.current.map((c) => c.id),
      message: `${name(b.claimant)} gives different figures for ${termWords(b.subject)} ${termWords(b.outcome)} in the same event (${figures.join('; ')}) with no later date to say which stands.`,
    });
  }
  return findings;
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
function narrowerExceedsBroader({ byEvent, vocabulary, name }: Context): Finding[] {
  const children = new Map<string, string[]>();
  for (const subject of vocabulary.subjects) {
    if (subject.broader === undefined) continue;
    const list = children.get(subject.broader) ?? [];
    list.push(subject.id);
    children.set(subject.broader, list);
  }
  const findings: Finding[] = [];
  for (const eventBuckets of byEvent.values()) for (const scope of partitionBy(
    eventBuckets,
    (b) => tupleKey(b.claimant, b.outcome),
    (a, b) => a.claimant === b.claimant && a.outcome === b.outcome,
  )) {
    if (scope.length < 2) continue;
    const counts = countsBySubjectAndSide(scope);
    for (const broad of scope) {
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
      for (const child of children.get(broad.subject) ?? []) {
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
        message: `${name(broad.claimant)} counts ${parts.join(' and ')} ${termWords(broad.outcome)}, more than its ${formatFigure(effectiveFigure(tightest))} ${termWords(broad.subject)} for the same event.`,
      });
    }
  }
  return findings;
}

function denials({ groups, name }: Context): Finding[] {
  const findings: Finding[] = [];
  for (const group of groups) {
    // Few groups hold a denial: the others are passed over before any list is built.
    if (!group.claims.some((c) => c.stance === 'denies')) continue;
    const denying = group.claims.filter((c) => c.stance === 'denies');
    const asserting = group.claims.filter((c) => c.stance !== 'denies' && c.figure.low > 0);
    if (denying.length === 0 || asserting.length === 0) continue;
    // Names inside the sentence as a sentence writes them ("against local media's figure"); the
    // past tense needs no agreement with a name's number ("Russian officials denied").
    const who = [...new Set(denying.map((c) => name(c.claimant)))].map((n, i) => nameInSentence(n, i === 0)).join(' and ');
    const what = asserting.map((c) => `${possessive(nameInSentence(name(c.claimant), false))} figure of ${formatFigure(c.figure)}`).join('; ');
    findings.push({
      kind: 'denied',
      claims: [...denying, ...asserting].map((c) => c.id),
      message: `${who} denied that any ${termWords(group.measure.subject)} ${outcomeVerb(group.measure.outcome, false)}, against ${what}.`,
    });
  }
  return findings;
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
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    compareCodeUnits(a.claims[0] ?? '', b.claims[0] ?? '') ||
    compareCodeUnits(a.message, b.message)
  );
}

/**
 * The findings of a set that stay within one event and the events it is part of (every kind but
 * the term findings of `createTermTally`), in {@link compareFindings} order: what each partition
 * of a corpus yields on its own.
 *
 * @example
 * ```ts
 * const set = { sources: [], events: [{ id: 'e' }], claims: [
 *   { id: 'c', claimant: 'x', event: 'e', measure: { outcome: 'killed', subject: 'soliders' }, figure: { low: 3, high: 3, stated: 3, hedge: 'exact' } },
 * ] };
 * const vocabulary = createVocabulary();
 * const buckets = bucketClaims(set, vocabulary);
 * eventFindings(set, buckets, groupBuckets(buckets, vocabulary), vocabulary)
 * //=> []
 * ```
 */
export function eventFindings(set: ClaimSet, buckets: ClaimBuckets, groups: readonly ClaimGroup[], vocabulary: Vocabulary): Finding[] {
  const source = lookupById(set.sources);
  const context: Context = { vocabulary, name: (id) => source(id)?.name ?? id, byEvent: buckets.byEvent, groups };
  return [...selfContradictions(context), ...partsExceedTotal(set, buckets, context.name), ...narrowerExceedsBroader(context), ...denials(context)].sort(
    compareFindings,
  );
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
  const tally = createTermTally(vocabulary);
  tally.addSet(set);
  return [...eventFindings(set, buckets, groups, vocabulary), ...tally.findings()].sort(compareFindings);
}

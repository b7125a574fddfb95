import { byCodeUnit } from '../claims/byCodeUnit.js';
import type { ClaimSet, Measure } from '../claims/schemas.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { foldClaims, type ClaimBucket, type FoldedClaims } from './foldClaims.js';
import { partitionBy } from '../claims/partitionBy.js';
import type { ClaimGroup, GroupedClaim } from './types.js';

/** Options for {@link groupClaims}. */
export interface GroupClaimsOptions {
  /** The vocabulary whose subject tree decides which subjects compete; the default if absent. */
  readonly vocabulary?: Vocabulary;
}

// An unsided claim with several sides present forms a group of its own.
const SEVERAL = Symbol('several sides');
type EffectiveSide = string | undefined | typeof SEVERAL;

/**
 * Sorts a set's claims into groups of claims that compete about the same quantity of the same
 * event, folding syndicated copies and moving earlier revisions to `superseded`.
 *
 * Two claims compete when they name the same event, outcome and side (or either side is unset),
 * and their subjects are equal or one is the other's direct broader term. The rules that turn
 * this non-transitive relation into a partition:
 * - within an event, outcome and side, claims about the narrower terms of a subject B join B's
 *   group when some claim names B (`mixedSubjects: true`); siblings meet only through B; a root of
 *   the subject tree (`people`) absorbs nothing, since a count of everyone is a total, not a rival;
 * - an unsided claim takes the side present where it would be grouped when exactly one side is,
 *   and forms a group of its own (id suffix `@?`) when several are;
 * - a claimant's figures for one subject are revised by `statedAt` (the latest is current), and
 *   the same assertion carried by several outlets is one claim with every outlet in `via` and the
 *   absorbed ids in `copies`.
 *
 * Groups come sorted by event, outcome, subject and side, claims by claimant, subject and id, so
 * the same set in any order gives the same groups. Every input claim appears exactly once: as a
 * current claim, a superseded one, or in a kept claim's `copies`.
 *
 * @example
 * ```ts
 * const groups = groupClaims({
 *   sources: [{ id: 'army', name: 'Army', side: 'state' }, { id: 'ttp', name: 'TTP', side: 'ttp' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' } },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'security-forces', side: 'state' }, figure: { low: 68, high: 68, stated: 68, hedge: 'exact' } },
 *   ],
 * });
 * groups.map((g) => [g.id, g.mixedSubjects, g.claimants])
 * //=> [['day/killed/security-forces@state', true, ['army', 'ttp']]]
 * ```
 */
export function groupClaims(set: ClaimSet, options: GroupClaimsOptions = {}): ClaimGroup[] {
  return groupFolded(foldClaims(set), options.vocabulary ?? getDefaultVocabulary());
}

// The side an unsided claim is grouped under: the one side present where it would be grouped
// (its subject, its absorbing broader term, or the narrower terms it absorbs), else none, else
// SEVERAL. Sided buckets keep their side; the index is built only when some bucket has no side.
function unsidedResolver(
  buckets: readonly ClaimBucket[],
  vocabulary: Vocabulary,
  absorbs: (subject: string | undefined) => subject is string,
): (bucket: ClaimBucket) => EffectiveSide {
  if (buckets.every((b) => b.side !== undefined)) return (bucket) => bucket.side;
  const sidesBySubject = new Map<string, Set<string>>();
  const narrowerOf = new Map<string, Set<string>>();
  for (const bucket of buckets) {
    const broader = vocabulary.broader(bucket.subject);
    if (broader !== undefined) {
      const narrower = narrowerOf.get(broader) ?? new Set<string>();
      narrower.add(bucket.subject);
      narrowerOf.set(broader, narrower);
    }
    if (bucket.side === undefined) continue;
    const sides = sidesBySubject.get(bucket.subject) ?? new Set<string>();
    sides.add(bucket.side);
    sidesBySubject.set(bucket.subject, sides);
  }
  return (bucket) => {
    if (bucket.side !== undefined) return bucket.side;
    const sides = new Set<string>(sidesBySubject.get(bucket.subject));
    const broader = vocabulary.broader(bucket.subject);
    if (absorbs(broader)) for (const side of sidesBySubject.get(broader) ?? []) sides.add(side);
    if (absorbs(bucket.subject)) {
      for (const narrower of narrowerOf.get(bucket.subject) ?? []) {
        for (const side of sidesBySubject.get(narrower) ?? []) sides.add(side);
      }
    }
    if (sides.size === 0) return undefined;
    return sides.size === 1 ? (sides.values().next().value as string) : SEVERAL;
  };
}

/**
 * Groups claims already folded by `foldClaims`, so that callers that also check the claims fold once.
 *
 * @example
 * ```ts
 * groupFolded(foldClaims({ sources: [], events: [], claims: [] }), createVocabulary())
 * //=> []
 * ```
 */
export function groupFolded(folded: FoldedClaims, vocabulary: Vocabulary): ClaimGroup[] {
  // A subject absorbs its narrower terms unless it is a root of the tree.
  const absorbs = (subject: string | undefined): subject is string =>
    subject !== undefined && vocabulary.broader(subject) !== undefined;

  const groups: ClaimGroup[] = [];
  for (const eventBuckets of folded.byEvent.values()) {
    for (const buckets of partitionBy(eventBuckets, (b) => b.outcome)) {
      const sideOf = unsidedResolver(buckets, vocabulary, absorbs);
      // Partition by effective side, then join narrower subjects to a present broader term.
      for (const sideBuckets of partitionBy(buckets, sideOf)) {
        const side = sideOf(sideBuckets[0] as ClaimBucket);
        const present = new Set(sideBuckets.map((b) => b.subject));
        const heads = (subject: string): boolean => {
          const broader = vocabulary.broader(subject);
          return !(absorbs(broader) && present.has(broader));
        };
        // One level only: a narrower term joins its broader term when that term heads its own group.
        const target = (bucket: ClaimBucket): string => {
          const broader = vocabulary.broader(bucket.subject);
          return absorbs(broader) && present.has(broader) && heads(broader) ? broader : bucket.subject;
        };
        for (const members of partitionBy(sideBuckets, target)) {
          groups.push(buildGroup(members, target(members[0] as ClaimBucket), side));
        }
      }
    }
  }
  return groups.sort(compareGroups);
}

const enc = encodeURIComponent;

// Claims in a group: by claimant, subject and id.
const byClaimantSubjectId = (a: GroupedClaim, b: GroupedClaim): number =>
  byCodeUnit(a.claimant, b.claimant) || byCodeUnit(a.measure.subject, b.measure.subject) || byCodeUnit(a.id, b.id);

function buildGroup(buckets: readonly ClaimBucket[], subject: string, side: EffectiveSide): ClaimGroup {
  const first = buckets[0] as ClaimBucket;
  const claims: GroupedClaim[] = [];
  const superseded: GroupedClaim[] = [];
  const claimants: string[] = [];
  let mixedSubjects = false;
  for (const bucket of buckets) {
    for (const claim of bucket.current) claims.push(claim);
    for (const claim of bucket.superseded) superseded.push(claim);
    if (!claimants.includes(bucket.claimant)) claimants.push(bucket.claimant);
    if (bucket.subject !== subject) mixedSubjects = true;
  }
  const measure: Measure =
    typeof side === 'string' ? { outcome: first.outcome, subject, side } : { outcome: first.outcome, subject };
  const suffix = side === SEVERAL ? '@?' : side === undefined ? '' : `@${enc(side)}`;
  return {
    id: `${enc(first.event)}/${enc(first.outcome)}/${enc(subject)}${suffix}`,
    event: first.event,
    measure,
    mixedSubjects,
    claims: claims.sort(byClaimantSubjectId),
    superseded: superseded.length === 0 ? superseded : superseded.sort(byClaimantSubjectId),
    claimants: claimants.sort(byCodeUnit),
  };
}

function compareGroups(a: ClaimGroup, b: ClaimGroup): number {
  return (
    byCodeUnit(a.event, b.event) ||
    byCodeUnit(a.measure.outcome, b.measure.outcome) ||
    byCodeUnit(a.measure.subject, b.measure.subject) ||
    byCodeUnit(a.id, b.id)
  );
}


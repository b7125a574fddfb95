import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { partitionBy } from '../internal/partitionBy.js';
import type { Measure } from '../claims/schemas.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { groupIdPart } from './groupIdPart.js';
import type { ClaimBucket, ClaimBuckets } from './types.js';
import type { ClaimGroup, GroupedClaim } from './types.js';

// An unsided claim with several sides present forms a group of its own.
const SEVERAL = Symbol('several sides');
type EffectiveSide = string | undefined | typeof SEVERAL;

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
 * Groups the buckets of `bucketClaims` by the rules of `groupClaims`: the fast path of `analyze`,
 * which builds the buckets once for grouping and checking.
 *
 * @example
 * ```ts
 * groupBuckets(bucketClaims({ sources: [], events: [], claims: [] }), createVocabulary())
 * //=> []
 * ```
 */
export function groupBuckets(buckets: ClaimBuckets, vocabulary: Vocabulary): ClaimGroup[] {
  const groups: ClaimGroup[] = [];
  for (const eventBuckets of buckets.byEvent.values()) {
    for (const buckets of partitionBy(eventBuckets, (b) => b.outcome)) {
      // A subject absorbs its narrower terms unless it is a root of the tree; but a crowd is one
      // quantity, so for a turnout "people" absorbs "protesters".
      const crowd = (buckets[0] as ClaimBucket).outcome === CROWD.outcome;
      const absorbs = (subject: string | undefined): subject is string =>
        subject !== undefined && (vocabulary.broader(subject) !== undefined || (crowd && subject === CROWD.whole));
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

// The contract's one exception to "the root competes only with the root": a crowd counted as
// people and one counted as protesters ("two million people marched" against "350,000
// demonstrators") are one quantity.
const CROWD = { outcome: 'attended', whole: 'people' } as const;

// Claims in a group: by claimant, subject and id.
const byClaimantSubjectId = (a: GroupedClaim, b: GroupedClaim): number =>
  compareCodeUnits(a.claimant, b.claimant) || compareCodeUnits(a.measure.subject, b.measure.subject) || compareCodeUnits(a.id, b.id);

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
  const suffix = side === SEVERAL ? '@?' : side === undefined ? '' : `@${groupIdPart(side)}`;
  return {
    id: `${groupIdPart(first.event)}/${groupIdPart(first.outcome)}/${groupIdPart(subject)}${suffix}`,
    event: first.event,
    measure,
    mixedSubjects,
    claims: claims.sort(byClaimantSubjectId),
    superseded: superseded.length === 0 ? superseded : superseded.sort(byClaimantSubjectId),
    claimants: claimants.sort(compareCodeUnits),
  };
}

function compareGroups(a: ClaimGroup, b: ClaimGroup): number {
  return (
    compareCodeUnits(a.event, b.event) ||
    compareCodeUnits(a.measure.outcome, b.measure.outcome) ||
    compareCodeUnits(a.measure.subject, b.measure.subject) ||
    compareCodeUnits(a.id, b.id)
  );
}


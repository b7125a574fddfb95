import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { partitionBy } from '../internal/partitionBy.js';
import { tallyWork } from '../internal/workMeter.js';
import type { Measure } from '../claims/schemas.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { absorbing } from './absorbing.js';
import { SEVERAL, type GroupSide } from './createSideResolver.js';
import { groupIdPart } from './groupIdPart.js';
import type { ClaimBucket, ClaimBuckets } from './types.js';
import type { ClaimGroup, GroupedClaim } from './types.js';

/**
 * Groups the buckets of `bucketClaims` by the rules of `groupClaims`: the fast path of `analyze`,
 * which builds the buckets once for grouping and checking.
 *
 * @example
 * ```ts
 * groupBuckets(bucketClaims({ sources: [], events: [], claims: [] }, createVocabulary()), createVocabulary())
 * //=> []
 * ```
 */
export function groupBuckets(buckets: ClaimBuckets, vocabulary: Vocabulary): ClaimGroup[] {
  const groups: ClaimGroup[] = [];
  for (const eventBuckets of buckets.byEvent.values()) {
    for (const buckets of partitionBy(eventBuckets, (b) => b.outcome)) {
      const absorbs = absorbing((buckets[0] as ClaimBucket).outcome, vocabulary);
      // Partition by the side each bucket is grouped under, then join narrower subjects to a
      // present broader term.
      for (const sideBuckets of partitionBy(buckets, (b) => b.groupSide)) {
        const side = (sideBuckets[0] as ClaimBucket).groupSide;
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


// Claims in a group: by claimant, subject and id.
const byClaimantSubjectId = (a: GroupedClaim, b: GroupedClaim): number =>
  compareCodeUnits(a.claimant, b.claimant) || compareCodeUnits(a.measure.subject, b.measure.subject) || compareCodeUnits(a.id, b.id);

function buildGroup(buckets: readonly ClaimBucket[], subject: string, side: GroupSide): ClaimGroup {
  const first = buckets[0] as ClaimBucket;
  const claims: GroupedClaim[] = [];
  const superseded: GroupedClaim[] = [];
  // A set, not a list searched per bucket: a group may have very many claimants.
  const claimants = new Set<string>();
  let mixedSubjects = false;
  for (const bucket of buckets) {
    tallyWork();
    for (const claim of bucket.current) claims.push(claim);
    for (const claim of bucket.superseded) superseded.push(claim);
    claimants.add(bucket.claimant);
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
    claimants: [...claimants].sort(compareCodeUnits),
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


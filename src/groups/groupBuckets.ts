import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { partitionBy, SCAN_LIMIT } from '../internal/partitionBy.js';
import { sortInPlace } from '../internal/sortInPlace.js';
import { tallyWork } from '../internal/workMeter.js';
import type { Measure } from '../claims/schemas.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { absorbing } from './absorbing.js';
import { SEVERAL, type GroupSide } from './createSideResolver.js';
import { groupIdPart } from './groupIdPart.js';
import type { ClaimBucket, ClaimBuckets } from './types.js';
import type { ClaimGroup, GroupedClaim } from './types.js';
import { flatText } from '../internal/flatText.js';

/**
 * Groups one canonical event's buckets by the rules of `groupClaims`, groups in `groupBuckets`'
 * order: a function kept for a whole analysis, since it encodes each outcome, subject and side for
 * the ids once.
 *
 * @example
 * ```ts
 * const vocabulary = createVocabulary();
 * const claim = (id: string, claimant: string, subject: string) => ({ id, claimant, event: 'day', measure: { outcome: 'killed', subject }, figure: { low: 4, high: 4, stated: 4, hedge: 'exact' as const } });
 * const buckets = createEventBucketer(vocabulary)('day', [claim('a', 'army', 'soldiers'), claim('t', 'ttp', 'security-forces')]);
 * createEventGrouper(vocabulary)('day', buckets).map((g) => [g.id, g.claimants])
 * //=> [['day/killed/security-forces', ['army', 'ttp']]]
 * ```
 */
export function createEventGrouper(vocabulary: Vocabulary): (event: string, buckets: readonly ClaimBucket[]) => ClaimGroup[] {
  // Outcomes, subjects and sides repeat in every event: each is encoded for the ids once.
  const parts = new Map<string, string>();
  const idPart = (part: string): string => {
    let encoded = parts.get(part);
    if (encoded === undefined) {
      encoded = groupIdPart(part);
      parts.set(part, encoded);
    }
    return encoded;
  };
  return (event, eventBuckets) => {
    const groups: ClaimGroup[] = [];
    const eventPart = groupIdPart(event);
    for (const buckets of partitionBy(eventBuckets, (b) => b.outcome)) {
      const { outcome } = buckets[0] as ClaimBucket;
      const absorbs = absorbing(outcome, vocabulary);
      const head = `${eventPart}/${idPart(outcome)}/`;
      // Partition by the side each bucket is grouped under, then join narrower subjects to a
      // present broader term.
      for (const sideBuckets of partitionBy(buckets, (b) => b.groupSide)) {
        const side = (sideBuckets[0] as ClaimBucket).groupSide;
        const suffix = side === SEVERAL ? '@?' : side === undefined ? '' : `@${idPart(side)}`;
        // A side holds a few buckets, most of them (one per claimant) scanned faster than hashed.
        let subjects: Set<string> | undefined;
        const present = (subject: string): boolean => {
          if (sideBuckets.length <= SCAN_LIMIT) return sideBuckets.some((b) => b.subject === subject);
          subjects ??= new Set(sideBuckets.map((b) => b.subject));
          return subjects.has(subject);
        };
        const heads = (subject: string): boolean => {
          const broader = vocabulary.broader(subject);
          return !(absorbs(broader) && present(broader));
        };
        // One level only: a narrower term joins its broader term when that term heads its own group.
        const target = (bucket: ClaimBucket): string => {
          const broader = vocabulary.broader(bucket.subject);
          return absorbs(broader) && present(broader) && heads(broader) ? broader : bucket.subject;
        };
        for (const members of partitionBy(sideBuckets, target)) {
          const subject = target(members[0] as ClaimBucket);
          groups.push(buildGroup(members, subject, side, flatText`${head}${idPart(subject)}${suffix}`));
        }
      }
    }
    return sortInPlace(groups, compareGroups);
  };
}

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
  const groupEvent = createEventGrouper(vocabulary);
  const groups: ClaimGroup[] = [];
  for (const [event, eventBuckets] of buckets.byEvent) for (const group of groupEvent(event, eventBuckets)) groups.push(group);
  return groups.sort(compareGroups);
}

// Claims in a group: by claimant, subject and id.
const byClaimantSubjectId = (a: GroupedClaim, b: GroupedClaim): number =>
  compareCodeUnits(a.claimant, b.claimant) || compareCodeUnits(a.measure.subject, b.measure.subject) || compareCodeUnits(a.id, b.id);

// Exact-sized lists, not lists grown by push (which reserves room for 17 items at the first): the
// groups are most of what an analysis holds, and a group has a few claims.
function buildGroup(buckets: readonly ClaimBucket[], subject: string, side: GroupSide, id: string): ClaimGroup {
  const first = buckets[0] as ClaimBucket;
  let current = 0;
  let earlier = 0;
  let mixedSubjects = false;
  for (const bucket of buckets) {
    tallyWork();
    current += bucket.current.length;
    earlier += bucket.superseded.length;
    if (bucket.subject !== subject) mixedSubjects = true;
  }
  const claims = new Array<GroupedClaim>(current);
  const superseded = new Array<GroupedClaim>(earlier);
  // Sorted, then each repeat dropped: a group may have very many claimants.
  const claimants = new Array<string>(buckets.length);
  current = 0;
  earlier = 0;
  for (let k = 0; k < buckets.length; k++) {
    const bucket = buckets[k] as ClaimBucket;
    for (const claim of bucket.current) claims[current++] = claim;
    for (const claim of bucket.superseded) superseded[earlier++] = claim;
    claimants[k] = bucket.claimant;
  }
  sortInPlace(claimants, compareCodeUnits);
  let distinct = 0;
  for (const claimant of claimants) if (distinct === 0 || claimant !== claimants[distinct - 1]) claimants[distinct++] = claimant;
  if (distinct < claimants.length) claimants.length = distinct;
  const measure: Measure =
    typeof side === 'string' ? { outcome: first.outcome, subject, side } : { outcome: first.outcome, subject };
  return {
    id,
    event: first.event,
    measure,
    mixedSubjects,
    claims: sortInPlace(claims, byClaimantSubjectId),
    superseded: sortInPlace(superseded, byClaimantSubjectId),
    claimants,
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


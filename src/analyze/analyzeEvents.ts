import { eventFindings } from '../checks/checkBuckets.js';
import type { Finding } from '../checks/types.js';
import type { ClaimSet } from '../claims/schemas.js';
import { bucketClaims } from '../groups/bucketClaims.js';
import { groupBuckets } from '../groups/groupBuckets.js';
import { scoreGroup } from '../scores/scoreGroup.js';
import type { ScoredGroup } from '../scores/types.js';
import type { Vocabulary } from '../vocabulary/types.js';

/**
 * What `analyze` finds within the events of a valid set: its groups, scored, and the findings that
 * stay within an event and its parts (every kind but the word findings, which span events). The
 * buckets are built once for grouping and checking.
 *
 * @example
 * ```ts
 * const set = { sources: [], events: [{ id: 'e' }], claims: [
 *   { id: 'c', claimant: 'x', event: 'e', measure: { outcome: 'killed', subject: 'soliders' }, figure: { low: 3, high: 3, stated: 3, hedge: 'exact' } },
 * ] };
 * const { groups, findings } = analyzeEvents(set, createVocabulary());
 * [groups.map((g) => g.id), findings]
 * //=> [['e/killed/soliders'], []]
 * ```
 */
export function analyzeEvents(set: ClaimSet, vocabulary: Vocabulary): { groups: ScoredGroup[]; findings: Finding[] } {
  const buckets = bucketClaims(set, vocabulary);
  const groups = groupBuckets(buckets, vocabulary);
  return {
    groups: groups.map((group) => ({ ...group, divergence: scoreGroup(group, set, { vocabulary }) })),
    findings: eventFindings(set, buckets, groups, vocabulary),
  };
}

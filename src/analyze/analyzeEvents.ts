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
  const options = { vocabulary };
  return {
    // A literal in ClaimGroup's key order (the same JSON), not a spread: a spread that adds a key
    // takes V8's slow path, several times the cost of the literal.
    groups: groups.map((g) => ({
      id: g.id,
      event: g.event,
      measure: g.measure,
      mixedSubjects: g.mixedSubjects,
      claims: g.claims,
      superseded: g.superseded,
      claimants: g.claimants,
      divergence: scoreGroup(g, set, options),
    })),
    findings: eventFindings(set, buckets, groups, vocabulary),
  };
}

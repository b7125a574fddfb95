import type { ClaimSet } from '../claims/schemas.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';
import { bucketClaims } from './bucketClaims.js';
import { groupBuckets } from './groupBuckets.js';
import type { ClaimGroup } from './types.js';
import type { GroupClaimsOptions } from './types.js';

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
  const vocabulary = options.vocabulary ?? getDefaultVocabulary();
  return groupBuckets(bucketClaims(set, vocabulary), vocabulary);
}

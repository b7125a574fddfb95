import type { Analysis, AnalyzeOptions } from './types.js';
import { checkBuckets } from '../checks/checkBuckets.js';
import { resolveEvents } from '../claims/resolveEvents.js';
import type { ClaimSet } from '../claims/schemas.js';
import { bucketClaims } from '../groups/bucketClaims.js';
import { groupBuckets } from '../groups/groupBuckets.js';
import { scoreGroup } from '../scores/scoreGroup.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';

/**
 * The work of `analyze` on a set already validated (the output of `parseClaimSet`): callers that
 * validated it themselves — the command line reads and checks its input first — do not pay for a
 * second validation of a large document. Builds the buckets once for grouping and checking.
 *
 * @example
 * ```ts
 * const parsed = parseClaimSet({ sources: [], events: [{ id: 'e' }], claims: [] });
 * parsed.success && analyzeParsed(parsed.data)
 * //=> { groups: [], findings: [], set: { sources: [], events: [{ id: 'e' }], claims: [] } }
 * ```
 */
export function analyzeParsed(set: ClaimSet, options: AnalyzeOptions = {}): Analysis {
  const vocabulary = options.vocabulary ?? getDefaultVocabulary();
  const valid = options.resolveEvents === true ? resolveEvents(set) : set;
  const buckets = bucketClaims(valid, vocabulary);
  const groups = groupBuckets(buckets, vocabulary);
  return {
    groups: groups.map((group) => ({ ...group, divergence: scoreGroup(group, valid, { vocabulary }) })),
    findings: checkBuckets(valid, buckets, groups, vocabulary),
    set: valid,
  };
}

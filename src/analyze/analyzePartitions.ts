import { analyzeEvents } from './analyzeEvents.js';
import type { AnalyzePartitionsOptions, PartitionAnalysis } from './types.js';
import { compareFindings } from '../checks/checkBuckets.js';
import { createTermTally } from '../checks/createTermTally.js';
import { parseClaimSet } from '../claims/parseClaimSet.js';
import { partitionKeys } from '../claims/partitionKeys.js';
import type { ClaimSet } from '../claims/schemas.js';
import type { ClaimSetInput } from '../claims/types.js';
import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';

/**
 * Analyses a corpus one partition at a time, holding one partition in memory: each is validated,
 * grouped, scored and checked alone and yielded as soon as it is done; the word findings, which
 * span partitions, come last (`partition: null`). Together the items hold exactly the groups and
 * findings of `analyze` on the whole corpus — each partition's in `analyze`'s order — provided no
 * partition (see `partitionKeys`, `splitClaimSet`) is split across two inputs and each names the
 * same sources the same way. Resolve events across documents first (`resolveEvents`), on the
 * whole corpus: a merge joins partitions.
 *
 * @throws {ClaimSetError} when a partition does not validate, as `analyze` does.
 * @example
 * ```ts
 * const set = parseClaimSet({
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'The TTP', side: 'ttp' }],
 *   events: [{ id: 'raid' }, { id: 'siege' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'raid', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: 5 },
 *     { id: 't', claimant: 'ttp', event: 'raid', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: 68 },
 *     { id: 's', claimant: 'army', event: 'siege', measure: { outcome: 'killed', subject: 'terrorists' }, figure: 'dozens' },
 *   ],
 * });
 * const parts = set.success ? [...analyzePartitions(splitClaimSet(set.data))] : [];
 * parts.map((p) => [p.partition, p.groups.map((g) => [g.id, g.divergence.factor]), p.findings.map((f) => f.kind)])
 * //=> [['raid', [['raid/killed/soldiers@state', 11.5]], []], ['siege', [['siege/killed/militants', 1]], []], [null, [], ['loaded-term']]]
 * ```
 */
export function* analyzePartitions(
  partitions: Iterable<ClaimSetInput | ClaimSet>,
  options: AnalyzePartitionsOptions = {},
): Generator<PartitionAnalysis, void, undefined> {
  const vocabulary = options.vocabulary ?? getDefaultVocabulary();
  const tally = createTermTally(vocabulary);
  for (const input of partitions) {
    const parsed = parseClaimSet(input, options.vocabulary === undefined ? {} : { vocabulary: options.vocabulary });
    if (!parsed.success) throw parsed.error;
    const set = parsed.data;
    let partition = '';
    for (const key of partitionKeys(set.events).values()) if (partition === '' || compareCodeUnits(key, partition) < 0) partition = key;
    yield { partition, ...analyzeEvents(set, vocabulary, tally) };
  }
  yield { partition: null, groups: [], findings: tally.findings().sort(compareFindings) };
}

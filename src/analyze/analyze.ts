import { analyzeParsed } from './analyzeParsed.js';
import { parseClaimSet } from '../claims/parseClaimSet.js';
import type { ClaimSet } from '../claims/schemas.js';
import type { ClaimSetInput } from '../claims/types.js';
import type { Analysis, AnalyzeOptions } from './types.js';

/**
 * Validates a document, optionally merges the events of several documents, groups the claims
 * that compete, scores each group's divergence and checks what does not add up — in one call.
 * Every input claim appears exactly once in the groups: current, superseded, or in a kept claim's
 * `copies`. The analysis carries the set as validated (`set`), for the reports.
 *
 * The type asks for a document (JSON read from a file can be passed with a cast): whatever it is,
 * it is validated, and a value that is not a ClaimSet throws a {@link ClaimSetError}.
 *
 * @throws {ClaimSetError} when the document does not validate: the same error, with every problem
 *   and its path, that `parseClaimSet` returns.
 * @example
 * ```ts
 * const { groups, findings } = analyze({
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'The TTP', side: 'ttp' }],
 *   events: [{ id: 'raid' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'raid', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: 'at least seven' },
 *     { id: 't', claimant: 'ttp', event: 'raid', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: 'nine' },
 *   ],
 * });
 * groups[0].divergence
 * //=> { compatible: true, factor: 1, score: 0, statedFactor: 1.25, statedScore: 0.2,
 * //     pair: ['army', 'ttp'], pattern: 'self-serving', denied: false }
 * findings
 * //=> []
 * ```
 */
export function analyze(set: ClaimSetInput | ClaimSet, options: AnalyzeOptions = {}): Analysis {
  const parsed = parseClaimSet(set, options.vocabulary === undefined ? {} : { vocabulary: options.vocabulary });
  if (!parsed.success) throw parsed.error;
  return analyzeParsed(parsed.data, options);
}

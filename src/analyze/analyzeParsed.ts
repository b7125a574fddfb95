import type { Analysis, AnalyzeOptions } from './types.js';
import { analyzeEvents } from './analyzeEvents.js';
import { compareFindings } from '../checks/checkBuckets.js';
import { createTermTally } from '../checks/createTermTally.js';
import { resolveEvents } from '../claims/resolveEvents.js';
import type { ClaimSet } from '../claims/schemas.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';

/**
 * The work of `analyze` on a set already validated (the output of `parseClaimSet`): callers that
 * validated it themselves — the command line reads and checks its input first — do not pay for a
 * second validation of a large document.
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
  const tally = createTermTally(vocabulary);
  const { groups, findings } = analyzeEvents(valid, vocabulary, tally);
  for (const finding of tally.findings()) findings.push(finding);
  return { groups, findings: findings.sort(compareFindings), set: valid };
}

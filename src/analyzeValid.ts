import type { Analysis, AnalyzeOptions } from './analyze.js';
import { checkFolded } from './checks/checkFolded.js';
import { lookupById } from './internal/lookupById.js';
import { resolveEvents } from './claims/resolveEvents.js';
import type { ClaimSet } from './claims/schemas.js';
import { foldClaims } from './groups/foldClaims.js';
import { groupFolded } from './groups/groupFolded.js';
import { scoreGroupWith } from './scores/scoreGroupWith.js';
import { getDefaultVocabulary } from './vocabulary/getDefaultVocabulary.js';

/**
 * The work of `analyze` on a set already validated (the output of `parseClaimSet`): callers that
 * validated it themselves — the command line reads and checks its input first — do not pay for a
 * second validation of a large document. Folds and groups once, and looks the sources up through one index.
 *
 * @example
 * ```ts
 * const parsed = parseClaimSet({ sources: [], events: [{ id: 'e' }], claims: [] });
 * parsed.success && analyzeValid(parsed.data)
 * //=> { groups: [], findings: [] }
 * ```
 */
export function analyzeValid(set: ClaimSet, options: AnalyzeOptions = {}): Analysis {
  const vocabulary = options.vocabulary ?? getDefaultVocabulary();
  const valid = options.resolveEvents === true ? resolveEvents(set) : set;
  const folded = foldClaims(valid);
  const groups = groupFolded(folded, vocabulary);
  const sources = lookupById(valid.sources);
  return {
    groups: groups.map((group) => ({ ...group, divergence: scoreGroupWith(group, sources, vocabulary) })),
    findings: checkFolded(valid, folded, groups, vocabulary),
  };
}

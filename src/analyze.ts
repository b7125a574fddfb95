import { analyzeValid } from './analyzeValid.js';
import type { Finding } from './checks/types.js';
import { parseClaimSet } from './claims/parseClaimSet.js';
import type { ClaimGroup } from './groups/types.js';
import type { GroupScore } from './scores/scoreGroup.js';
import type { Vocabulary } from './vocabulary/types.js';

/**
 * A group of competing claims with its divergence.
 *
 * @example
 * ```ts
 * const groups: ScoredGroup[] = analyze({
 *   sources: [{ id: 'army', name: 'The army' }, { id: 'ttp', name: 'The TTP' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: 'five' },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: '68' },
 *   ],
 * }).groups;
 * groups.map((g) => [g.id, g.claimants, g.divergence.factor])
 * //=> [['day/killed/soldiers', ['army', 'ttp'], 11.5]]
 * ```
 */
export type ScoredGroup = ClaimGroup & { readonly divergence: GroupScore };

/**
 * What {@link analyze} finds in a set of claims.
 *
 * @example
 * ```ts
 * const analysis: Analysis = analyze({
 *   sources: [{ id: 'media', name: 'Local media' }, { id: 'army', name: 'The army' }],
 *   events: [{ id: 'raid' }],
 *   claims: [
 *     { id: 'report', claimant: 'media', event: 'raid', measure: { outcome: 'kidnapped', subject: 'soldiers' }, figure: 28 },
 *     { id: 'denial', claimant: 'army', event: 'raid', stance: 'denies', measure: { outcome: 'kidnapped', subject: 'soldiers' }, figure: 0 },
 *   ],
 * });
 * [analysis.groups.map((g) => g.divergence.denied), analysis.findings.map((f) => f.kind)]
 * //=> [[true], ['denied']]
 * ```
 */
export interface Analysis {
  /** Groups of competing claims, each with its divergence, in the order of `groupClaims`. */
  readonly groups: ScoredGroup[];
  /** What does not add up, in the order of `checkClaims`. */
  readonly findings: Finding[];
}

/**
 * Options for {@link analyze}.
 *
 * @example
 * ```ts
 * const set = {
 *   sources: [{ id: 'army', name: 'The army' }, { id: 'ttp', name: 'The TTP' }],
 *   events: [
 *     { id: 'dawn-e1', place: ['Pakistan', 'South Waziristan'], period: { start: '2009-10-17', end: '2009-10-18' } },
 *     { id: 'cnn-e1', place: ['Pakistan', 'South Waziristan', 'Kotkai'], period: { start: '2009-10-18', end: '2009-10-18' } },
 *   ],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'dawn-e1', measure: { outcome: 'killed', subject: 'soldiers' }, figure: 5 },
 *     { id: 't', claimant: 'ttp', event: 'cnn-e1', measure: { outcome: 'killed', subject: 'soldiers' }, figure: 68 },
 *   ],
 * };
 * analyze(set).groups.map((g) => g.claimants)
 * //=> [['ttp'], ['army']]
 * const options: AnalyzeOptions = { resolveEvents: true };
 * analyze(set, options).groups.map((g) => [g.event, g.claimants])
 * //=> [['cnn-e1', ['army', 'ttp']]]
 * ```
 */
export interface AnalyzeOptions {
  /** Merge the events of claims gathered from several documents first (see `resolveEvents`). */
  readonly resolveEvents?: boolean;
  /** The vocabulary for normalising, grouping, scoring and checking; the default if absent. */
  readonly vocabulary?: Vocabulary;
}

/**
 * Validates a document, optionally merges the events of several documents, groups the claims
 * that compete, scores each group's divergence and checks what does not add up — in one call.
 * Every input claim appears exactly once in the groups: current, superseded, or in a kept claim's
 * `copies`.
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
export function analyze(set: unknown, options: AnalyzeOptions = {}): Analysis {
  const parsed = parseClaimSet(set, options.vocabulary === undefined ? {} : { vocabulary: options.vocabulary });
  if (!parsed.success) throw parsed.error;
  return analyzeValid(parsed.data, options);
}

import type { ClaimSet } from '../claims/schemas.js';
import type { Finding } from '../checks/types.js';
import type { Vocabulary } from '../vocabulary/types.js';
import type { ScoredGroup } from '../scores/types.js';

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
 * formatTextReport(analysis)
 * //=> "Disputed figures:\n[raid] The army denied that any soldiers were abducted; local media said 28 soldiers were abducted.\n\nFindings:\n- [raid] The army denied that any soldiers were abducted, against local media's figure of 28.\n"
 * ```
 */
export interface Analysis {
  /** Groups of competing claims, each with its divergence, in the order of `groupClaims`. */
  readonly groups: ScoredGroup[];
  /** What does not add up, in the order of `checkClaims`. */
  readonly findings: Finding[];
  /**
   * The document analysed, as `parseClaimSet` normalised it (and `resolveEvents` merged it when
   * asked): the names, labels and sides a report reads, so that none has to parse it again.
   */
  readonly set: ClaimSet;
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
  readonly resolveEvents?: boolean | undefined;
  /** The vocabulary for normalising, grouping, scoring and checking; the default if absent. */
  readonly vocabulary?: Vocabulary | undefined;
}

/**
 * What {@link analyzePartitions} yields for one partition of a corpus: its groups, scored, and the
 * findings within its events. The last item (`partition: null`) holds the word findings
 * (`unknown-term`, `loaded-term`), which span partitions, and no groups.
 *
 * @example
 * ```ts
 * const parts: PartitionAnalysis[] = [...analyzePartitions([{ sources: [], events: [{ id: 'e' }], claims: [] }])];
 * parts
 * //=> [{ partition: 'e', groups: [], findings: [] }, { partition: null, groups: [], findings: [] }]
 * ```
 */
export interface PartitionAnalysis {
  /** The partition's key (see `partitionKeys`): the smallest key of its events; null for the last item. */
  readonly partition: string | null;
  readonly groups: ScoredGroup[];
  readonly findings: Finding[];
}

/**
 * Options for {@link analyzePartitions}: those of `analyze` but `resolveEvents`, which must run on
 * the whole corpus before it is split (see `partitionKeys`).
 *
 * @example
 * ```ts
 * const options: AnalyzePartitionsOptions = { vocabulary: createVocabulary({ subjects: [{ id: 'medics', broader: 'civilians' }] }) };
 * [...analyzePartitions([{ sources: [{ id: 'moh', name: 'Ministry' }], events: [{ id: 'e' }], claims: [
 *   { id: 'c', claimant: 'moh', event: 'e', measure: { outcome: 'killed', subject: 'medics' }, figure: 3 },
 * ] }], options)].flatMap((p) => p.findings)
 * //=> []
 * ```
 */
export interface AnalyzePartitionsOptions {
  /** The vocabulary for normalising, grouping, scoring and checking; the default if absent. */
  readonly vocabulary?: Vocabulary | undefined;
}

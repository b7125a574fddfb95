import type { ClaimGroup } from '../groups/types.js';
import type { GroupScore } from '../scores/types.js';
import { proseRatio } from './proseRatio.js';

/** Options for {@link describeDivergence}. */
export interface DescribeDivergenceOptions {
  /** Add the ratio as stated of compatible figures and the score of incompatible ones. */
  readonly detail?: boolean;
}

/**
 * How far apart a group's figures are, in a few words for a heading or a table cell: "one source",
 * "denied", "compatible", "13.6× as stated" (the highest number as stated over the lowest; see
 * {@link proseRatio}) or "at least 4.8× apart" (of intervals); with `detail`, "compatible (1.2× as
 * stated)" and "13.6× as stated; score 0.91", the score being the group's divergence score, which
 * reads every hedge in the claimants' favour; "incompatible" where no ratio can be given (against zero).
 *
 * @example
 * ```ts
 * const n = (k: number) => ({ low: k, high: k, stated: k, hedge: 'exact' as const });
 * const group = { id: 'g', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, mixedSubjects: false, superseded: [], claimants: ['army', 'ttp'],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: n(5) },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers' }, figure: n(68) },
 *   ] };
 * const divergence = { compatible: false, factor: 11.5, score: 0.913, statedFactor: 11.5, statedScore: 0.913,
 *   pair: ['army', 'ttp'], pattern: 'self-serving', denied: false } as const;
 * describeDivergence(group, divergence, { detail: true })
 * //=> '13.6× as stated; score 0.91'
 * ```
 */
export function describeDivergence(group: ClaimGroup, divergence: GroupScore, options: DescribeDivergenceOptions = {}): string {
  if (group.claimants.length < 2) return 'one source';
  if (divergence.denied) return 'denied';
  const ratio = proseRatio(group, divergence);
  if (divergence.compatible) return options.detail === true && ratio?.kind === 'stated' ? `compatible (${ratio.times}× as stated)` : 'compatible';
  const apart = ratio === undefined ? 'incompatible' : ratio.kind === 'stated' ? `${ratio.times}× as stated` : `at least ${ratio.times}× apart`;
  return options.detail === true ? `${apart}; score ${divergence.score.toFixed(2)}` : apart;
}

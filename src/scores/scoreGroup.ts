import { lookupById } from '../internal/lookupById.js';
import type { ClaimSet } from '../claims/schemas.js';
import type { ClaimGroup } from '../groups/types.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { scoreGroupWith } from './scoreGroupWith.js';

/**
 * How far apart a group's figures are, who sets the gap, and which way it runs.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'The TTP', side: 'ttp' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'militants', side: 'ttp' }, figure: { low: 5, high: null, stated: 5, hedge: 'at-least' } },
 *     { id: 't', claimant: 'ttp', event: 'day', stance: 'denies', measure: { outcome: 'killed', subject: 'militants', side: 'ttp' }, figure: { low: 0, high: 0, stated: 0, hedge: 'exact' } },
 *   ],
 * };
 * const score: GroupScore = scoreGroup(groupClaims(set)[0], set);
 * [score.compatible, score.factor, score.pair, score.pattern, score.denied]
 * //=> [false, 6, ['ttp', 'army'], 'self-serving', true]
 * ```
 */
export interface GroupScore {
  /** Some single true value satisfies every current claim. */
  readonly compatible: boolean;
  /** `compatible ? 1 : (L + 1) / (H + 1)` with L the largest low and H the smallest high. */
  readonly factor: number;
  /** `1 − 1 / factor`, in [0, 1). */
  readonly score: number;
  /** `(max point + 1) / (min point + 1)` over the figures as stated. */
  readonly statedFactor: number;
  /** `1 − 1 / statedFactor`, in [0, 1). */
  readonly statedScore: number;
  /**
   * The two claimants whose figures set `factor` (lower figure first); when the figures are
   * compatible, the two with the lowest and highest points. `null` with fewer than two claimants.
   */
  readonly pair: readonly [string, string] | null;
  /**
   * For a measure with a side S: `self-serving` when every claimant of S gives a point on the side
   * of S's interest (lower for losses, higher for turnout) than every claimant of another side,
   * `reversed` for the opposite, `mixed` otherwise; `null` without claimants of both S and another side.
   */
  readonly pattern: 'self-serving' | 'reversed' | 'mixed' | null;
  /** A denial stands against an assertion of a figure above zero. */
  readonly denied: boolean;
}

/**
 * Options for {@link scoreGroup}.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'The TTP', side: 'ttp' }],
 *   events: [{ id: 'year' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'year', measure: { outcome: 'recruited', subject: 'militants', side: 'ttp' }, figure: { low: 100, high: 100, stated: 100, hedge: 'exact' } },
 *     { id: 't', claimant: 'ttp', event: 'year', measure: { outcome: 'recruited', subject: 'militants', side: 'ttp' }, figure: { low: 500, high: 500, stated: 500, hedge: 'exact' } },
 *   ],
 * };
 * const [group] = groupClaims(set);
 * scoreGroup(group, set).pattern
 * //=> 'reversed'
 * const options: ScoreGroupOptions = { vocabulary: createVocabulary({ outcomes: [{ id: 'recruited', interest: 'higher' }] }) };
 * scoreGroup(group, set, options).pattern
 * //=> 'self-serving'
 * ```
 */
export interface ScoreGroupOptions {
  /** The vocabulary that gives each outcome's interest direction; the default if absent. */
  readonly vocabulary?: Vocabulary;
}

/**
 * Scores how far apart a group's current claims are (superseded claims are history), with the
 * formulas of {@link compareFigures} extended to many figures: with L the largest low and H the
 * smallest high, `compatible = L <= H`, `factor = (L + 1) / (H + 1)` when not, which is the
 * largest factor between any two of the figures. Denials count as zero. In a mixed group each
 * claimant stands by its claim on the broader subject, or by the sum of its narrower claims.
 *
 * Seed 000: the army's 5 soldiers against the TTP's 68 security forces give factor 69 / 6 = 11.5,
 * score 0.913, pair ['army', 'ttp'], pattern `self-serving`: each side's figure favours itself.
 *
 * @example
 * ```ts
 * const set = {
 *   sources: [{ id: 'army', name: 'Army', side: 'state' }, { id: 'ttp', name: 'TTP', side: 'ttp' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' } },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'security-forces', side: 'state' }, figure: { low: 68, high: 68, stated: 68, hedge: 'exact' } },
 *   ],
 * };
 * scoreGroup(groupClaims(set)[0], set)
 * //=> { compatible: false, factor: 11.5, score: 0.9130434782608695, statedFactor: 11.5,
 * //     statedScore: 0.9130434782608695, pair: ['army', 'ttp'], pattern: 'self-serving', denied: false }
 * ```
 */
export function scoreGroup(group: ClaimGroup, set: ClaimSet, options: ScoreGroupOptions = {}): GroupScore {
  return scoreGroupWith(group, lookupById(set.sources), options.vocabulary ?? getDefaultVocabulary());
}

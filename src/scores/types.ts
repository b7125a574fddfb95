import type { ClaimGroup } from '../groups/types.js';
import type { Vocabulary } from '../vocabulary/types.js';

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
export interface ScoredGroup extends ClaimGroup {
  /** How far apart the group's current figures are. */
  readonly divergence: GroupScore;
}

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
  readonly vocabulary?: Vocabulary | undefined;
}

/**
 * How far apart two or more figures are.
 *
 * @example
 * ```ts
 * const comparison: FigureComparison = compareFigures({ low: 5, high: null, stated: 5, hedge: 'at-least' }, { low: 0, high: 0, stated: 0, hedge: 'exact' });
 * [comparison.compatible, comparison.factor, comparison.statedFactor]
 * //=> [false, 6, 6]
 * ```
 */
export interface FigureComparison {
  /** Some single true value satisfies every figure: their intervals intersect. */
  readonly compatible: boolean;
  /** At least this many times apart, reading every hedge in the claimants' favour: 1 when compatible. */
  readonly factor: number;
  /** `1 − 1 / factor`, in [0, 1). */
  readonly score: number;
  /** The same ratio over the figures' points (the numbers as stated). */
  readonly statedFactor: number;
  /** `1 − 1 / statedFactor`, in [0, 1). */
  readonly statedScore: number;
}

/** One claimant's figure as it stands in a group: an interval (`high` ∞ when open) and its point. */
export interface GroupEntry {
  /** The source id of the claimant. */
  readonly claimant: string;
  /** The interval's lower end. */
  readonly low: number;
  /** The interval's upper end, `Infinity` for an open figure. */
  readonly high: number;
  /** The figure's point ({@link figurePoint}). */
  readonly point: number;
}

/** The extremes of a group's entries, from which compatibility, divergence and hulls follow. */
export interface EntryBounds {
  /** The smallest low: the bottom of the claims' hull. */
  readonly lowest: number;
  /** L, the largest low. */
  readonly largestLow: number;
  /** H, the smallest high (`Infinity` when every figure is open). */
  readonly smallestHigh: number;
  /** The largest high: the top of the claims' hull (`Infinity` when one figure is open). */
  readonly largestHigh: number;
  readonly minPoint: number;
  readonly maxPoint: number;
}

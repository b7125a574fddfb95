import type { Figure } from '../figures/schemas.js';
import type { Vocabulary } from '../vocabulary/types.js';

/**
 * How {@link estimate} reaches a group's consensus.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'the TTP', side: 'ttp' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' } },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 68, high: 68, stated: 68, hedge: 'exact' } },
 *   ],
 * };
 * const groups = groupClaims(set);
 * const methods: EstimateMethod[] = ['intersection', 'conservative', 'weighted'];
 * methods.map((method) => estimate(groups, set, { method }).groups[0].consensus)
 * //=> [{ low: 5, high: 68, stated: null, hedge: 'range' }, { low: 5, high: 5, stated: 5, hedge: 'exact' }, { low: 5, high: 68, stated: 19, hedge: 'range' }]
 * ```
 */
export type EstimateMethod = 'auto' | 'intersection' | 'conservative' | 'median' | 'weighted';

/**
 * Options for {@link estimate}.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'the TTP', side: 'ttp' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' } },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 68, high: 68, stated: 68, hedge: 'exact' } },
 *   ],
 * };
 * const options: EstimateOptions = { method: 'conservative' };
 * estimate(groupClaims(set), set, options).groups[0].consensus
 * //=> { low: 5, high: 5, stated: 5, hedge: 'exact' }
 * ```
 */
export interface EstimateOptions {
  /**
   * `auto` (the default): `intersection` for a compatible group, whose claims some single value
   * satisfies, `weighted` for the others. Any other value applies that method to every group;
   * `weighted` falls back to `intersection` for a group without any upper bound.
   */
  readonly method?: EstimateMethod | undefined;
  /**
   * The weighted method stops when no group's ln(1 + estimate) moves more than this between
   * iterations (1e-4 is a hundredth of a per cent); default 1e-4.
   */
  readonly tolerance?: number | undefined;
  /** The weighted method stops after this many iterations even if not converged; default 100. */
  readonly maxIterations?: number | undefined;
  /** The vocabulary that tells losses (interest `lower`) from turnouts; the default if absent. */
  readonly vocabulary?: Vocabulary | undefined;
}

/**
 * A group's consensus figure and the method that produced it.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'the TTP', side: 'ttp' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 7, high: null, stated: 7, hedge: 'at-least' } },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 9, high: 9, stated: 9, hedge: 'exact' } },
 *   ],
 * };
 * const groups: GroupEstimate[] = estimate(groupClaims(set), set).groups;
 * groups
 * //=> [{ group: 'day/killed/soldiers@state', consensus: { low: 9, high: 9, stated: 9, hedge: 'exact' }, method: 'intersection' }]
 * ```
 */
export interface GroupEstimate {
  /** The group's id. */
  readonly group: string;
  /** The figure the evidence best supports: `stated` the best single number, `[low, high]` its range. */
  readonly consensus: Figure;
  /** `intersection`, `conservative`, `median` or `weighted`. */
  readonly method: Exclude<EstimateMethod, 'auto'>;
}

/**
 * How far a source's figures can be trusted, and which way they lean.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'the TTP', side: 'ttp' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' } },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 68, high: 68, stated: 68, hedge: 'exact' } },
 *   ],
 * };
 * const sources: SourceEstimate[] = estimate(groupClaims(set), set, { method: 'conservative' }).sources;
 * sources.map((s) => [s.source, s.claims, s.bias.own?.toFixed(1), s.bias.other?.toFixed(1)])
 * //=> [['army', 1, '1.0', undefined], ['ttp', 1, undefined, '11.5']]
 * ```
 */
export interface SourceEstimate {
  /** The source id. */
  readonly source: string;
  /**
   * Precision of the source's claims relative to a source nothing is known of (1): above 1 its
   * figures sit closer to the consensus than the prior assumes, below 1 further away.
   */
  readonly reliability: number;
  /** How many of the groups' entries (current claims, a mixed group's sum counting once) are its. */
  readonly claims: number;
  /**
   * Geometric mean over its entries of (point + 1) / (consensus + 1), over loss groups only:
   * `own` where the losses counted are its own side's, `other` where they are another side's;
   * `null` when it has no such entry. Below 1 it gives lower figures than the consensus.
   */
  readonly bias: { readonly own: number | null; readonly other: number | null };
}

/**
 * What {@link estimate} says about the groups and the sources.
 *
 * @example
 * ```ts
 * const set: ClaimSet = {
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }, { id: 'ttp', name: 'the TTP', side: 'ttp' }],
 *   events: [{ id: 'day' }],
 *   claims: [
 *     { id: 'a', claimant: 'army', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' } },
 *     { id: 't', claimant: 'ttp', event: 'day', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: { low: 68, high: 68, stated: 68, hedge: 'exact' } },
 *   ],
 * };
 * const result: Estimate = estimate(groupClaims(set), set);
 * [result.groups.map((g) => g.method), result.sources.map((s) => s.source)]
 * //=> [['weighted'], ['army', 'ttp']]
 * ```
 */
export interface Estimate {
  /** One per input group, in input order. */
  readonly groups: GroupEstimate[];
  /** One per claimant of the groups, by id in code-unit order. */
  readonly sources: SourceEstimate[];
}

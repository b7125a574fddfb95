import type { GroupScore } from '../scores/types.js';
import { formatFactor } from './formatFactor.js';

/** Options for {@link describeDivergence}. */
export interface DescribeDivergenceOptions {
  /** Add the stated factor of compatible figures and the score of incompatible ones. */
  readonly detail?: boolean;
}

/**
 * How far apart a group's figures are, in a few words for a heading or a table cell: "one source",
 * "denied", "compatible" or "at least 11.5× apart"; with `detail`, "compatible (as stated 1.25×
 * apart)" and "at least 11.5× apart (score 0.91)".
 *
 * @example
 * ```ts
 * const divergence = { compatible: false, factor: 11.5, score: 0.913, statedFactor: 11.5, statedScore: 0.913,
 *   pair: ['army', 'ttp'], pattern: 'self-serving', denied: false } as const;
 * describeDivergence({ claimants: ['army', 'ttp'] }, divergence, { detail: true })
 * //=> 'at least 11.5× apart (score 0.91)'
 * ```
 */
export function describeDivergence(
  group: { readonly claimants: readonly string[] },
  divergence: GroupScore,
  options: DescribeDivergenceOptions = {},
): string {
  if (group.claimants.length < 2) return 'one source';
  if (divergence.denied) return 'denied';
  if (divergence.compatible) return options.detail === true ? `compatible (as stated ${divergence.statedFactor.toFixed(2)}× apart)` : 'compatible';
  const apart = `at least ${formatFactor(divergence.factor)}× apart`;
  return options.detail === true ? `${apart} (score ${divergence.score.toFixed(2)})` : apart;
}

// The largest double below 1: beyond it, 1 − 1/factor would round up to 1.
const BELOW_ONE = 1 - 2 ** -53;

/**
 * Turns a divergence factor (≥ 1) into a score in [0, 1): `1 − 1 / factor`, computed as
 * `(factor − 1) / factor` (one rounding, so 1.25 gives exactly 0.2), and kept below 1 even for
 * factors so large that floating point would round the score up to 1.
 *
 * @example
 * ```ts
 * divergenceScore(11.5)
 * //=> 0.9130434782608695
 * divergenceScore(1e300) < 1
 * //=> true
 * ```
 */
export function divergenceScore(factor: number): number {
  return Math.min((factor - 1) / factor, BELOW_ONE);
}

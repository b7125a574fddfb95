import { formatCount } from '../figures/formatCount.js';

/**
 * A divergence factor in words for "at least … times apart": rounded down, so that the words stay
 * as true as the factor — to one decimal below 100 ("11.5"), to a whole number with thousands
 * separators from 100 ("1,250"), where a decimal would be noise.
 *
 * @example
 * ```ts
 * formatFactor(69 / 6)
 * //=> '11.5'
 * formatFactor(10001 / 8)
 * //=> '1,250'
 * ```
 */
export function formatFactor(factor: number): string {
  return factor >= 100 ? formatCount(Math.floor(factor)) : String(Math.floor(factor * 10) / 10);
}

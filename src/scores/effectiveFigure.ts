import type { Claim } from '../claims/schemas.js';
import type { Figure } from '../figures/schemas.js';

const ZERO: Figure = Object.freeze({ low: 0, high: 0, stated: 0, hedge: 'exact' });

/**
 * The figure a claim stands for in comparisons: its own figure, or zero for a denial — a denial
 * says the count is zero, whatever number it quotes ("dismissed reports that 28 soldiers were
 * kidnapped").
 *
 * @example
 * ```ts
 * effectiveFigure({ id: 'd', claimant: 'army', event: 'e', stance: 'denies',
 *   measure: { outcome: 'abducted', subject: 'soldiers' }, figure: { low: 28, high: null, stated: 28, hedge: 'at-least' } })
 * //=> { low: 0, high: 0, stated: 0, hedge: 'exact' }
 * ```
 */
export function effectiveFigure(claim: Claim): Figure {
  return claim.stance === 'denies' ? ZERO : claim.figure;
}

import type { Claim } from '../claims/schemas.js';

/**
 * Whether claims hold a denial and a figure above zero: the group's score flags it, and the checks
 * report it as a `denied` finding. One pass over the claims, no lists.
 *
 * @example
 * ```ts
 * const measure = { outcome: 'abducted', subject: 'soldiers' };
 * deniedAgainstFigure([
 *   { id: 'd', claimant: 'army', event: 'e', stance: 'denies', measure, figure: { low: 28, high: 28, stated: 28, hedge: 'exact' } },
 *   { id: 't', claimant: 'ttp', event: 'e', measure, figure: { low: 28, high: 28, stated: 28, hedge: 'exact' } },
 * ])
 * //=> true
 * ```
 */
export function deniedAgainstFigure(claims: readonly Claim[]): boolean {
  let denies = false;
  let asserts = false;
  for (const c of claims) {
    if (c.stance === 'denies') denies = true;
    else if (c.figure.low > 0) asserts = true;
  }
  return denies && asserts;
}

import type { Figure } from '../figures/schemas.js';

/**
 * The single number that stands for a figure: the number as stated; else the geometric midpoint
 * of its interval, taken on counts plus one so that [0, 999] gives 30.6 rather than 0; else, for an
 * open interval, its low.
 *
 * @example
 * ```ts
 * figurePoint({ low: 270, high: 299, stated: 300, hedge: 'nearly' })
 * //=> 300
 * figurePoint({ low: 24, high: 99, stated: null, hedge: 'vague' })
 * //=> 49
 * figurePoint({ low: 24, high: null, stated: null, hedge: 'at-least' })
 * //=> 24
 * ```
 */
export function figurePoint(figure: Figure): number {
  if (figure.stated !== null) return figure.stated;
  if (figure.high === null) return figure.low;
  return Math.sqrt((figure.low + 1) * (figure.high + 1)) - 1;
}

import type { Figure } from '../figures/schemas.js';
import { divergenceScore } from './divergenceScore.js';
import { figurePoint } from './figurePoint.js';
import type { FigureComparison } from './types.js';

/**
 * Compares two figures as intervals. With L the larger low and H the smaller high (∞ when open):
 * - `compatible = L <= H`;
 * - `factor = compatible ? 1 : (L + 1) / (H + 1)`: the `+1` keeps zero counts (denials) finite;
 * - `score = 1 − 1 / factor`;
 * - `statedFactor = (max point + 1) / (min point + 1)` over the points of {@link figurePoint}.
 *
 * Symmetric in its arguments. Seed 000: the army's 5 against the TTP's 68 is 69 / 6 = 11.5 times
 * apart; seed 002: "at least seven" against 9 is compatible, with statedFactor 10 / 8 = 1.25.
 *
 * @example
 * ```ts
 * compareFigures({ low: 5, high: 5, stated: 5, hedge: 'exact' }, { low: 68, high: 68, stated: 68, hedge: 'exact' })
 * //=> { compatible: false, factor: 11.5, score: 0.9130434782608695, statedFactor: 11.5, statedScore: 0.9130434782608695 }
 * compareFigures({ low: 7, high: null, stated: 7, hedge: 'at-least' }, { low: 9, high: 9, stated: 9, hedge: 'exact' })
 * //=> { compatible: true, factor: 1, score: 0, statedFactor: 1.25, statedScore: 0.2 }
 * ```
 */
export function compareFigures(a: Figure, b: Figure): FigureComparison {
  const L = Math.max(a.low, b.low);
  const H = a.high === null ? b.high : b.high === null ? a.high : Math.min(a.high, b.high);
  const compatible = H === null || L <= H;
  const factor = compatible ? 1 : (L + 1) / (H + 1);
  const pa = figurePoint(a);
  const pb = figurePoint(b);
  const statedFactor = (Math.max(pa, pb) + 1) / (Math.min(pa, pb) + 1);
  return { compatible, factor, score: divergenceScore(factor), statedFactor, statedScore: divergenceScore(statedFactor) };
}

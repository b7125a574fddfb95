import type { FigureOptions } from './types.js';
import { scanFigures } from './scanFigures.js';
import type { FigureMatch } from './types.js';

/**
 * Finds every figure in `text`, left to right, each with the character span of its wording (`end`
 * exclusive). Never throws on any string, and runs in time linear in its length.
 *
 * @throws {RangeError} only for invalid options, as {@link parseFigure}.
 * @example
 * ```ts
 * findFigures('Five soldiers were killed; the Taliban claimed 68.').map((m) => [m.figure.low, m.start, m.end])
 * //=> [[5, 0, 4], [68, 47, 49]]
 * ```
 */
export function findFigures(text: string, options: FigureOptions = {}): FigureMatch[] {
  const matches: FigureMatch[] = [];
  scanFigures(text, options, 'findFigures', matches);
  return matches;
}

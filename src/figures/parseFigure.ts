import type { Figure } from './schemas.js';
import type { FigureOptions } from './types.js';
import { scanFigures } from './scanFigures.js';

const NO_OPTIONS: FigureOptions = {};

/**
 * Parses the first quantity expression in `text` into a hedged interval, ignoring the words around
 * it. Returns `null` when there is none. Never throws on any string, and runs in time linear in its
 * length.
 *
 * The hedge decides the interval, with `t = options.tolerance ?? 0.1`: "at least N" is [N, ∞),
 * "more than N" [N+1, ∞), "about N" [⌊N(1−t)⌋, ⌈N(1+t)⌉], "nearly N" [⌊N(1−t)⌋, N−1], "fewer than N"
 * [0, N−1], "N to M" [N, M]; vague words have fixed intervals ("dozens" is [24, 99]).
 *
 * Where the contract is silent: a one-sided hedge before a range keeps that side ("at least 10 to
 * 15" is at least 10, "up to 10-15" at most 15); "nearly" and "just over" before a range move its
 * ends like "about" does. Counts are whole: "1.5" alone is no figure, "1.5 million" is. Numbers in
 * dates, names and compounds are not counts ("October 17, 2009", "in 2009", "1979-1989", "F-16",
 * "G20", "9/11", "a 12-year-old", "two-thirds"), but a bare year is ("the 2009 attack"). A number
 * with a minus sign is no count ("-5", "−5", "minus 5", "negative five"), nor is one beyond 2^53 − 1.
 * A figure never spans a paragraph break (a blank line, or U+2029): "at least\n\n7" is a 7.
 *
 * @throws {RangeError} only for invalid options (a tolerance outside [0, 1), a malformed vague interval).
 * @example
 * ```ts
 * parseFigure('at least seven soldiers')
 * //=> { low: 7, high: null, stated: 7, hedge: 'at-least', text: 'at least seven' }
 * parseFigure('nearly 300')
 * //=> { low: 270, high: 299, stated: 300, hedge: 'nearly', text: 'nearly 300' }
 * parseFigure('about 10,000 to 15,000 militants')
 * //=> { low: 9000, high: 16500, stated: null, hedge: 'range', text: 'about 10,000 to 15,000' }
 * parseFigure('several hundred')
 * //=> { low: 300, high: 900, stated: null, hedge: 'vague', text: 'several hundred' }
 * parseFigure('no comment')
 * //=> null
 * parseFigure('minus 5')
 * //=> null
 * ```
 */
export function parseFigure(text: string, options: FigureOptions = NO_OPTIONS): Figure | null {
  return scanFigures(text, options, 'parseFigure');
}

import * as z from 'zod';
import { TextSchema } from '../internal/textSchema.js';
import { MAX_COUNT } from './maxCount.js';

/**
 * How a figure is hedged: the kind of interval its wording gives.
 *
 * @example
 * ```ts
 * HedgeSchema.options.includes('at-least')
 * //=> true
 * ```
 */
export const HedgeSchema = z.enum([
  'exact',
  'at-least',
  'more-than',
  'at-most',
  'fewer-than',
  'about',
  'nearly',
  'range',
  'vague',
]);

/**
 * How a figure is hedged: `exact`, `at-least`, `more-than`, `at-most`, `fewer-than`, `about`, `nearly`, `range` or `vague`.
 *
 * @example
 * ```ts
 * const hedge: Hedge = 'nearly';
 * formatFigure({ low: 270, high: 299, stated: 300, hedge })
 * //=> 'nearly 300'
 * ```
 */
export type Hedge = z.infer<typeof HedgeSchema>;

const count = z.number().nonnegative().max(MAX_COUNT);

/**
 * One hedged quantity, always an interval `[low, high]` (`high: null` means no upper bound), with
 * the number as stated and the hedge that produced the interval.
 *
 * @example
 * ```ts
 * FigureSchema.parse({ low: 7, high: null, stated: 7, hedge: 'at-least' }).high
 * //=> null
 * FigureSchema.safeParse({ low: 9, high: 3, stated: null, hedge: 'range' }).success
 * //=> false
 * ```
 */
export const FigureSchema = z
  .strictObject({
    low: count.meta({ description: 'The least the figure can be, inclusive: a count, 0 or more.' }),
    high: count.nullable().meta({ description: 'The most the figure can be, inclusive; null when the wording sets no upper bound ("at least 7").' }),
    stated: count.nullable().meta({
      description: 'The number as the claimant said it (300 for "nearly 300"), which may lie outside [low, high]; null for a range or a vague word.',
    }),
    hedge: HedgeSchema.meta({ description: 'How the wording hedges the number, which decides the interval.' }),
    text: TextSchema.optional().meta({ description: 'The original wording ("nearly 300").' }),
  })
  .superRefine((figure, ctx) => {
    if (figure.high !== null && figure.low > figure.high) {
      ctx.addIssue({ code: 'custom', message: `low ${figure.low} is above high ${figure.high}`, input: figure });
    }
  });

/**
 * One hedged quantity: `{ low, high, stated, hedge, text? }`, with `high === null || low <= high`.
 * The type of {@link FigureSchema}'s output, named.
 *
 * @example
 * ```ts
 * const figure: Figure = { low: 7, high: null, stated: 7, hedge: 'at-least' };
 * formatFigure(figure)
 * //=> 'at least 7'
 * ```
 */
export interface Figure {
  /** The least the figure can be, inclusive: a count, 0 or more. */
  low: number;
  /**
   * The most the figure can be, inclusive; null when the wording sets no upper bound ("at least
   * 7").
   */
  high: number | null;
  /**
   * The number as the claimant said it (300 for "nearly 300"), which may lie outside [low, high];
   * null for a range or a vague word.
   */
  stated: number | null;
  /** How the wording hedges the number, which decides the interval. */
  hedge: Hedge;
  /** The original wording ("nearly 300"). */
  text?: string | undefined;
}

/**
 * The vague words a figure can be, whose default intervals `options.vague` may override.
 *
 * @example
 * ```ts
 * const word: VagueWord = 'scores';
 * parseFigure('scores of soldiers', { vague: { [word]: [20, 60] } })
 * //=> { low: 20, high: 60, stated: null, hedge: 'vague', text: 'scores' }
 * ```
 */
export type VagueWord =
  | 'a few'
  | 'a handful'
  | 'several'
  | 'dozens'
  | 'scores'
  | 'hundreds'
  | 'thousands'
  | 'tens of thousands'
  | 'hundreds of thousands'
  | 'millions'
  | 'tens of millions'
  | 'hundreds of millions';

/**
 * Options for `parseFigure` and `findFigures`.
 *
 * @example
 * ```ts
 * const options: FigureOptions = { tolerance: 0.2, vague: { dozens: [20, 99] } };
 * parseFigure('about 100', options)
 * //=> { low: 80, high: 120, stated: 100, hedge: 'about', text: 'about 100' }
 * parseFigure('dozens', options)
 * //=> { low: 20, high: 99, stated: null, hedge: 'vague', text: 'dozens' }
 * ```
 */
export interface FigureOptions {
  /** Relative width of "about", "nearly" and "just over" intervals: 0.1 (default) makes "about 100" [90, 110]. */
  readonly tolerance?: number;
  /**
   * Intervals for vague words, replacing the defaults word by word: `{ dozens: [20, 99] }`. Bounds
   * are whole numbers with `0 <= low <= high`.
   */
  readonly vague?: Partial<Readonly<Record<VagueWord, readonly [number, number]>>>;
  /**
   * Words that count as a subject after "no" ("no soldiers" is zero, "no comment" is not). By
   * default the subjects and outcomes of the default vocabulary.
   */
  readonly isTerm?: (word: string) => boolean;
}

/**
 * The default intervals of vague words.
 *
 * @example
 * ```ts
 * DEFAULT_VAGUE.dozens
 * //=> [24, 99]
 * ```
 */
export const DEFAULT_VAGUE: Readonly<Record<VagueWord, readonly [number, number]>> = {
  'a few': [2, 5],
  'a handful': [2, 5],
  several: [3, 9],
  dozens: [24, 99],
  scores: [40, 99],
  hundreds: [200, 999],
  thousands: [2000, 9999],
  'tens of thousands': [20000, 99999],
  'hundreds of thousands': [200000, 999999],
  millions: [2000000, 999999999],
  // Not in the contract's list, but without them "hundreds of millions" would read as "hundreds".
  'tens of millions': [20000000, 99999999],
  'hundreds of millions': [200000000, 999999999],
};

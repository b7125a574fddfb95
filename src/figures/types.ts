import type { Figure } from './schemas.js';

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
  readonly tolerance?: number | undefined;
  /**
   * Intervals for vague words, replacing the defaults word by word: `{ dozens: [20, 99] }`. Bounds
   * are whole numbers with `0 <= low <= high`.
   */
  readonly vague?: Partial<Readonly<Record<VagueWord, readonly [number, number]>>> | undefined;
  /**
   * Words that count as a subject after "no" ("no soldiers" is zero, "no comment" is not). By
   * default the subjects and outcomes of the default vocabulary.
   */
  readonly isTerm?: (word: string) => boolean | undefined;
}

/**
 * A figure found in text, with the character span of its wording (`end` exclusive).
 *
 * @example
 * ```ts
 * const text = 'The army said 5 died; the TTP said 68.';
 * const matches: FigureMatch[] = findFigures(text);
 * matches.map((m) => text.slice(m.start, m.end))
 * //=> ['5', '68']
 * ```
 */
export interface FigureMatch {
  readonly figure: Figure;
  readonly start: number;
  readonly end: number;
}

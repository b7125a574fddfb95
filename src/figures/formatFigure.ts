import type { Figure } from './schemas.js';
import { DEFAULT_VAGUE } from './figureOptions.js';
import type { FigureOptions, VagueWord } from './types.js';
import { formatCount } from './formatCount.js';

// Every multiplier parseFigure reads after "several" or "a few".
const MULTIPLIED: readonly (readonly [string, number])[] = [
  ['dozen', 12], ['hundred', 100], ['thousand', 1e3], ['hundred thousand', 1e5], ['million', 1e6],
  ['hundred million', 1e8], ['billion', 1e9], ['hundred billion', 1e11],
];

// The wording of a vague interval, if one vague phrase gives exactly these bounds.
function vagueWording(low: number | null, high: number | null, options: Pick<FigureOptions, 'vague'>): string | undefined {
  for (const key of Object.keys(DEFAULT_VAGUE) as VagueWord[]) {
    const [l, h] = options.vague?.[key] ?? DEFAULT_VAGUE[key];
    if ((low === null || low === l) && (high === null || high === h)) return key;
  }
  for (const key of ['several', 'a few'] as const) {
    const [l, h] = options.vague?.[key] ?? DEFAULT_VAGUE[key];
    for (const [word, m] of MULTIPLIED) {
      if ((low === null || low === l * m) && (high === null || high === h * m)) return `${key} ${word}`;
    }
  }
  return undefined;
}

/**
 * Writes a figure back as the words a reader expects: "at least 7", "nearly 300", "10,000 to
 * 15,000", "dozens". For every figure `parseFigure` produces with default options, parsing the
 * result gives the same low, high, stated and hedge back.
 *
 * @example
 * ```ts
 * formatFigure({ low: 7, high: null, stated: 7, hedge: 'at-least' })
 * //=> 'at least 7'
 * formatFigure({ low: 270, high: 299, stated: 300, hedge: 'nearly' })
 * //=> 'nearly 300'
 * formatFigure({ low: 24, high: 99, stated: null, hedge: 'vague' })
 * //=> 'dozens'
 * formatFigure({ low: 24, high: null, stated: null, hedge: 'at-least' })
 * //=> 'at least dozens'
 * ```
 */
export function formatFigure(figure: Figure, options: Pick<FigureOptions, 'vague'> = {}): string {
  const { low, high, stated, hedge } = figure;
  // "5 to 5" rather than "5": a range of one value still reads back as a range.
  const range = (): string => (high === null ? `at least ${formatCount(low)}` : `${formatCount(low)} to ${formatCount(high)}`);
  if (stated === null) {
    switch (hedge) {
      case 'at-least':
      case 'more-than': {
        const words = vagueWording(low, null, options);
        return words === undefined ? range() : `${hedge === 'at-least' ? 'at least' : 'more than'} ${words}`;
      }
      case 'at-most':
      case 'fewer-than': {
        const words = vagueWording(null, high, options);
        return words === undefined ? range() : `${hedge === 'at-most' ? 'up to' : 'fewer than'} ${words}`;
      }
      case 'about':
      case 'nearly':
      case 'vague': {
        const words = vagueWording(low, high, options);
        if (words === undefined) return range();
        return hedge === 'vague' ? words : `${hedge} ${words}`;
      }
      default:
        return range();
    }
  }
  const n = formatCount(stated);
  switch (hedge) {
    case 'exact':
      return n;
    case 'at-least':
      return `at least ${n}`;
    case 'more-than':
      return high === null ? `more than ${n}` : `just over ${n}`;
    case 'at-most':
      return `at most ${n}`;
    case 'fewer-than':
      return `fewer than ${n}`;
    case 'about':
      return `about ${n}`;
    case 'nearly':
      return `nearly ${n}`;
    default:
      return range();
  }
}

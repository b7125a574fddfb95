import type { Figure } from '../figures/schemas.js';
import type { FigureMatch } from '../figures/types.js';
import { isNotCount } from './isNotCount.js';
import type { Span } from './readClaimant.js';
import type { Words } from './readWords.js';

/** A figure in a sentence: its tokens (`first`–`last`) and its characters (`start`–`end`). */
export interface FigureItem extends Span {
  readonly figure: Figure;
  readonly start: number;
  readonly end: number;
}

/**
 * Makes the function that hands out the figures of each sentence in turn, on their tokens, without
 * the numbers that are not counts (`isNotCount`). Figures and sentences are both in text order,
 * so one sweep over the two lists serves the whole text; sentences must be asked for in order.
 *
 * @example
 * ```ts
 * const text = 'In 2009, five soldiers died.';
 * const words = readWords(text);
 * const next = createFigureSweep(words, findFigures(text), () => false);
 * next(splitSentences(words)[0]!).map((f) => [f.first, f.figure.text])
 * //=> [[3, 'five']]
 * ```
 */
export function createFigureSweep(words: Words, matches: readonly FigureMatch[], isTerm: (word: string) => boolean): (sentence: Span & { start: number; end: number }) => FigureItem[] {
  let m = 0;
  let token = 0;
  return (sentence) => {
    const items: FigureItem[] = [];
    while (m < matches.length && (matches[m] as FigureMatch).start < sentence.end) {
      const match = matches[m++] as FigureMatch;
      if (match.start < sentence.start) continue;
      while (token < sentence.last && words.start(token) < match.start) token++;
      const first = token;
      let last = first;
      while (last < sentence.last && words.end(last) <= match.end) last++;
      if (last === first || words.start(first) !== match.start) continue;
      if (isNotCount(words, first, last, match.figure, isTerm)) continue;
      items.push({ first, last, figure: match.figure, start: match.start, end: match.end });
    }
    return items;
  };
}

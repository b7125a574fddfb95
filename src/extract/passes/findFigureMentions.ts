import type { FigureMatch } from '../../text/scanFigures.js';
import { isNotCount } from './isNotCount.js';
import type { FigureItem, Sentence, Words } from '../types.js';


/**
 * Makes the function that hands out the figures of each sentence in turn, on their tokens, without
 * the numbers that are not counts (`isNotCount`). Figures and sentences are both in text order,
 * so one sweep over the two lists serves the whole text; sentences must be asked for in order.
 */
export function findFigureMentions(words: Words, sentences: readonly Sentence[], matches: readonly FigureMatch[], isTerm: (word: string) => boolean): FigureItem[][] {
  let m = 0;
  let token = 0;
  return sentences.map((sentence) => {
    const items: FigureItem[] = [];
    while (m < matches.length && (matches[m] as FigureMatch).start < sentence.end) {
      const match = matches[m++] as FigureMatch;
      if (match.start < sentence.start) continue;
      while (token < sentence.last && words.start(token) < match.start) token++;
      const first = token;
      let last = first;
      while (last < sentence.last && words.end(last) <= match.end) last++;
      if (last === first || words.start(first) !== match.start) continue;
      if (sentence.role === 'byline' || sentence.role === 'caption' || isNotCount(words, first, last, match.figure, isTerm)) continue;
      items.push({ first, last, figure: match.figure, start: match.start, end: match.end });
    }
    return items;
  });
}

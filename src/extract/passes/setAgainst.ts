import type { Words } from '../types.js';

const COMPARING = new Set(['against', 'versus', 'vs']);

/**
 * Whether the figure at token `first` is set against another count: "37,000 marched, against 48,000
 * last Saturday", "compared with 300 in May". Such a figure and its time belong to another day.
 */
export function setAgainst(words: Words, first: number): boolean {
  return COMPARING.has(words.low(first - 1)) || (words.low(first - 1) === 'with' && words.low(first - 2) === 'compared');
}

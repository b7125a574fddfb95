import type { Span, Words } from '../types.js';

/**
 * The token that opens a sentence's words: its first word or number, after any quotation mark or
 * bracket ("“The fighters …" opens at "The"). The sentence's end when it has none.
 */
export function openingToken(words: Words, sentence: Span): number {
  let k = sentence.first;
  while (k < sentence.last && !words.isWord(k) && !words.isNum(k)) k++;
  return k;
}

import type { Words } from '../types.js';

// The marks the tokenizer reads as the apostrophe of a plural possessive.
const APOSTROPHES = new Set(["'", '\u2019', '`']);

/**
 * Whether token `j` is the apostrophe of a plural possessive ("the rebels' claim", "organisers'
 * estimate"): a token of its own, after the word the tokenizer marked possessive.
 */
export function isPluralApostrophe(words: Words, j: number): boolean {
  return APOSTROPHES.has(words.low(j)) && words.poss(j - 1);
}

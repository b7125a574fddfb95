import { KNOWN_WORD_TRIE } from './knownWords.js';

const LETTERS = 26;
// Read once: the tokenizer calls stepWord for every letter of a text.
const NEXT = KNOWN_WORD_TRIE.next;

/**
 * One letter of a word on the way through the trie of known words: from `node` (`WORD_ROOT` at the
 * start of a word) by character code `c`, in any case. Returns the next node, or 0 (the dead end)
 * once no known word can match, which stays 0. Lets the tokenizer identify a word in the same pass
 * that finds its end, without building a string.
 *
 * @example
 * ```ts
 * wordOf(stepWord(stepWord(WORD_ROOT, 0x41), 0x6e)) === W.an
 * //=> true
 * ```
 */
export function stepWord(node: number, c: number): number {
  // `| 0x20` maps A–Z onto a–z and every other code outside a–z.
  const letter = (c | 0x20) - 97;
  return letter >= 0 && letter < LETTERS ? (NEXT[node * LETTERS + letter] ?? 0) : 0;
}

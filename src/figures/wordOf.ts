import { KNOWN_WORD_TRIE } from './knownWords.js';

const ID = KNOWN_WORD_TRIE.id;

/**
 * The id of the known word that ends at trie node `node`, or 0 (the dead end and the root included).
 *
 * @example
 * ```ts
 * wordOf(0)
 * //=> 0
 * ```
 */
export function wordOf(node: number): number {
  return ID[node] ?? 0;
}

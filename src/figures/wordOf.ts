import { KNOWN_WORD_TRIE } from './knownWords.js';

const ID = KNOWN_WORD_TRIE.id;

/**
 * The id of the known word that ends at trie node `node`, or 0.
 *
 * @example
 * ```ts
 * wordOf(-1)
 * //=> 0
 * ```
 */
export function wordOf(node: number): number {
  return node > 0 ? (ID[node] ?? 0) : 0;
}

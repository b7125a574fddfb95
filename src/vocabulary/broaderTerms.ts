import type { Vocabulary } from './types.js';

/**
 * A subject and the terms above it in the vocabulary's tree, nearest first: the chain that tells
 * whether one count names a part of another's. Bounded, so a cycle in a custom tree cannot hang it.
 *
 * @example
 * ```ts
 * broaderTerms(getDefaultVocabulary(), 'soldiers')
 * //=> ['soldiers', 'security-forces', 'people']
 * ```
 */
export function broaderTerms(vocabulary: Vocabulary, id: string): string[] {
  const chain = [id];
  for (let s = vocabulary.broader(id); s !== undefined && chain.length < 16; s = vocabulary.broader(s)) chain.push(s);
  return chain;
}

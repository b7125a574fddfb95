import { createVocabulary } from './createVocabulary.js';
import type { Vocabulary } from './types.js';

let cached: Vocabulary | undefined;

/**
 * The default vocabulary, built once on first use and shared: every function that takes an
 * optional `vocabulary` falls back to it.
 *
 * @example
 * ```ts
 * getDefaultVocabulary() === getDefaultVocabulary()
 * //=> true
 * ```
 */
export function getDefaultVocabulary(): Vocabulary {
  cached ??= createVocabulary();
  return cached;
}

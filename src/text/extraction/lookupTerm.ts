import type { TermMatch, Vocabulary } from '../../vocabulary/types.js';

// Lookups normalise with regular expressions; articles repeat the same few words, so answers are
// kept per vocabulary. The cap keeps adversarial text (millions of distinct words) from growing it.
const CACHE_LIMIT = 20_000;
const caches = new WeakMap<Vocabulary, Map<string, TermMatch>>();

/**
 * Looks a phrase up as an outcome (`'o'`) or a subject (`'s'`) of `vocabulary`, remembering the
 * answer.
 *
 * @example
 * ```ts
 * lookupTerm(createVocabulary(), 's', 'troops')
 * //=> { id: 'soldiers', known: true, loaded: false }
 * ```
 */
export function lookupTerm(vocabulary: Vocabulary, kind: 'o' | 's', phrase: string): TermMatch {
  let cache = caches.get(vocabulary);
  if (cache === undefined) {
    cache = new Map();
    caches.set(vocabulary, cache);
  }
  const key = kind + phrase;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const match = kind === 'o' ? vocabulary.outcome(phrase) : vocabulary.subject(phrase);
  if (cache.size < CACHE_LIMIT) cache.set(key, match);
  return match;
}

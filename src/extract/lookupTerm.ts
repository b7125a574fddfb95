import type { TermMatch, Vocabulary } from '../vocabulary/types.js';

// Lookups normalise with regular expressions; articles repeat the same few words, so answers are
// kept per vocabulary. The cap keeps adversarial text (millions of distinct words) from growing it.
const CACHE_LIMIT = 20_000;
const caches = new WeakMap<Vocabulary, { o: Map<string, TermMatch>; s: Map<string, TermMatch> }>();

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
  let both = caches.get(vocabulary);
  if (both === undefined) {
    both = { o: new Map(), s: new Map() };
    caches.set(vocabulary, both);
  }
  const cache = both[kind];
  const hit = cache.get(phrase);
  if (hit !== undefined) return hit;
  const match = kind === 'o' ? vocabulary.outcome(phrase) : vocabulary.subject(phrase);
  if (cache.size < CACHE_LIMIT) cache.set(phrase, match);
  return match;
}

import type { TermMatch, Vocabulary } from '../../vocabulary/types.js';

// Lookups normalise with regular expressions; articles repeat the same few words, so answers are
// kept per vocabulary. The cap keeps adversarial text (millions of distinct words) from growing it.
const CACHE_LIMIT = 20_000;
type Caches = { o: Map<string, TermMatch>; s: Map<string, TermMatch> };
const caches = new WeakMap<Vocabulary, Caches>();
let last: { vocabulary: Vocabulary | undefined; both: Caches } = { vocabulary: undefined, both: { o: new Map(), s: new Map() } };

/**
 * Looks a phrase up as an outcome (`'o'`) or a subject (`'s'`) of `vocabulary`, remembering the
 * answer.
 */
export function lookupTerm(vocabulary: Vocabulary, kind: 'o' | 's', phrase: string): TermMatch {
  // One vocabulary serves a whole text: its caches are at hand without the WeakMap's lookup.
  if (vocabulary !== last.vocabulary) {
    let both = caches.get(vocabulary);
    if (both === undefined) {
      both = { o: new Map(), s: new Map() };
      caches.set(vocabulary, both);
    }
    last = { vocabulary, both };
  }
  const cache = last.both[kind];
  const hit = cache.get(phrase);
  if (hit !== undefined) return hit;
  const match = kind === 'o' ? vocabulary.outcome(phrase) : vocabulary.subject(phrase);
  if (cache.size < CACHE_LIMIT) cache.set(phrase, match);
  return match;
}

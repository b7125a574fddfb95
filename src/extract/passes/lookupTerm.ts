import type { TermMatch, Vocabulary } from '../../vocabulary/types.js';

// Lookups normalise with regular expressions; articles repeat the same few words, so answers are
// kept per vocabulary. The cap keeps adversarial text (millions of distinct words) from growing it.
const CACHE_LIMIT = 20_000;
type Caches = { o: Map<string, TermMatch>; s: Map<string, TermMatch> };
const caches = new WeakMap<Vocabulary, Caches>();
// The last vocabulary asked about, held weakly: no call keeps a caller's vocabulary alive.
let lastVocabulary: WeakRef<Vocabulary> | undefined;
let lastCaches: Caches = { o: new Map(), s: new Map() };

/**
 * Looks a phrase up as an outcome (`'o'`) or a subject (`'s'`) of `vocabulary`, remembering the
 * answer.
 */
export function lookupTerm(vocabulary: Vocabulary, kind: 'o' | 's', phrase: string): TermMatch {
  // One vocabulary serves a whole text: its caches are at hand without the WeakMap's lookup.
  if (lastVocabulary?.deref() !== vocabulary) {
    let both = caches.get(vocabulary);
    if (both === undefined) {
      both = { o: new Map(), s: new Map() };
      caches.set(vocabulary, both);
    }
    lastVocabulary = new WeakRef(vocabulary);
    lastCaches = both;
  }
  const cache = lastCaches[kind];
  const hit = cache.get(phrase);
  if (hit !== undefined) return hit;
  const match = kind === 'o' ? vocabulary.outcome(phrase) : vocabulary.subject(phrase);
  if (cache.size < CACHE_LIMIT) cache.set(phrase, match);
  return match;
}

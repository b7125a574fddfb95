import type { Vocabulary } from '../../vocabulary/types.js';
import { hasTermWord } from './hasTermWord.js';
import { EXTRA_OUTCOMES } from '../lexicon/outcomes.js';
import { lookupTerm } from './lookupTerm.js';
import type { Span, TermRead, Words } from '../types.js';


const MAX_WORDS = 4;

// The word tokens of a phrase from `i` rightwards (dir 1) or leftwards (dir -1): words separated
// by spaces, or glued by a hyphen ("pro-Taliban", "passers-by").
// (A word no term holds ends the run: no longer phrase through it can be a term.)
function wordRun(words: Words, i: number, dir: 1 | -1, vocabulary: Vocabulary, kind: 'o' | 's'): { low: string; at: number }[] {
  const run: { low: string; at: number }[] = [];
  let k = i;
  while (run.length < MAX_WORDS && words.isWord(k) && (k === i || hasTermWord(vocabulary, kind, words.low(k)))) {
    run.push({ low: words.low(k), at: k });
    // A possessive ends a phrase: "the army's soldiers" is not one term.
    if (dir === 1 && words.poss(k)) break;
    const step = k + dir;
    if (words.isWord(step)) {
      if (dir === -1 && words.poss(step)) break;
      k = step;
    } else if (words.low(step) === '-' && !words.spaced(dir === 1 ? step : k) && !words.spaced(dir === 1 ? step + 1 : step) && words.isWord(step + dir)) {
      k = step + dir;
    } else {
      break;
    }
  }
  return run;
}

function lookup(vocabulary: Vocabulary, kind: 'o' | 's', phrase: string): { id: string; known: boolean; loaded: boolean } | undefined {
  if (kind === 'o') {
    const extra = EXTRA_OUTCOMES.get(phrase);
    if (extra !== undefined) {
      const match = lookupTerm(vocabulary, 'o', extra);
      return match.known ? match : undefined;
    }
  }
  const match = lookupTerm(vocabulary, kind, phrase);
  return match.known ? match : undefined;
}

/**
 * The longest vocabulary outcome (`'o'`) or subject (`'s'`) of up to four words starting at token
 * `i` (or, with `dir: -1`, ending at it). Outcomes also match the extra verb phrases of
 * `EXTRA_OUTCOMES` ("gunned down").
 */
export function termAt(words: Words, i: number, vocabulary: Vocabulary, kind: 'o' | 's', dir: 1 | -1 = 1): TermRead | undefined {
  if (!hasTermWord(vocabulary, kind, words.low(i))) return undefined;
  const run = wordRun(words, i, dir, vocabulary, kind);
  // The phrases of one to four words, built once: "security", "security forces", …
  const phrases: string[] = [];
  for (const w of run) {
    const before = phrases[phrases.length - 1];
    phrases.push(before === undefined ? w.low : dir === 1 ? `${before} ${w.low}` : `${w.low} ${before}`);
  }
  for (let n = run.length; n >= 1; n--) {
    const phrase = phrases[n - 1] as string;
    const match = lookup(vocabulary, kind, phrase);
    if (match === undefined) continue;
    const a = (run[0] as { at: number }).at;
    const b = (run[n - 1] as { at: number }).at;
    return { id: match.id, term: phrase, known: true, loaded: match.loaded, first: Math.min(a, b), next: Math.max(a, b) + 1 };
  }
  return undefined;
}

/** The first vocabulary term of `kind` that lies wholly inside `span`, read left to right. */
export function firstTermIn(words: Words, span: Span, vocabulary: Vocabulary, kind: 'o' | 's'): TermRead | undefined {
  for (let n = span.first; n < span.last; n++) {
    const t = words.isWord(n) ? termAt(words, n, vocabulary, kind) : undefined;
    if (t !== undefined && t.next <= span.last) return t;
  }
  return undefined;
}

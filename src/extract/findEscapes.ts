import type { Vocabulary } from '../vocabulary/types.js';
import { ESCAPE_WORDS } from './outcomeCues.js';
import type { Span } from './readClaimant.js';
import type { Words } from './readWords.js';
import { termAt, type TermRead } from './termAt.js';

/** "All TTP fighters managed to escape": a group said to have got away, that is none killed. */
export interface Escape extends Span {
  readonly subject: TermRead;
}

const BETWEEN = new Set(['managed', 'to', 'were', 'was', 'had', 'have', 'able', 'safely', 'successfully', 'all', 'the', 'returned', 'got', 'away']);

/**
 * Finds "all <subject> … escaped" phrases ("all TTP fighters managed to escape", "all the
 * soldiers escaped unhurt"): each says that none of the subject were killed. The span runs from
 * "all" to the escape word. Each "all" reads a bounded window.
 *
 * @example
 * ```ts
 * const words = readWords('while all TTP fighters managed to escape the area');
 * findEscapes(words, { first: 0, last: words.count }, createVocabulary()).map((e) => [e.first, e.last, e.subject.id])
 * //=> [[1, 7, 'militants']]
 * ```
 */
export function findEscapes(words: Words, sentence: Span, vocabulary: Vocabulary): Escape[] {
  const found: Escape[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    if (words.low(i) !== 'all') continue;
    let k = i + 1;
    if (words.low(k) === 'the' || words.low(k) === 'of') k++;
    let subject: TermRead | undefined;
    for (let n = 0; n < 3 && k < sentence.last && subject === undefined; n++) {
      subject = words.isWord(k) ? termAt(words, k, vocabulary, 's') : undefined;
      if (subject === undefined) k++;
    }
    if (subject === undefined) continue;
    let j = subject.next;
    for (let n = 0; n < 4 && j < sentence.last && BETWEEN.has(words.low(j)); n++) j++;
    if (j < sentence.last && ESCAPE_WORDS.has(words.low(j))) found.push({ first: i, last: j + 1, subject });
  }
  return found;
}

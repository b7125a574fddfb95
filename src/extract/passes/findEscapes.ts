import type { Vocabulary } from '../../vocabulary/types.js';
import { ESCAPE_WORDS } from '../lexicon/outcomes.js';
import { termAt } from './termAt.js';
import type { Escape, Span, TermRead, Words } from '../types.js';


const BETWEEN = new Set(['managed', 'to', 'were', 'was', 'had', 'have', 'able', 'safely', 'successfully', 'all', 'the', 'returned', 'got', 'away']);

/**
 * Finds "all <subject> … escaped" phrases ("all TTP fighters managed to escape", "all the
 * soldiers escaped unhurt"): each says that none of the subject were killed. The span runs from
 * "all" to the escape word. Each "all" reads a bounded window.
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

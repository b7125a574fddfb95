import { MONTH_ABBREVIATIONS } from '../../internal/calendarWords.js';
import { CLOSERS, TERMINALS } from '../lexicon/page.js';
import type { Sentence, Words } from '../types.js';


// Words that a full stop abbreviates rather than ends: titles, months, "No." and the like.
const ABBREVIATIONS = new Set([
  'gen', 'maj', 'lt', 'col', 'brig', 'capt', 'sgt', 'cpl', 'adm', 'cmdr', 'dr', 'mr', 'mrs', 'ms',
  'prof', 'rev', 'sen', 'rep', 'gov', 'st', 'no', 'nos', 'vs', 'etc', 'inc', 'co', 'corp', 'ltd',
  'jr', 'sr', ...MONTH_ABBREVIATIONS,
  'approx', 'est', 'govt', 'dept', 'mt', 'ft',
]);

const OPENERS = new Set(['"', "'", '\u201c', '\u2018', '(', '[']);

function endsAt(words: Words, i: number): boolean {
  const mark = words.low(i);
  if (!TERMINALS.has(mark)) return false;
  if (mark === '.') {
    const before = words.low(i - 1);
    // "Gen.", "U.N.", "J. Smith": a full stop glued to an abbreviation or an initial.
    if (words.isWord(i - 1) && !words.spaced(i) && (ABBREVIATIONS.has(before) || before.length === 1)) return false;
  }
  return true;
}

/**
 * Splits an article into sentences at line breaks (each line a paragraph; a line that goes on in
 * lower case is one sentence wrapped) and at full stops, question and exclamation
 * marks that are followed by a capital, a digit or an opening quote (after any closing quotes),
 * but not after abbreviations and initials ("Gen. Athar Abbas", "the U.N. refugee agency"). One
 * pass with constant lookahead: linear in the number of tokens.
 */
export function findSentences(words: Words): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  let paragraph = 0;
  const close = (last: number): void => {
    if (last > first) sentences.push({ first, last, start: words.start(first), end: words.end(last - 1), paragraph, role: 'body' });
    first = last;
  };
  for (let i = 0; i < words.count; i++) {
    // (A line wrapped in lower case has no line break before it: readTokens reads it as a space.)
    if (i > 0 && words.lineBefore(i)) {
      close(i);
      paragraph++;
    }
    if (!endsAt(words, i)) continue;
    let j = i + 1;
    while (j < words.count && j <= i + 3 && CLOSERS.has(words.low(j)) && !words.spaced(j)) j++;
    if (j >= words.count || words.lineBefore(j)) continue;
    if (words.cap(j) || words.isNum(j) || OPENERS.has(words.low(j))) {
      close(j);
      i = j - 1;
    }
  }
  close(words.count);
  return sentences;
}

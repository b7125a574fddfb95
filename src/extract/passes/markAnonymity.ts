import type { SourceBook } from './createSourceBook.js';
import type { Cue, Span, Words } from '../types.js';

const ANONYMITY = new Set(['anonymity', 'anonymously']);
const UNNAMED = new Set(['identified', 'named']);
const REFUSAL = new Set(['not', 'declined', 'refused']);
const HEAD_ENDS = new Set(['asked', 'spoke', 'requested', 'declined', 'did', 'were', 'was', 'are', 'is', 'who', 'refused']);

// Where a sentence says someone spoke without a name: "on condition of anonymity", "asked not to
// be identified", "not authorised to speak".
function anonymityAt(words: Words, sentence: Span): number {
  for (let i = sentence.first; i < sentence.last; i++) {
    const low = words.low(i);
    if (ANONYMITY.has(low)) return i;
    if (UNNAMED.has(low) && words.low(i - 1) === 'be' && (REFUSAL.has(words.low(i - 3)) || REFUSAL.has(words.low(i - 4)))) return i;
    if ((low === 'authorised' || low === 'authorized') && words.low(i - 1) === 'not') return i;
  }
  return -1;
}

/** Where a sentence says someone is unnamed, and the cue it speaks of. */
export interface Anonymity {
  /** The token of the words ("anonymity", "named", "authorised"), or -1 when there are none. */
  readonly at: number;
  /** The cue nearest them among those that name a speaker, or -1. */
  readonly cue: number;
}

/**
 * Reads once per sentence whether it says a speaker is unnamed, and whose cue: "…, army officers
 * said, speaking on condition of anonymity" is the cue of "said". Read before the speakers are
 * resolved, so that anonymous officers stay a source of their own.
 */
export function findAnonymity(words: Words, span: Span, cues: readonly Cue[]): Anonymity {
  const at = anonymityAt(words, span);
  if (at < 0) return { at, cue: -1 };
  let cue = -1;
  let distance = Number.POSITIVE_INFINITY;
  cues.forEach((c, k) => {
    const d = Math.min(Math.abs(c.zone.first - at), Math.abs(c.zone.last - at));
    if (c.phrase !== undefined && d < distance) {
      distance = d;
      cue = k;
    }
  });
  return { at, cue };
}

/**
 * Marks the sources a sentence says speak without their names: the speaker of the cue nearest the
 * words ("…, two security officials said, speaking on condition of anonymity"), or, in a sentence
 * with no cue ("The officials asked not to be identified"), the sources of the last few sentences
 * whose phrase ends in the same noun. `sentence` is the sentence's index for that look-back.
 */
export function markAnonymity(
  words: Words,
  span: Span,
  sentence: number,
  { at, cue }: Anonymity,
  speakers: readonly (string | undefined)[],
  book: SourceBook,
): void {
  if (at < 0) return;
  const nearest = cue < 0 ? undefined : speakers[cue];
  if (nearest !== undefined) {
    book.markAnonymous(nearest);
    return;
  }
  let head = '';
  for (let i = span.first; i < at && i < span.first + 6; i++) {
    if (!words.isWord(i) || HEAD_ENDS.has(words.low(i))) break;
    head = words.low(i);
  }
  if (head !== '') for (const id of book.recent(sentence, 4, head)) book.markAnonymous(id);
}

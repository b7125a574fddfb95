import { singular } from '../../vocabulary/singular.js';
import { ORG_WORDS } from '../lexicon/sources.js';
import type { Words } from '../types.js';

// Roles that give a count for a body: "for the organisers", "for officials".
const COUNTING_ROLES = new Set(['organiser', 'organizer', 'official', 'authority']);

/**
 * Whether tokens [first, last) name a body that gives a count: "the Ministry of the Interior", "the
 * unions", "the organisers", "the CGT" (not "the children", "the arrests", "the second march").
 */
export function namesBody(words: Words, first: number, last: number): boolean {
  for (let n = first; n < last; n++) {
    const head = singular(words.low(n));
    if (words.isWord(n) && (ORG_WORDS.has(head) || COUNTING_ROLES.has(head) || (words.low(n - 1) === 'the' && words.upper(n)))) return true;
  }
  return false;
}

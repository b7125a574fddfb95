import { singular } from '../../vocabulary/singular.js';
import { FACELESS, MEDIA_WORDS, ORG_WORDS, PERSON_NOUNS, ROLE_NOUNS, SOURCE_MODIFIERS } from '../lexicon/sources.js';
import type { Span, Words } from '../types.js';

/**
 * Whether tokens `span` name a party rather than papers or circumstances: "hospital records", "Ali
 * Musa", "the ministry", "media reports", not "preliminary reports", "official figures", "the latest
 * figures", "plan" or "him".
 */
export function namesParty(words: Words, span: Span): boolean {
  for (let k = span.first; k < span.last; k++) {
    if (!words.isWord(k)) continue;
    const low = words.low(k);
    // ("by an official count", "This is according to official figures": papers, no party; only right
    // after "according to" do they name the officials, as readers take them.)
    if (low === 'official' && FACELESS.has(words.low(k + 1))) continue;
    const one = singular(low);
    if (words.cap(k) || ROLE_NOUNS.has(one) || PERSON_NOUNS.has(one) || ORG_WORDS.has(one) || (MEDIA_WORDS.has(one) && !FACELESS.has(low)) || SOURCE_MODIFIERS.has(low)) return true;
  }
  return false;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TERM_WORDS } from './defaultTermWords.js';
import { defaultVocabulary } from './defaultVocabulary.js';
import { getDefaultVocabulary } from './getDefaultVocabulary.js';
import { inDefaultVocabulary } from './inDefaultVocabulary.js';
import { singular } from './singular.js';
import { termId } from './termId.js';
import type { SubjectDefinition } from './types.js';

const vocabulary = getDefaultVocabulary();
const known = (word: string): boolean => vocabulary.outcome(word).known || vocabulary.subject(word).known;
const entries: readonly SubjectDefinition[] = [...defaultVocabulary.outcomes, ...defaultVocabulary.subjects];
const words = entries.flatMap((e) => [e.id, ...(e.aliases ?? []), ...(e.loaded ?? [])]);

// DEFAULT_TERM_WORDS as the vocabulary's words give it: every key and its singular, sorted, less
// the singulars of other keys, each written as the count of letters shared with the word before
// (as a character from '0') and the rest.
function packedWords(): string {
  const forms = new Set(words.flatMap((w) => [termId(w), singular(termId(w))]));
  const singulars = new Set([...forms].filter((w) => singular(w) !== w).map(singular));
  let before = '';
  let packed = '';
  for (const word of [...forms].filter((w) => !singulars.has(w)).sort()) {
    let shared = 0;
    while (shared < before.length && before[shared] === word[shared]) shared++;
    packed += String.fromCharCode(48 + shared) + word.slice(shared);
    before = word;
  }
  return packed;
}

describe('inDefaultVocabulary', () => {
  it('reads the words of the default vocabulary, packed', () => {
    expect(DEFAULT_TERM_WORDS, 'copy this text into src/vocabulary/defaultTermWords.ts').toBe(packedWords());
  });

  it('answers as the built default vocabulary does for every word of it and its variants', () => {
    for (const word of words) {
      for (const variant of [word, `${word}s`, `${word}es`, word.toUpperCase(), `${word} x`, word.slice(0, -1)]) {
        expect(inDefaultVocabulary(variant), variant).toBe(known(variant));
      }
    }
  });

  // Words as the figure scanner reads them after "no": letters with inner apostrophes, one or two.
  it('answers as the built default vocabulary does, for its words and their variants', () => {
    const variants = fc.tuple(fc.constantFrom(...words), fc.constantFrom('', 's', 'es', 'ies', 'men', ' x', "'s"), fc.boolean()).map(([word, ending, upper]) => {
      const variant = `${word}${ending}`.replace(/-/g, ' ');
      return upper ? variant.toUpperCase() : variant;
    });
    const scanned = fc.stringMatching(/^[a-zA-Z\u00e9\u00df]{1,8}(?:['\u2019`][a-z]{1,3})?(?: [a-zA-Z]{1,8})?$/);
    fc.assert(
      fc.property(fc.oneof(variants, scanned), (word) => {
        expect(inDefaultVocabulary(word)).toBe(known(word));
      }),
      { numRuns: 2000 },
    );
  });
});

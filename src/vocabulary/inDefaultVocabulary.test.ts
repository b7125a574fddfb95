import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultVocabulary } from './defaultVocabulary.js';
import { getDefaultVocabulary } from './getDefaultVocabulary.js';
import { inDefaultVocabulary } from './inDefaultVocabulary.js';
import type { SubjectDefinition } from './types.js';

const vocabulary = getDefaultVocabulary();
const known = (word: string): boolean => vocabulary.outcome(word).known || vocabulary.subject(word).known;
const entries: readonly SubjectDefinition[] = [...defaultVocabulary.outcomes, ...defaultVocabulary.subjects];
const words = entries.flatMap((e) => [e.id, ...(e.aliases ?? []), ...(e.loaded ?? [])]);

describe('inDefaultVocabulary', () => {
  it('answers as the built default vocabulary does, for its words and their variants', () => {
    const variants = fc.tuple(fc.constantFrom(...words), fc.constantFrom('', 's', 'es', 'ies', 'men', '-', ' x'), fc.boolean()).map(([word, ending, upper]) => {
      const variant = `${word}${ending}`;
      return upper ? variant.toUpperCase() : variant;
    });
    fc.assert(
      fc.property(fc.oneof(variants, fc.string({ maxLength: 12 })), (word) => {
        expect(inDefaultVocabulary(word)).toBe(known(word));
      }),
      { numRuns: 2000 },
    );
  });
});

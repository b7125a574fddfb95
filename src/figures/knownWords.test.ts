import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { W, WORD_ROOT, type KnownWord } from './knownWords.js';
import { stepWord } from './stepWord.js';
import { wordOf } from './wordOf.js';

const idOf = (word: string): number => {
  let node = WORD_ROOT;
  for (let k = 0; k < word.length; k++) node = stepWord(node, word.charCodeAt(k));
  return wordOf(node);
};

describe('knownWords', () => {
  it('finds every known word, in any case, and gives each its own id', () => {
    const words = Object.keys(W) as KnownWord[];
    expect(new Set(words.map((w) => W[w])).size).toBe(words.length);
    for (const word of words) {
      expect(idOf(word)).toBe(W[word]);
      expect(idOf(word.toUpperCase())).toBe(W[word]);
    }
  });

  it('knows no prefix, extension or other word', () => {
    for (const word of ['', 'sev', 'sevens', 'hundredth', 'soldiers', 'atleast', 'ab', 'zeros', 'é', 'seven1']) expect(idOf(word)).toBe(0);
  });

  it('gives 0 for any word that is not a known one', () => {
    const known = new Set<string>(Object.keys(W));
    fc.assert(
      fc.property(fc.string({ maxLength: 14 }), (word) => {
        if (!known.has(word.toLowerCase())) expect(idOf(word)).toBe(0);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { W, type KnownWord } from './knownWords.js';
import { ID_SHIFT, lexed, lexToken } from './lexToken.js';

// The id the lexer gives `word` when it reads it whole as one token, else 0.
const idOf = (word: string): number => {
  const meta = lexToken(word, 0);
  return lexed.start === 0 && lexed.end === word.length ? meta >>> ID_SHIFT : 0;
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
    for (const word of ['', 'sev', 'sevens', 'hundredth', 'soldiers', 'atleast', 'ab', 'zeros', 'é', 'sevené', "seven's"]) expect(idOf(word)).toBe(0);
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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findSentences } from './findSentences.js';
import { openingToken } from './openingToken.js';
import { readTokens } from './readTokens.js';

const openingOf = (text: string): string => {
  const words = readTokens(text);
  const [sentence] = findSentences(words);
  return sentence === undefined ? '' : words.low(openingToken(words, sentence));
};

describe('openingToken: the first word or number of a sentence', () => {
  it.each([
    ['a word', 'The army said 5 died.', 'the'],
    ['past a quotation mark', '\u201cThe fighters were buried,\u201d he said.', 'the'],
    ['past a bracket', '(Police said 5 died.)', 'police'],
    ['a number', '60 Kesh fighters died.', '60'],
  ])('%s', (_, text, expected) => {
    expect(openingOf(text)).toBe(expected);
  });

  it('lies within the sentence, and no word or number comes before it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        const words = readTokens(text);
        for (const sentence of findSentences(words)) {
          const k = openingToken(words, sentence);
          expect(k >= sentence.first && k <= sentence.last).toBe(true);
          for (let j = sentence.first; j < k; j++) expect(words.isWord(j) || words.isNum(j)).toBe(false);
        }
      }),
    );
  });
});

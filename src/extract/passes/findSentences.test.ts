import { describe, expect, it } from 'vitest';
import { readTokens } from './readTokens.js';
import { findSentences } from './findSentences.js';

const split = (text: string): string[] => {
  const words = readTokens(text);
  return findSentences(words).map((s) => text.slice(s.start, s.end));
};

describe('findSentences', () => {
  it('splits at full stops before capitals, quotes and digits, and at line breaks', () => {
    expect(split('Five died. "It is over," he said. 12 were hurt\nNew line')).toEqual(['Five died.', '"It is over," he said.', '12 were hurt', 'New line']);
  });

  it('does not split after titles, initials and "U.N."', () => {
    expect(split('Gen. Athar Abbas said the U.N. refugee agency and J. Smith agreed. Then it ended.')).toEqual([
      'Gen. Athar Abbas said the U.N. refugee agency and J. Smith agreed.',
      'Then it ended.',
    ]);
  });

  it('keeps a closing quote with its sentence', () => {
    expect(split('He said "it is over." Then he left.')).toEqual(['He said "it is over."', 'Then he left.']);
  });

  it('returns nothing for text with no tokens', () => {
    expect(split('   \n  ')).toEqual([]);
  });
});

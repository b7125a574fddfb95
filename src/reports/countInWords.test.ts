import { describe, expect, it } from 'vitest';
import { parseFigure } from '../figures/parseFigure.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';
import { countInWords } from './countInWords.js';

const phrase = (text: string, subject: string, term?: string): string =>
  countInWords(parseFigure(text)!, { outcome: 'killed', subject, ...(term === undefined ? {} : { term }) }, getDefaultVocabulary()).phrase;

describe('countInWords', () => {
  it('agrees the noun with the number as said', () => {
    expect(phrase('one', 'soldiers')).toBe('one soldier');
    expect(phrase('at least one', 'people')).toBe('at least one person');
    expect(phrase('two', 'people')).toBe('two people');
    expect(phrase('1 to 3', 'police')).toBe('1 to 3 police');
  });

  it('joins vague nouns with "of" and writes zero as "no"', () => {
    expect(phrase('tens of thousands', 'civilians')).toBe('tens of thousands of civilians');
    expect(phrase('several hundred', 'civilians')).toBe('several hundred civilians');
    expect(phrase('scores', 'civilians')).toBe('scores of civilians');
    expect(phrase('none', 'soldiers')).toBe('no soldiers');
  });

  it('quotes a loaded label, but not a neutral one', () => {
    expect(phrase('60', 'militants', 'terrorists')).toBe('60 "terrorists"');
    expect(phrase('60', 'militants', 'fighters')).toBe('60 militants');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createVocabulary } from './createVocabulary.js';
import { termId } from './termId.js';

// The rule as one regular expression, quadratic on long runs of punctuation: an oracle for short words.
const byRegex = (word: string): string =>
  word
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`]/g, '')
    .replace(/[\s_\-\u2010-\u2015]+/g, '-')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

describe('termId', () => {
  it.each([
    ['  Security  Forces ', 'security-forces'],
    ['Frontier Corps', 'frontier-corps'],
    ['security_personnel', 'security-personnel'],
    ['passers\u2013by', 'passers-by'],
    ['“terrorists”', 'terrorists'],
    ["Kotkai's", 'kotkais'],
    ['--militants--', 'militants'],
    ['(fighters).', 'fighters'],
    ['!!!', ''],
  ])('writes %j as %j', (word, id) => {
    expect(termId(word)).toBe(id);
  });

  it('is idempotent, lower-case, and has no spaces or edge punctuation', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (word) => {
        const id = termId(word);
        expect(termId(id)).toBe(id);
        expect(id).toBe(id.toLowerCase());
        expect(id).not.toMatch(/\s/);
        expect(id).not.toMatch(/^[^\p{L}\p{N}]|[^\p{L}\p{N}]$/u);
      }),
    );
  });

  it('trims letters and digits outside the BMP as letters, and lone surrogates as punctuation', () => {
    expect(termId('!\u{1d400}b\u{1d7ce}!')).toBe('\u{1d400}b\u{1d7ce}');
    expect(termId('\udc00a\ud835')).toBe('a');
    expect(termId('\u{1f600}x\u{1f600}')).toBe('x');
  });

  it('agrees with the rule written as one regular expression', () => {
    const unit = fc.constantFrom('a', 'Z', '7', '!', '.', '-', ' ', '_', '"', '\u2019', '\u00c9', '\u0307', '\u0130', '\u{1d400}', '\u{1f600}', '\ud835', '\udc00', '\u2013');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (word) => {
        expect(termId(word)).toBe(byRegex(word));
      }),
      { numRuns: 2000 },
    );
  });

  // A hostile document reaches termId through parseClaimSet; the regular expression it used took
  // half a minute on this input.
  it('returns on 100,000 characters of punctuation between letters', () => {
    const run = '!'.repeat(100_000);
    expect(termId(`a${run}a`)).toBe(`a${run}a`);
    expect(termId(`${run}a${run}`)).toBe('a');
    expect(termId(`a${run}`)).toBe('a');
    expect(termId(run)).toBe('');
    expect(createVocabulary().subject(`A${run}B`)).toEqual({ id: `a${run}b`, known: false, loaded: false });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termId } from './termId.js';

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
});

import { describe, expect, it } from 'vitest';
import { numberRead, readNumber } from './readNumber.js';
import { attemptOn } from '../../tests/fixtures/figureAttempt.js';

// The number at token `at` of `text`, read in an attempt that starts there, or undefined.
function read(text: string, at = 0, times = 1): { value: number; next: number; magnitude: number } | undefined {
  return attemptOn(text, at) && readNumber(at, times) ? { ...numberRead } : undefined;
}

describe('readNumber', () => {
  it.each([
    ['seven', 7, 1, 1],
    ['seventy seven', 77, 2, 1],
    ['seventy-seven', 77, 3, 1],
    ['one hundred and twenty people', 120, 4, 1],
    ['a hundred', 100, 2, 100],
    ['an hundred', 100, 2, 100],
    ['a dozen', 12, 2, 12],
    ['two dozen', 24, 2, 12],
    ['nine hundred and ninety-nine thousand nine hundred and ninety-nine', 999_999, 13, 1],
    ['two million three hundred thousand', 2_300_000, 5, 1000],
    ['one billion two million three thousand four hundred and five', 1_002_003_405, 10, 1],
    ['1.5 million', 1_500_000, 2, 1_000_000],
    ['1.1 million', 1_100_000, 2, 1_000_000],
    ['3 dozen', 36, 2, 12],
    ['one-hundred', 100, 3, 100],
    ['half a million', 500_000, 3, 1_000_000],
    ['a half million', 500_000, 3, 1_000_000],
    ['a quarter of a million', 250_000, 5, 1_000_000],
    ['half a dozen', 6, 3, 12],
    ['two and a half million', 2_500_000, 5, 1_000_000],
  ])('%s → %d', (text, value, next, magnitude) => {
    expect(read(text)).toEqual({ value, next, magnitude });
  });

  it('reads no fraction without its magnitude', () => {
    expect(read('half')).toBeUndefined();
    expect(read('half of the people')).toBeUndefined();
    expect(read('two and a half')).toEqual({ value: 2, next: 1, magnitude: 1 });
  });

  it('stops where a larger magnitude would follow a smaller one', () => {
    // "a hundred and two thousand" is 102,000; "two thousand thousand" is not one number.
    expect(read('a hundred and two thousand')?.value).toBe(102_000);
    expect(read('two thousand thousand')).toEqual({ value: 2000, next: 2, magnitude: 1000 });
    expect(read('a dozen hundred')).toEqual({ value: 12, next: 2, magnitude: 12 });
  });

  it('reads a number at any token of an attempt, the same as at its first', () => {
    expect(attemptOn('about 1.5 million people', 0)).toBe(true);
    expect(readNumber(1) && { ...numberRead }).toEqual({ value: 1_500_000, next: 3, magnitude: 1_000_000 });
    expect(readNumber(3)).toBe(false);
  });

  it('multiplies exactly by `times`', () => {
    // 1.1 × 1,000,000 in floating point is 1100000.0000000002.
    expect(read('1.1 to 2 million', 0, 1e6)?.value).toBe(1_100_000);
    expect(read('two to three thousand', 0, 1000)?.value).toBe(2000);
  });

  it.each(['a', 'an army', 'hundred', 'thousand', 'the', 'F-16', 'G20', 'a 12-year-old', 'two-thirds', 'twenty-first', '9/11', 'October 17', 'in 2009'])(
    'reads no count in %s',
    (text) => {
      for (let i = 0; i < 4; i++) expect(read(text, i)).toBeUndefined();
    },
  );
});

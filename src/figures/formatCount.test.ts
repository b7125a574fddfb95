import { describe, expect, it } from 'vitest';
import { formatCount } from './formatCount.js';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [28000, '28,000'],
    [1500000, '1,500,000'],
    // From 1e21 String() would write "1e+21", which reads as no count at all.
    [1e21, '1,000,000,000,000,000,000,000'],
    [2 ** 80, '1,208,925,819,614,629,174,706,176'],
    [1.5, '1.5'],
  ])('%d → %s', (n, text) => {
    expect(formatCount(n)).toBe(text);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatFactor } from './formatFactor.js';

describe('formatFactor', () => {
  it('rounds down to one decimal below 100 and to a whole number with separators from 100', () => {
    expect(formatFactor(69 / 6)).toBe('11.5');
    expect(formatFactor(2)).toBe('2');
    expect(formatFactor(99.99)).toBe('99.9');
    expect(formatFactor(100)).toBe('100');
    expect(formatFactor(1001 / 2)).toBe('500');
    expect(formatFactor(123456.7)).toBe('123,456');
  });

  it('property: the number written is never above the factor and less than one step below it', () => {
    // Factors are ratios of whole counts plus one: (L + 1) / (H + 1).
    const factor = fc.tuple(fc.nat({ max: 1e7 }), fc.nat({ max: 1e7 })).map(([l, h]) => (l + h + 2) / (h + 1));
    fc.assert(
      fc.property(factor, (f) => {
        const written = Number(formatFactor(f).replace(/,/g, ''));
        expect(written).toBeLessThanOrEqual(f);
        expect(f - written).toBeLessThan(f >= 100 ? 1 : 0.1 + 1e-9);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundScale } from './boundScale.js';

// The exact answer, with the tolerance as a fraction of whole numbers.
function exact(n: number, num: number, den: number, direction: 1 | -1, round: 'floor' | 'ceil'): number {
  const p = BigInt(n) * BigInt(den + direction * num);
  const d = BigInt(den);
  const q = p / d;
  return Number(round === 'ceil' && p % d !== 0n ? q + 1n : q);
}

describe('boundScale', () => {
  it('is exact where floating point is not', () => {
    expect(28000 * 1.1).not.toBe(30800);
    expect(boundScale(28000, 0.1, 1, 'ceil')).toBe(30800);
    expect(boundScale(3000, 0.1, -1, 'floor')).toBe(2700);
    expect(boundScale(3000, 0.1, 1, 'ceil')).toBe(3300);
    expect(boundScale(0, 0.1, 1, 'ceil')).toBe(0);
    expect(boundScale(7, 0, 1, 'ceil')).toBe(7);
  });

  it('gives floor(n(1 - t)) and ceil(n(1 + t)) exactly for whole n and decimal t', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.nat({ max: 1_000_000 }), fc.nat({ max: Number.MAX_SAFE_INTEGER })),
        fc.integer({ min: 0, max: 999 }),
        fc.constantFrom(1 as const, -1 as const),
        fc.constantFrom('floor' as const, 'ceil' as const),
        (n, permille, direction, round) => {
          expect(boundScale(n, permille / 1000, direction, round)).toBe(exact(n, permille, 1000, direction, round));
        },
      ),
    );
  });

  it('stays within one of the real product for tolerances that are not short decimals', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (n, t) => {
        const up = boundScale(n, t, 1, 'ceil');
        const down = boundScale(n, t, -1, 'floor');
        expect(Math.abs(up - n * (1 + t))).toBeLessThanOrEqual(1);
        expect(Math.abs(down - n * (1 - t))).toBeLessThanOrEqual(1);
        expect(down).toBeLessThanOrEqual(n);
        expect(up).toBeGreaterThanOrEqual(n);
      }),
    );
  });
});

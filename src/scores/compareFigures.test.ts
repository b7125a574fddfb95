import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../figures/schemas.js';
import { compareFigures } from './compareFigures.js';

const exact = (n: number): Figure => ({ low: n, high: n, stated: n, hedge: 'exact' });
const atLeast = (n: number): Figure => ({ low: n, high: null, stated: n, hedge: 'at-least' });

const figureArb: fc.Arbitrary<Figure> = fc.oneof(
  fc.nat({ max: 10_000 }).map(exact),
  fc.nat({ max: 10_000 }).map(atLeast),
  fc.tuple(fc.nat({ max: 10_000 }), fc.nat({ max: 10_000 })).map(([a, w]): Figure => ({ low: a, high: a + w, stated: null, hedge: 'range' })),
  fc.tuple(fc.nat({ max: 10_000 }), fc.nat({ max: 5_000 }), fc.nat({ max: 5_000 })).map(([n, below, above]): Figure => ({
    low: Math.max(0, n - below),
    high: n + above,
    stated: n,
    hedge: 'about',
  })),
  // Whole counts up to the largest a double holds exactly, and beyond, where scores must stay below 1.
  fc.maxSafeNat().map(exact),
  fc.constantFrom(1e17, 1e300).map(exact),
);

describe('compareFigures', () => {
  it('scores the army 5 against the TTP 68 as 69/6 = 11.5 times apart (seed 000)', () => {
    const result = compareFigures(exact(5), exact(68));
    expect(result.compatible).toBe(false);
    expect(result.factor).toBe(11.5);
    expect(result.score).toBeCloseTo(1 - 6 / 69, 12);
    expect(result.statedFactor).toBe(11.5);
  });

  it('finds "at least seven" and 9 compatible, with the stated points 10/8 = 1.25 apart (seed 002)', () => {
    expect(compareFigures(atLeast(7), exact(9))).toEqual({
      compatible: true,
      factor: 1,
      score: 0,
      statedFactor: 1.25,
      statedScore: 0.2,
    });
  });

  it('keeps a denial (zero) finite: "at least five" against 0 is 6 times apart', () => {
    expect(compareFigures(atLeast(5), exact(0)).factor).toBe(6);
  });

  it('reads every hedge in the claimants\' favour: overlapping intervals are compatible', () => {
    const nearly300: Figure = { low: 270, high: 299, stated: 300, hedge: 'nearly' };
    expect(compareFigures(nearly300, { low: 250, high: 280, stated: null, hedge: 'range' }).compatible).toBe(true);
    expect(compareFigures(nearly300, exact(300)).factor).toBeCloseTo(301 / 300, 12);
  });

  it('uses the geometric midpoint on counts plus one for a range without a stated number', () => {
    const range: Figure = { low: 0, high: 99, stated: null, hedge: 'range' };
    // midpoint sqrt(1 × 100) − 1 = 9, so the stated factor against 9 is 1.
    expect(compareFigures(range, exact(9)).statedFactor).toBe(1);
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(figureArb, figureArb, (a, b) => {
        expect(compareFigures(a, b)).toEqual(compareFigures(b, a));
      }),
    );
  });

  it('keeps factor >= 1 and score in [0, 1), with compatible exactly when factor is 1', () => {
    fc.assert(
      fc.property(figureArb, figureArb, (a, b) => {
        const r = compareFigures(a, b);
        expect(r.factor).toBeGreaterThanOrEqual(1);
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThan(1);
        expect(r.statedScore).toBeGreaterThanOrEqual(0);
        expect(r.statedScore).toBeLessThan(1);
        expect(r.compatible).toBe(r.factor === 1);
      }),
    );
  });

  it('finds a figure compatible with itself', () => {
    fc.assert(
      fc.property(figureArb, (a) => {
        expect(compareFigures(a, a).compatible).toBe(true);
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze/analyze.js';
import type { FigureInput } from '../claims/types.js';
import { describeDivergence } from './describeDivergence.js';
import { proseRatio } from './proseRatio.js';
import { summarize } from './summarize.js';

const killed = { outcome: 'killed', subject: 'soldiers' };

function twoFigures(a: FigureInput, b: FigureInput) {
  const analysis = analyze({
    sources: [{ id: 'a', name: 'The army' }, { id: 'b', name: 'The TTP' }],
    events: [{ id: 'e' }],
    claims: [
      { id: '1', claimant: 'a', event: 'e', measure: killed, figure: a },
      { id: '2', claimant: 'b', event: 'e', measure: killed, figure: b },
    ],
  });
  return { group: analysis.groups[0]!, set: analysis.set };
}

const exact = (n: number): FigureInput => ({ low: n, high: n, stated: n, hedge: 'exact' });

describe('proseRatio', () => {
  it('gives the ratio of the numbers as stated, and of the nearest ends of intervals that cannot all be right', () => {
    const stated = twoFigures(exact(5), exact(68));
    expect(proseRatio(stated.group, stated.group.divergence)).toEqual({ times: '13.6', kind: 'stated' });
    const open = twoFigures({ low: 0, high: 5, stated: null, hedge: 'range' }, { low: 24, high: 99, stated: null, hedge: 'vague' });
    expect(proseRatio(open.group, open.group.divergence)).toEqual({ times: '4.8', kind: 'at-least' });
  });

  // A tiny fractional amount against a large count overflowed the quotient: "Infinity times as many".
  it('gives no ratio when the quotient is not finite, and the reports then print none', () => {
    const stated = twoFigures(exact(1e-300), exact(9e15));
    expect(proseRatio(stated.group, stated.group.divergence)).toBeUndefined();
    expect(summarize(stated.group, stated.set)).toBe('The army said 1e-300 soldiers were killed; the TTP said 9,000,000,000,000,000.');
    expect(describeDivergence(stated.group, stated.group.divergence)).toBe('incompatible');
    const open = twoFigures({ low: 0, high: 1e-300, stated: null, hedge: 'range' }, { low: 9e15, high: null, stated: null, hedge: 'at-least' });
    expect(proseRatio(open.group, open.group.divergence)).toBeUndefined();
  });

  it('property: a ratio, when given, is a finite number as formatFactor writes it, at least 1', () => {
    const amount = fc.oneof(fc.nat({ max: 1000 }), fc.double({ min: 0, max: 9e15, noNaN: true }), fc.constantFrom(5e-324, 1e-300, 2 ** 53 - 1));
    const figure = fc.oneof(
      amount.map(exact),
      fc.tuple(amount, amount).map(([x, y]): FigureInput => ({ low: Math.min(x, y), high: Math.max(x, y), stated: null, hedge: 'range' })),
      amount.map((x): FigureInput => ({ low: x, high: null, stated: x, hedge: 'at-least' })),
    );
    fc.assert(
      fc.property(figure, figure, (a, b) => {
        const { group, set } = twoFigures(a, b);
        const ratio = proseRatio(group, group.divergence);
        if (ratio !== undefined) {
          expect(ratio.times).toMatch(/^\d{1,3}(,\d{3})*(\.\d)?$/);
          expect(Number(ratio.times.replaceAll(',', ''))).toBeGreaterThanOrEqual(1);
        }
        expect(`${summarize(group, set)} ${describeDivergence(group, group.divergence, { detail: true })}`).not.toMatch(/Infinity|NaN|undefined/);
      }),
      { numRuns: 300 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTRACT_ROWS } from '../../tests/fixtures/figureContract.js';
import { figureText } from '../../tests/fixtures/figureText.js';
import type { Figure } from './schemas.js';
import { findFigures } from './findFigures.js';
import { formatCount } from './formatCount.js';
import { formatFigure } from './formatFigure.js';
import { parseFigure } from './parseFigure.js';

const bounds = (f: Figure | null) => (f === null ? null : { low: f.low, high: f.high, stated: f.stated, hedge: f.hedge });

describe('formatFigure', () => {
  it.each([
    [{ low: 7, high: 7, stated: 7, hedge: 'exact' }, '7'],
    [{ low: 0, high: 0, stated: 0, hedge: 'exact' }, '0'],
    [{ low: 7, high: null, stated: 7, hedge: 'at-least' }, 'at least 7'],
    [{ low: 31, high: null, stated: 30, hedge: 'more-than' }, 'more than 30'],
    [{ low: 31, high: 33, stated: 30, hedge: 'more-than' }, 'just over 30'],
    [{ low: 0, high: 7, stated: 7, hedge: 'at-most' }, 'at most 7'],
    [{ low: 0, high: 6, stated: 7, hedge: 'fewer-than' }, 'fewer than 7'],
    [{ low: 25200, high: 30800, stated: 28000, hedge: 'about' }, 'about 28,000'],
    [{ low: 270, high: 299, stated: 300, hedge: 'nearly' }, 'nearly 300'],
    [{ low: 10000, high: 15000, stated: null, hedge: 'range' }, '10,000 to 15,000'],
    [{ low: 5, high: 5, stated: null, hedge: 'range' }, '5 to 5'],
    [{ low: 24, high: 99, stated: null, hedge: 'vague' }, 'dozens'],
    [{ low: 2, high: 5, stated: null, hedge: 'vague' }, 'a few'],
    [{ low: 300, high: 900, stated: null, hedge: 'vague' }, 'several hundred'],
    [{ low: 300000, high: 900000, stated: null, hedge: 'vague' }, 'several hundred thousand'],
    [{ low: 24, high: null, stated: null, hedge: 'at-least' }, 'at least dozens'],
    [{ low: 24, high: null, stated: null, hedge: 'more-than' }, 'more than dozens'],
    [{ low: 0, high: 999, stated: null, hedge: 'at-most' }, 'up to hundreds'],
    [{ low: 0, high: 99, stated: null, hedge: 'fewer-than' }, 'fewer than dozens'],
    [{ low: 24, high: 99, stated: null, hedge: 'about' }, 'about dozens'],
    [{ low: 200, high: 999, stated: null, hedge: 'nearly' }, 'nearly hundreds'],
    // No vague word has these bounds: the interval is written out.
    [{ low: 17, high: 40, stated: null, hedge: 'vague' }, '17 to 40'],
    [{ low: 17, high: null, stated: null, hedge: 'at-least' }, 'at least 17'],
  ] as const)('%j → %s', (figure, text) => {
    expect(formatFigure(figure)).toBe(text);
  });

  it('uses the wording of options.vague when given', () => {
    expect(formatFigure({ low: 20, high: 99, stated: null, hedge: 'vague' }, { vague: { dozens: [20, 99] } })).toBe('dozens');
    expect(formatFigure({ low: 20, high: 99, stated: null, hedge: 'vague' })).toBe('20 to 99');
  });

  it('reads back to the same figure for every row of the contract table', () => {
    for (const row of CONTRACT_ROWS) {
      const figure = parseFigure(row.text);
      if (figure === null) continue;
      expect(bounds(parseFigure(formatFigure(figure))), `${row.text} → ${formatFigure(figure)}`).toEqual(bounds(figure));
    }
  });
});

describe('formatFigure: properties', () => {
  it('reads back to the same low, high, stated and hedge for every figure parseFigure produces', () => {
    fc.assert(
      fc.property(figureText, (text) => {
        for (const { figure } of findFigures(text)) {
          const written = formatFigure(figure);
          expect(bounds(parseFigure(written)), `${figure.text} → ${written}`).toEqual(bounds(figure));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back hedged counts of any size', () => {
    const hedges = ['', 'at least ', 'more than ', 'just over ', 'up to ', 'fewer than ', 'about ', 'nearly ', 'several ', 'between 3 and '];
    fc.assert(
      fc.property(fc.constantFrom(...hedges), fc.oneof(fc.nat(), fc.nat({ max: Number.MAX_SAFE_INTEGER }), fc.constant(2 ** 80)), (hedge, n) => {
        const figure = parseFigure(`${hedge}${formatCount(n)}`);
        if (figure === null) return;
        expect(bounds(parseFigure(formatFigure(figure)))).toEqual(bounds(figure));
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  about,
  aboutRange,
  atLeast,
  atMost,
  CONTRACT_ROWS,
  exact,
  fewerThan,
  justOver,
  lowerBound,
  moreThan,
  nearly,
  none,
  range,
  upperBound,
  vague,
  type Expectation,
} from '../../tests/fixtures/figureContract.js';
import { anyText, figureText } from '../../tests/fixtures/figureText.js';
import type { Figure } from './schemas.js';
import { defaultVocabulary } from '../vocabulary/defaultVocabulary.js';
import { findFigures } from './findFigures.js';
import { parseFigure } from './parseFigure.js';

const bounds = (f: Figure | null) => (f === null ? null : { low: f.low, high: f.high, stated: f.stated, hedge: f.hedge });

function check(text: string, expectation: Expectation, options?: Parameters<typeof parseFigure>[1]): void {
  expect(bounds(parseFigure(text, options))).toEqual(expectation.want);
}

describe('parseFigure: the contract table', () => {
  it.each(CONTRACT_ROWS.map((r) => [r.row, r.text, r] as const))('%s: %s', (_row, text, row) => {
    const figure = parseFigure(text);
    expect(bounds(figure)).toEqual(row.want);
    // Every wording of the table is all figure, so the span is the whole text; but "no soldiers"
    // counts with "no" alone, as "at least seven soldiers" does with "at least seven".
    if (row.want !== null) expect(figure?.text).toBe(text === 'no soldiers' ? 'no' : text);
  });

  it('gives exact whole-number bounds where floating point would not ("about 28,000")', () => {
    // 28000 × 1.1 is 30800.000000000004 in floating point; its ceiling would be 30801.
    expect(bounds(parseFigure('about 28,000'))).toEqual({ low: 25200, high: 30800, stated: 28000, hedge: 'about' });
    expect(bounds(parseFigure('some 3,000'))).toEqual({ low: 2700, high: 3300, stated: 3000, hedge: 'about' });
  });

  it('parses the first figure and ignores the words around it', () => {
    const f = parseFigure('The army said at least seven soldiers were killed and 12 wounded.');
    expect(f).toEqual({ low: 7, high: null, stated: 7, hedge: 'at-least', text: 'at least seven' });
  });

  it('returns null when there is no figure', () => {
    for (const text of ['', '   ', 'Officials declined to comment.', 'many', 'some soldiers', 'hundred', 'a', 'the']) {
      expect(parseFigure(text)).toBeNull();
    }
  });
});

describe('parseFigure: numbers', () => {
  it.each([
    ['1,200', exact(1200)],
    ['1\u202f200', exact(1200)],
    ['1\u00a0200', exact(1200)],
    ['10,000,000', exact(10_000_000)],
    ['007', exact(7)],
    ['twenty one', exact(21)],
    ['ninety-nine', exact(99)],
    ['fourty', exact(40)],
    ['one-hundred', exact(100)],
    ['a thousand', exact(1000)],
    ['three dozen', exact(36)],
    ['3 dozen', exact(36)],
    ['two thousand three hundred', exact(2300)],
    ['two thousand three hundred and six', exact(2306)],
    ['one million two hundred thousand', exact(1_200_000)],
    ['7.5 billion', exact(7_500_000_000)],
    ['1.25 million', exact(1_250_000)],
    ['0.5 million', exact(500_000)],
    ['half a million', exact(500_000)],
    ['more than half a million', moreThan(500_000)],
    ['nearly a quarter of a million', nearly(250_000)],
    ['one and a half million', exact(1_500_000)],
    ['2 bn', exact(2_000_000_000)],
    ['200 thousand', exact(200_000)],
  ] as const)('%s', (text, expectation) => check(text, expectation));

  it('reads only whole counts: a decimal without a magnitude is a measurement, not a figure', () => {
    expect(parseFigure('1.5')).toBeNull();
    expect(parseFigure('2.5 tons')).toBeNull();
    expect(parseFigure('nearly 2.5')).toBeNull();
    // 1.2345678 million is 1,234,567.8: no whole count.
    expect(parseFigure('1.2345678 million')).toBeNull();
    // A whole count later in the text is still found.
    expect(bounds(parseFigure('2.5 tons and 40 dead'))).toEqual(exact(40).want);
  });

  it('reads a space as a separator only when it is a thin or no-break space', () => {
    // "1 200" in plain spaces is two numbers; the first is the figure.
    expect(bounds(parseFigure('1 200'))).toEqual(exact(1).want);
  });

  it('skips numbers too large for a finite bound', () => {
    expect(parseFigure('9'.repeat(400))).toBeNull();
    expect(parseFigure(`about ${'9'.repeat(309)}`)).toBeNull();
  });

  it('reads counts up to 2^53 − 1 and no further: beyond it no double holds a count exactly', () => {
    expect(bounds(parseFigure('9,007,199,254,740,991 votes'))).toEqual(exact(Number.MAX_SAFE_INTEGER).want);
    expect(parseFigure('9,007,199,254,740,992 votes')).toBeNull();
    // A bound beyond it is no count either, whatever the number said.
    expect(parseFigure('about 9,007,199,254,740,000')).toBeNull();
    expect(parseFigure('nearly 9,007,199,254,740,992')).toBeNull();
    expect(parseFigure('9,999,999 billion')).toBeNull();
  });
});

describe('parseFigure: signed numbers are not counts', () => {
  // They read as a count of 5 before: a figure is never negative, so "-5" cannot be one.
  it.each(['-5', '−5 soldiers', '–5 killed', '(-5)', 'minus 5', 'Minus five', 'negative 12', 'about -5', '-5 to 10', 'at least −3'])('%s', (text) => {
    expect(parseFigure(text)).toBeNull();
  });

  it('still reads the counts around them, ranges with a dash, and names with a hyphen', () => {
    expect(bounds(parseFigure('at -5 degrees, 7 soldiers died'))).toEqual(exact(7).want);
    expect(findFigures('minus 5 and 9 soldiers, -3 and 4').map((f) => f.figure.text)).toEqual(['9', '4']);
    expect(parseFigure('10 -15')?.hedge).toBe('range');
    expect(parseFigure('10-15')?.hedge).toBe('range');
    expect(parseFigure('twenty-five')?.low).toBe(25);
    expect(parseFigure('F-16')).toBeNull();
  });
});

describe('parseFigure: hedges beyond the basic table', () => {
  it.each([
    ['exactly 40', exact(40)],
    ['estimated 100', about(100)],
    ['upward of 30', moreThan(30)],
    ['as high as 900', atMost(900)],
    ['as much as 40,000', atMost(40_000)],
    ['300 plus', atLeast(300)],
    ['300 or more', atLeast(300)],
    ['300 or fewer', atMost(300)],
    ['300 or less', atMost(300)],
    ['200-odd', about(200)],
    ['20,000 at most', atMost(20_000)],
    ['50 at least', atLeast(50)],
    ['more or less 4,500', about(4500)],
    ['a 3,000-strong force', exact(3000)],
    ['more than a dozen', moreThan(12)],
    ['under a dozen', fewerThan(12)],
    ['over a hundred', moreThan(100)],
    ['almost one hundred', nearly(100)],
    ['about 1.5 million', about(1_500_000)],
    ['just over 1.5 million', justOver(1_500_000)],
    ['nearly 1', { want: { low: 0, high: 0, stated: 1, hedge: 'nearly' }, said: [1] }],
    ['fewer than 1', fewerThan(1)],
    // "Fewer than zero" cannot be; the bounds stay non-negative.
    ['fewer than 0', { want: { low: 0, high: 0, stated: 0, hedge: 'fewer-than' }, said: [0] }],
    ['about 0', about(0)],
    // A prefix wins over a suffix: the suffix is part of the wording, not a second hedge.
    ['over 30 or so', moreThan(30)],
  ] as const)('%s', (text, expectation) => check(text, expectation));

  it('keeps a suffix in the span: "300 or so" is all one figure', () => {
    expect(parseFigure('some 300 or so people')?.text).toBe('some 300 or so');
    expect(parseFigure('a 3,000-strong force')?.text).toBe('3,000-strong');
    expect(parseFigure('there were 20,000 at most at the march')?.text).toBe('20,000 at most');
    // A number after "at least" is a figure of its own, with its hedge.
    expect(parseFigure('in Ward 5 at least 30 people')?.text).toBe('5');
  });
});

describe('parseFigure: ranges', () => {
  it.each([
    ['10 — 15', range(10, 15)],
    ['10,000 - 15,000', range(10_000, 15_000)],
    ['between 10-15', range(10, 15)],
    ['from 10-15', range(10, 15)],
    ['five-six', range(5, 6)],
    ['one or two', range(1, 2)],
    ['15 to 10', range(10, 15)],
    ['between 15 and 10', range(10, 15)],
    // The magnitude of the second number applies to a bare first one.
    ['2 to 3 million', range(2_000_000, 3_000_000)],
    ['between two and three thousand', range(2000, 3000)],
    ['from 2 to 3 million', range(2_000_000, 3_000_000)],
    ['1.5-2 million', range(1_500_000, 2_000_000)],
    ['10 to 15 thousand', range(10_000, 15_000)],
    ['200 to 3 million', range(200, 3_000_000)],
    ['some 2 to 3 million', aboutRange(2_000_000, 3_000_000)],
    ['only 10 to 15', range(10, 15)],
    ['just 10-15', range(10, 15)],
  ] as const)('%s', (text, expectation) => check(text, expectation));

  it('opens a range in the direction of a one-sided hedge, with that end as the stated number', () => {
    // Decision: "at least 10 to 15" says the count is at least 10 (the low end of the claim).
    check('at least 10 to 15', atLeast(10));
    check('more than 10-15', moreThan(10));
    check('up to 10 to 15', atMost(15));
    check('fewer than 10 to 15', fewerThan(15));
    expect(parseFigure('up to 10-15 people')?.text).toBe('up to 10-15');
  });

  it('moves both ends of a range for "nearly" and "just over", and keeps it a range', () => {
    check('nearly 10 to 20', { want: { low: lowerBound(10), high: 19, stated: null, hedge: 'range' }, said: [10, 20] });
    check('just over 10 to 20', { want: { low: 11, high: upperBound(20), stated: null, hedge: 'range' }, said: [10, 20] });
  });

  it('does not read a score or a shortened span as a range', () => {
    expect(parseFigure('a 3-1 win')).toBeNull();
    expect(parseFigure('10-15-year-olds')).toBeNull();
    expect(bounds(parseFigure('10-15-year-olds and 10-15 adults'))).toEqual(range(10, 15).want);
  });
});

describe('parseFigure: vague words', () => {
  it.each([
    ['several hundred thousand', vague(300_000, 900_000)],
    ['a few dozen', vague(24, 60)],
    ['several dozen', vague(36, 108)],
    ['a few million', vague(2_000_000, 5_000_000)],
    ['several billion', vague(3_000_000_000, 9_000_000_000)],
    ['several hundreds', vague(300, 900)],
    ['several thousands of people', vague(3000, 9000)],
    ['a handful of protesters', vague(2, 5)],
    ['hundreds of millions', vague(200_000_000, 999_999_999)],
    ['tens of millions', vague(20_000_000, 99_999_999)],
    ['fewer than dozens', vague(0, 99, 'fewer-than')],
    ['just over dozens', vague(24, null, 'more-than')],
    ['just a few', vague(2, 5)],
    ['some dozens', vague(24, 99, 'about')],
    ['at least several hundred', vague(300, null, 'at-least')],
    ['Hundreds OF Thousands', vague(200_000, 999_999)],
  ] as const)('%s', (text, expectation) => check(text, expectation));

  it('does not read a bare "few" or "many" as a figure', () => {
    expect(parseFigure('over the past few days')).toBeNull();
    expect(parseFigure('few soldiers')).toBeNull();
    expect(parseFigure('many soldiers')).toBeNull();
  });
});

describe('parseFigure: zero', () => {
  it.each([
    ['No one was hurt', exact(0)],
    ['no-one', exact(0)],
    ['No-one', exact(0)],
    ['no civilians', exact(0)],
    ['no deaths', exact(0)],
    ['no casualties', exact(0)],
    ['There was no casualty', exact(0)],
    ['no injuries', exact(0)],
    ['no fatalities', exact(0)],
    ['no injury', exact(0)],
    ['no death', exact(0)],
    ['no security forces were killed', exact(0)],
    ['none of the soldiers', exact(0)],
    ['no comment', none],
    ['no way', none],
    ['no', none],
  ] as const)('%s', (text, expectation) => check(text, expectation));

  it('reads "no" before every outcome word of the vocabulary, singular or plural', () => {
    const plural = (w: string): string => (/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : w.endsWith('s') ? w : `${w}s`);
    const words = defaultVocabulary.outcomes.flatMap((o) => [o.id, ...(o.aliases ?? [])]).filter((w) => w.split(' ').length <= 2);
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.boolean(), (word, many) => {
        check(`no ${many ? plural(word) : word}`, exact(0));
      }),
    );
  });

  it('spans only the zero word of "no <subject>"', () => {
    expect(parseFigure('no soldiers died')?.text).toBe('no');
  });

  it('asks options.isTerm which words after "no" are subjects', () => {
    check('no injuries', exact(0), { isTerm: (w) => w === 'injuries' });
    check('no soldiers', none, { isTerm: () => false });
    const asked: string[] = [];
    parseFigure('no Security forces', { isTerm: (w) => (asked.push(w), false) });
    expect(asked).toEqual(['security', 'security forces']);
  });
});

describe('parseFigure: numbers that are not counts', () => {
  it.each([
    'F-16', 'G20', '24th', 'the 1990s', 'a 9mm pistol', 'COVID-19', 'a Mi-17', '9/11', '24/7', 'at 10:30', 'a 12-year-old',
    'two-thirds', 'twenty-first', 'October 17', 'Oct. 17', '17 October', 'November 2008', 'on May 5', 'in 2009', 'since 2001',
    'until 2014', 'during 1999', 'the 1979-1989 occupation', 'the 1979-89 war', 'from 2001 to 2009', 'between 1990 and 2000',
  ])('%s', (text) => {
    expect(parseFigure(text)).toBeNull();
  });

  it('still reads the count next to a date', () => {
    expect(parseFigure('On October 17, 2009, 60 died')?.text).toBe('60');
    expect(parseFigure('In March 300 people marched')?.text).toBe('300');
    // "may" in lower case is the verb, not the month.
    expect(parseFigure('they may 5')?.text).toBe('5');
    expect(parseFigure('the F-16 and 3 helicopters')?.text).toBe('3');
  });

  it('reads a bare year as a count, as it cannot be told from one', () => {
    expect(bounds(parseFigure('the 2009 attack'))).toEqual(exact(2009).want);
  });
});

describe('parseFigure: options', () => {
  const t = (num: bigint, den: bigint) => ({ num, den });

  it('widens "about", "nearly" and "just over" by options.tolerance', () => {
    check('about 100', about(100, t(1n, 5n)), { tolerance: 0.2 });
    check('nearly 300', nearly(300, t(1n, 5n)), { tolerance: 0.2 });
    check('just over 100', justOver(100, t(1n, 5n)), { tolerance: 0.2 });
    check('about 10 to 20', aboutRange(10, 20, t(1n, 4n)), { tolerance: 0.25 });
    check('about 28,000', about(28000, t(3n, 100n)), { tolerance: 0.03 });
  });

  it('keeps "nearly" below and "just over" above N at tolerance 0', () => {
    check('about 100', about(100, t(0n, 1n)), { tolerance: 0 });
    check('nearly 100', { want: { low: 99, high: 99, stated: 100, hedge: 'nearly' }, said: [100] }, { tolerance: 0 });
    check('just over 100', { want: { low: 101, high: 101, stated: 100, hedge: 'more-than' }, said: [100] }, { tolerance: 0 });
  });

  it('takes vague intervals from options.vague, word by word', () => {
    const options = { vague: { dozens: [20, 99], several: [2, 8] } } as const;
    check('dozens', vague(20, 99), options);
    check('at least dozens', vague(20, null, 'at-least'), options);
    check('several hundred', vague(200, 800), options);
    check('hundreds', vague(200, 999), options);
  });

  it.each([
    [{ tolerance: -0.1 }, /^parseFigure: options\.tolerance/],
    [{ tolerance: 1 }, /^parseFigure: options\.tolerance/],
    [{ tolerance: Number.NaN }, /^parseFigure: options\.tolerance/],
    [{ tolerance: '0.1' }, /^parseFigure: options\.tolerance/],
    [{ vague: { dozen: [1, 2] } }, /^parseFigure: options\.vague\.dozen is not a vague word/],
    [{ vague: { dozens: [5, 2] } }, /^parseFigure: options\.vague\.dozens must be/],
    [{ vague: { dozens: [-1, 2] } }, /^parseFigure: options\.vague\.dozens must be/],
    [{ vague: { dozens: [1.5, 2] } }, /^parseFigure: options\.vague\.dozens must be/],
    [{ vague: { dozens: [1, Number.POSITIVE_INFINITY] } }, /^parseFigure: options\.vague\.dozens must be/],
    [{ vague: { dozens: 'many' } }, /^parseFigure: options\.vague\.dozens must be/],
    [{ vague: { constructor: [1, 2] } }, /^parseFigure: options\.vague\.constructor is not a vague word/],
    [{ vague: 'dozens' }, /^parseFigure: options\.vague must be an object/],
    [{ isTerm: 'soldiers' }, /^parseFigure: options\.isTerm must be a function/],
    [null, /^parseFigure: options must be an object/],
  ])('throws a RangeError for invalid options %j', (options, message) => {
    const call = () => parseFigure('at least 7', options as never);
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
    // Even when the text has no figure, so that a bad configuration is never silent.
    expect(() => parseFigure('', options as never)).toThrow(RangeError);
  });
});

describe('parseFigure: properties', () => {
  const isValid = (f: Figure): boolean =>
    Number.isSafeInteger(f.low) || (Number.isInteger(f.low) && Number.isFinite(f.low))
      ? f.low >= 0 && (f.high === null || (Number.isFinite(f.high) && Number.isInteger(f.high) && f.low <= f.high))
      : false;

  it('never throws, and returns null or a valid figure, on any string', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, figureText), (text) => {
        const f = parseFigure(text);
        if (f !== null) {
          expect(isValid(f)).toBe(true);
          expect(text).toContain(f.text);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('gives valid figures on text made of its own vocabulary', () => {
    let figures = 0;
    fc.assert(
      fc.property(figureText, fc.double({ min: 0, max: 0.99, noNaN: true }), (text, tolerance) => {
        const f = parseFigure(text, { tolerance });
        if (f === null) return;
        figures++;
        expect(isValid(f)).toBe(true);
        expect(f.stated === null || (Number.isFinite(f.stated) && f.stated >= 0)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    // The generator must reach the scanner's figure paths, not only its "nothing here" path.
    expect(figures).toBeGreaterThan(1000);
  });

  it('bounds "about N" and "nearly N" exactly for any whole N, written with separators', () => {
    // Up to half the largest count, so that N(1 + t) is a count too.
    fc.assert(
      fc.property(fc.nat({ max: Math.floor(Number.MAX_SAFE_INTEGER / 2) }), fc.integer({ min: 0, max: 99 }), (n, percent) => {
        const tolerance = percent / 100;
        const written = n.toLocaleString('en-US');
        const t = { num: BigInt(percent), den: 100n };
        expect(bounds(parseFigure(`about ${written}`, { tolerance }))).toEqual(about(n, t).want);
        const high = Math.max(0, n - 1);
        expect(bounds(parseFigure(`nearly ${written}`, { tolerance }))).toEqual({
          low: Math.min(lowerBound(n, t), high),
          high,
          stated: n,
          hedge: 'nearly',
        });
      }),
    );
  });
});

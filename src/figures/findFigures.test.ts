import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedFolder } from '../../examples/lib/sharedData.js';
import { anyText, figureText } from '../../tests/fixtures/figureText.js';
import { findFigures } from './findFigures.js';
import { parseFigure } from './parseFigure.js';

const spans = (text: string) => findFigures(text).map((m) => text.slice(m.start, m.end));

describe('findFigures', () => {
  it('finds every figure, left to right, with spans that slice back to the wording', () => {
    const text = 'Five soldiers were killed; the Taliban claimed 68.';
    const matches = findFigures(text);
    expect(matches.map((m) => [m.figure.low, m.start, m.end])).toEqual([
      [5, 0, 4],
      [68, 47, 49],
    ]);
    for (const m of matches) expect(text.slice(m.start, m.end)).toBe(m.figure.text);
  });

  it('finds several hedged figures in one sentence', () => {
    const text = 'Over 30 militants were killed and ten soldiers injured after some 500 troops, up to hundreds of police and between 10 and 15 tanks moved in.';
    expect(spans(text)).toEqual(['Over 30', 'ten', 'some 500', 'up to hundreds', 'between 10 and 15']);
    expect(findFigures(text).map((m) => m.figure.hedge)).toEqual(['more-than', 'exact', 'about', 'at-most', 'range']);
  });

  it('does not take names, ordinals, dates or adjectives for counts', () => {
    const text =
      'An F-16 and a Mi-17 flew over the G20 summit on the 24th, on October 17, 2009, in 2009 and after 9/11; a 12-year-old saw two-thirds of 300 tanks.';
    expect(spans(text)).toEqual(['300']);
  });

  it('keeps spans on character boundaries around astral characters', () => {
    const text = '😀 at least 7 😀 dozens😀';
    const matches = findFigures(text);
    expect(spans(text)).toEqual(['at least 7']);
    // "dozens" glued to an emoji is one word with it, as letters would be.
    expect(matches).toHaveLength(1);
    expect(text.codePointAt(matches[0]?.start ?? 0)).toBe(0x61);
  });

  // The articles live beside the repository, not in it.
  const seeds = sharedFolder('seeds');
  it.skipIf(seeds === undefined)('reads the figures of the seed articles', () => {
    const dir = seeds ?? new URL('file:///nowhere/');
    const texts = readdirSync(dir).map((file) => readFileSync(new URL(file, dir), 'utf8'));
    const all = texts.flatMap((text) => spans(text));
    for (const wording of ['only one', 'tens of thousands', 'about 10,000 to 15,000', 'About 28,000', 'Over 30', 'some 500', 'at least 28', 'Nearly 300', 'at least seven', 'several']) {
      expect(all).toContain(wording);
    }
    // Dates and year spans in the seeds are not counts.
    for (const notCount of ['2008', '1979', '1989', '1979-1989']) expect(all).not.toContain(notCount);
  });

  it('never reads a figure across a paragraph break: its span stays inside one paragraph', () => {
    const spans = (text: string) => findFigures(text).map((f) => [f.figure.text, f.figure.hedge]);
    // These read as one figure across the blank line before ("at least\n\n7" was at least 7).
    expect(spans('The army said at least\n\n7 soldiers died.')).toEqual([['7', 'exact']]);
    expect(spans('The toll was 10\r\n\r\nto 15 more were hurt.')).toEqual([['10', 'exact'], ['15', 'exact']]);
    expect(spans('about\u2029300 marched')).toEqual([['300', 'exact']]);
    expect(spans('twenty\n  \nfive')).toEqual([['twenty', 'exact'], ['five', 'exact']]);
    // A single line break, as in a wrapped column, is white space like any other.
    expect(spans('at least\n7 soldiers, 10\r\nto 15 police')).toEqual([['at least\n7', 'at-least'], ['10\r\nto 15', 'range']]);
  });

  it('returns an empty list for text without figures and for non-strings', () => {
    expect(findFigures('')).toEqual([]);
    expect(findFigures('no comment')).toEqual([]);
    expect(findFigures(undefined as unknown as string)).toEqual([]);
  });

  it('throws a RangeError prefixed with its name for invalid options', () => {
    expect(() => findFigures('7', { tolerance: 2 })).toThrow(RangeError);
    expect(() => findFigures('7', { tolerance: 2 })).toThrow(/^findFigures: options\.tolerance/);
    expect(() => findFigures('7', { vague: { heaps: [1, 2] } as never })).toThrow(/^findFigures: options\.vague\.heaps/);
  });

  it('calls options.isTerm again from inside itself without mixing up the two scans', () => {
    const inner: string[][] = [];
    const isTerm = (w: string): boolean => {
      inner.push(spans(`${w} 1 2 3 or 4`));
      return w === 'soldiers';
    };
    expect(findFigures('no soldiers and 5 more', { isTerm }).map((m) => m.figure.text)).toEqual(['no', '5']);
    expect(inner).toEqual([['1', '2', '3 or 4']]);
  });
});

describe('findFigures: the ring of tokens', () => {
  it('reads a figure the same wherever it falls in a long text, across the ring\'s wrap', () => {
    // The scanner keeps 256 tokens in a ring; figures placed at every offset around a wrap, and
    // several wraps in, must read as they do alone.
    const phrase = 'between ten and twenty thousand, about 10,000 to 15,000, and one hundred and twenty-five';
    const alone = findFigures(phrase).map((m) => m.figure);
    for (let filler = 230; filler <= 270; filler++) {
      for (const wraps of [0, 3]) {
        const text = `${'word '.repeat(filler + 256 * wraps)}${phrase}`;
        expect(findFigures(text).map((m) => m.figure)).toEqual(alone);
      }
    }
  });
});

describe('findFigures: properties', () => {
  it('never throws; spans are increasing, non-overlapping and slice back to each figure', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, figureText), (text) => {
        let last = 0;
        for (const m of findFigures(text)) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(text.slice(m.start, m.end)).toBe(m.figure.text);
          last = m.end;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('finds first what parseFigure finds', () => {
    fc.assert(
      fc.property(figureText, (text) => {
        expect(findFigures(text)[0]?.figure ?? null).toEqual(parseFigure(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives no figure whose text holds a paragraph break', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(figureText, fc.constantFrom('\n\n', '\r\n\r\n', '\u2029', '\n \n')), { maxLength: 6 }), (parts) => {
        for (const { figure } of findFigures(parts.join(' '))) expect(figure.text).not.toMatch(/(\r\n|[\n\r\u2028])\s*(\r\n|[\n\r\u2028])|\u2029/);
      }),
      { numRuns: 500 },
    );
  });

  it('finds the same figures in a text wherever it is embedded after a sentence break', () => {
    fc.assert(
      fc.property(figureText, figureText, (before, text) => {
        const shift = `${before}\n. `.length;
        const embedded = findFigures(`${before}\n. ${text}`)
          .filter((m) => m.start >= shift)
          .map((m) => ({ ...m, start: m.start - shift, end: m.end - shift }));
        expect(embedded).toEqual(findFigures(text));
      }),
      { numRuns: 500 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText } from '../../tests/fixtures/figureText.js';
import { W } from './knownWords.js';
import { DASH, DECIMALS_SHIFT, END, GROUPED, ID_SHIFT, KIND, lexed, lexToken, NUM, OTHER, PARAGRAPH, PLUS, SPACED, WORD } from './lexToken.js';

interface Token {
  readonly kind: number;
  readonly text: string;
  readonly spaced: boolean;
  readonly id: number;
  readonly value: number;
  readonly meta: number;
  readonly start: number;
}

function all(text: string): Token[] {
  const out: Token[] = [];
  for (let pos = 0; ; ) {
    const meta = lexToken(text, pos);
    if (meta === END) return out;
    out.push({ kind: meta & KIND, text: text.slice(lexed.start, lexed.end), spaced: (meta & SPACED) !== 0, id: meta >>> ID_SHIFT, value: lexed.value, meta, start: lexed.start });
    pos = lexed.end;
  }
}

describe('lexToken', () => {
  it("splits words, numbers and marks, and knows the scanner's words in any case", () => {
    const tokens = all('At LEAST 1,200 soldiers—and 300+');
    expect(tokens.map((t) => t.text)).toEqual(['At', 'LEAST', '1,200', 'soldiers', '—', 'and', '300', '+']);
    expect(tokens.map((t) => t.kind)).toEqual([WORD, WORD, NUM, WORD, DASH, WORD, NUM, PLUS]);
    expect(tokens.map((t) => t.id)).toEqual([W.at, W.least, 0, 0, 0, W.and, 0, 0]);
    expect(tokens.map((t) => t.spaced)).toEqual([true, true, true, true, false, false, true, false]);
  });

  it('reads digits with thousands separators and decimals', () => {
    expect(all('1,200 1\u202f200 1\u00a0200 12,34 1,2345 7.5 1.25.3 007').map((t) => [t.text, t.value])).toEqual([
      ['1,200', 1200],
      ['1\u202f200', 1200],
      ['1\u00a0200', 1200],
      // Not thousands groups: two digits, or four.
      ['12', 12], [',', Number.NaN], ['34', 34],
      ['1', 1], [',', Number.NaN], ['2345', 2345],
      ['7.5', 7.5],
      ['1.25', 1.25], ['.', Number.NaN], ['3', 3],
      ['007', 7],
    ]);
    const [grouped, decimal] = all('1,200 7.25');
    expect([(grouped?.meta ?? 0) & GROUPED, ((decimal?.meta ?? 0) >>> DECIMALS_SHIFT) & 255, (decimal?.meta ?? 0) & GROUPED]).toEqual([GROUPED, 2, 0]);
  });

  it('reads long digit runs as the nearest double, like Number()', () => {
    const digits = '12345678901234567890123';
    expect(all(digits)[0]?.value).toBe(Number(digits));
    expect(all('1,000,000,000,000,000,000,000')[0]?.value).toBe(1e21);
    expect(all('0.1234567890123456789')[0]?.value).toBe(0.1234567890123456789);
  });

  it('makes digits glued to letters one OTHER token: "24th" and "9mm" are not counts', () => {
    expect(all('24th 9mm x1 1990s').map((t) => [t.kind, t.text])).toEqual([
      [OTHER, '24th'],
      [OTHER, '9mm'],
      [WORD, 'x'],
      [NUM, '1'],
      [OTHER, '1990s'],
    ]);
  });

  it('keeps apostrophes inside words, and never splits a surrogate pair', () => {
    expect(all("didn't Pakistan’s 'quoted'").map((t) => t.text)).toEqual(["didn't", 'Pakistan’s', "'", 'quoted', "'"]);
    // Some copy types a backtick for the apostrophe: "Turkey`s military".
    expect(all('Turkey`s military').map((t) => t.text)).toEqual(['Turkey`s', 'military']);
    expect(all('7😀⌚').map((t) => t.text)).toEqual(['7😀⌚']);
    expect(all('7 ← 😀').map((t) => t.text)).toEqual(['7', '←', '😀']);
    // A word with an apostrophe is never a known word.
    expect(all("at'least")[0]?.id).toBe(0);
  });

  it('marks a paragraph break (a blank line, or CR LF twice) in the white space before a token', () => {
    const breaks = (text: string): boolean[] => all(text).map((t) => (t.meta & PARAGRAPH) !== 0);
    expect(breaks('a\nb\n\nc\r\n\r\nd\r\ne\r\rf \n \n g')).toEqual([false, false, true, true, false, true, true]);
    // The line and paragraph separators are marks of their own.
    expect(all('a\u2029b\u2028c').map((t) => [t.kind, t.text])).toEqual([[WORD, 'a'], [OTHER, '\u2029'], [WORD, 'b'], [OTHER, '\u2028'], [WORD, 'c']]);
  });

  it('reads no token past the end, with the span at the end of the text', () => {
    expect(lexToken('seven  ', 5)).toBe(END);
    expect([lexed.start, lexed.end, lexed.value]).toEqual([7, 7, Number.NaN]);
  });

  it('covers the text: tokens are in order, do not overlap, and leave only spaces between them', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let last = 0;
        for (const [k, token] of all(text).entries()) {
          expect(token.start).toBeGreaterThanOrEqual(last);
          expect(token.text.length).toBeGreaterThan(0);
          expect(text.slice(last, token.start)).toMatch(/^[\s\u200b]*$/);
          expect(token.spaced).toBe(k === 0 || token.start > last);
          last = token.start + token.text.length;
        }
        expect(text.slice(last)).toMatch(/^[\s\u200b]*$/);
      }),
    );
  });
});

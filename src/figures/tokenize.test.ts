import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText } from '../../tests/fixtures/figureText.js';
import { W } from './knownWords.js';
import { DASH, END, NUM, OTHER, PLUS, tokenize, WORD, type Tokens } from './tokenize.js';

function all(text: string): { kind: number; text: string; spaced: boolean; id: number; value: number }[] {
  const tokens = tokenize(text);
  const out = [];
  for (let i = 0; tokens.kind(i) !== END; i++) {
    out.push({ kind: tokens.kind(i), text: text.slice(tokens.start(i), tokens.end(i)), spaced: tokens.spaced(i), id: tokens.id(i), value: tokens.value(i) });
  }
  tokens.release();
  return out;
}

describe('tokenize', () => {
  it('splits words, numbers and marks, and knows the scanner\'s words in any case', () => {
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
    const tokens = tokenize('1,200 7.25');
    expect([tokens.grouped(0), tokens.decimals(0), tokens.grouped(1), tokens.decimals(1)]).toEqual([true, 0, false, 2]);
    tokens.release();
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

  it('reads lazily, and reads past the end and before the start as no token', () => {
    const tokens = tokenize('seven soldiers and then a very long tail');
    expect(tokens.id(0)).toBe(W.seven);
    // Reading past the end, and before the start, gives END and neutral values.
    expect([tokens.kind(-1), tokens.id(-1), tokens.spaced(-1), tokens.code(-1)]).toEqual([END, 0, false, -1]);
    expect([tokens.kind(99), tokens.value(99), tokens.start(99), tokens.end(99)]).toEqual([END, Number.NaN, 40, 40]);
    expect(tokens.slice(0, 2)).toBe('seven soldiers');
    expect(tokens.lower(0)).toBe('seven');
    tokens.release();
  });

  it('gives each of two live token lists its own storage', () => {
    const a = tokenize('one two');
    const b = tokenize('three');
    expect([a.id(0), a.id(1), b.id(0), a.kind(2), b.kind(1)]).toEqual([W.one, W.two, W.three, END, END]);
    b.release();
    a.release();
    const c: Tokens = tokenize('four');
    expect(c.id(0)).toBe(W.four);
    c.release();
  });

  it('covers the text: tokens are in order, do not overlap, and leave only spaces between them', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenize(text);
        let last = 0;
        for (let i = 0; tokens.kind(i) !== END; i++) {
          expect(tokens.start(i)).toBeGreaterThanOrEqual(last);
          expect(tokens.end(i)).toBeGreaterThan(tokens.start(i));
          expect(text.slice(last, tokens.start(i))).toMatch(/^[\s\u200b]*$/);
          expect(tokens.spaced(i)).toBe(i === 0 || tokens.start(i) > last);
          last = tokens.end(i);
        }
        expect(text.slice(last)).toMatch(/^[\s\u200b]*$/);
        tokens.release();
      }),
    );
  });
});

describe('tokenize over a window (forget)', () => {
  it('reads a long text through a window the same as whole, and refuses a forgotten token', () => {
    const text = 'At least 1,200 people, about 30 soldiers and 7.5 tonnes — F-16s; "none" of them. '.repeat(2000);
    const whole = tokenize(text);
    const expected: unknown[] = [];
    for (let i = 0; whole.kind(i) !== END; i++) expected.push([whole.kind(i), whole.id(i), whole.value(i), whole.start(i), whole.end(i), whole.spaced(i)]);
    whole.release();
    const windowed = tokenize(text);
    const read: unknown[] = [];
    for (let i = 0; windowed.kind(i) !== END; i++) {
      windowed.forget(i - 3);
      read.push([windowed.kind(i), windowed.id(i), windowed.value(i), windowed.start(i), windowed.end(i), windowed.spaced(i)]);
      // Three back is still there.
      if (i >= 3) expect(windowed.start(i - 3)).toBe(expected[i - 3] !== undefined ? (expected[i - 3] as number[])[3] : -1);
    }
    expect(read).toEqual(expected);
    expect(expected.length).toBeGreaterThan(10_000);
    expect(() => windowed.kind(0)).toThrow('tokenize: token 0 was read after forget(');
    windowed.release();
  });
});

import { describe, expect, it } from 'vitest';
import { W } from './knownWords.js';
import { code, end, id, kind, lower, restoreTokens, saveTokens, slice, spaced, start, value } from './figureTokens.js';
import { DASH, END, NUM, WORD } from './lexToken.js';
import { attemptOn } from '../../tests/fixtures/figureAttempt.js';

describe('figureTokens', () => {
  it('reads the tokens after the first as asked, and none past the end', () => {
    expect(attemptOn('at least 1,200 soldiers', 0)).toBe(true);
    expect([id(0), id(1), value(2), kind(3), kind(4)]).toEqual([W.at, W.least, 1200, WORD, END]);
    expect([start(4), end(4), value(4), code(4), spaced(4)]).toEqual([23, 23, Number.NaN, -1, false]);
    expect([slice(0, 3), lower(1)]).toEqual(['at least 1,200', 'least']);
  });

  it('reads the four tokens before the first as the scanner read them, and none before those or the text', () => {
    expect(attemptOn('Oct. 17, 2009 - 5', 6)).toBe(true);
    expect([kind(6), kind(5), value(4), code(3), value(2), kind(1)]).toEqual([NUM, DASH, 2009, 44, 17, END]);
    // Spacing before a token read back is the text's, not where the reading started.
    expect([spaced(5), spaced(4), spaced(3), spaced(2)]).toEqual([true, true, false, true]);
    expect(attemptOn('a 5', 1)).toBe(true);
    expect([id(0), kind(-1), start(-1)]).toEqual([W.a, END, 3]);
  });

  it('reads nothing after a paragraph break past the first token', () => {
    expect(attemptOn('at least\n\n7 soldiers', 0)).toBe(true);
    expect([id(1), kind(2), kind(3)]).toEqual([W.least, END, END]);
    // A break before the first token does not fence it, nor the tokens before it.
    expect(attemptOn('five\n\nseven soldiers', 1)).toBe(true);
    expect([id(0), id(1), kind(2)]).toEqual([W.five, W.seven, WORD]);
  });

  it('keeps an attempt whole across a nested one between save and restore', () => {
    expect(attemptOn('twenty soldiers', 0)).toBe(true);
    expect(id(0)).toBe(W.twenty);
    const saved = saveTokens();
    expect(attemptOn('three', 0)).toBe(true);
    expect([id(0), kind(1)]).toEqual([W.three, END]);
    restoreTokens(saved);
    expect([id(0), kind(1), lower(1)]).toEqual([W.twenty, WORD, 'soldiers']);
  });
});

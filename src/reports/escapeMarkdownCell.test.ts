import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownCell } from './escapeMarkdownCell.js';

describe('escapeMarkdownCell', () => {
  it('keeps a table row whole whatever the cell holds', () => {
    const cell = escapeMarkdownCell('TTP | fake\n| a | b |\r\nrow');
    expect(cell).toBe('TTP \\| fake \\| a \\| b \\| row');
    expect(cell).not.toMatch(/[\r\n]/);
  });

  it('disarms links, images, code and HTML', () => {
    expect(escapeMarkdownCell('![x](http://e/a.png) [y](javascript:1) `z` <img src=x>')).toBe(
      '!\\[x\\](http\\://e/a.png) \\[y\\](javascript:1) \\`z\\` \\<img src=x\\>',
    );
  });

  it('disarms what GitHub-flavoured Markdown links by itself: URLs, www. domains, e-mail addresses, @mentions', () => {
    // Unescaped, GFM (marked, cmark-gfm) made each of these a link or a mention.
    expect(escapeMarkdownCell('https://evil.example/x HTTP://e.example WWW.evil.example me@evil.example @editor')).toBe(
      'https\\://evil.example/x HTTP\\://e.example WWW\\.evil.example me\\@evil.example \\@editor',
    );
    expect(escapeMarkdownCell('mailto:me@evil.example')).toBe('mailto:me\\@evil.example');
  });

  it('passes no control character or bidi override on: a terminal or a reader would act on it', () => {
    expect(escapeMarkdownCell('\u001b[31mred\u0007 \u202eevil\u202c \u2066x\u2069 \u0000\u009b\ud800 شهداء 😀')).toBe(
      '\ufffd\\[31mred\ufffd \ufffdevil\ufffd \ufffdx\ufffd \ufffd\ufffd\ufffd شهداء 😀',
    );
  });

  it('escapes what would open a block at the start of a line: heading, list, quote, setext line, code', () => {
    expect(escapeMarkdownCell('# x')).toBe('\\# x');
    expect(escapeMarkdownCell('- x')).toBe('\\- x');
    expect(escapeMarkdownCell('+ x')).toBe('\\+ x');
    expect(escapeMarkdownCell('===')).toBe('\\===');
    expect(escapeMarkdownCell('12. x')).toBe('12\\. x');
    expect(escapeMarkdownCell('1) x')).toBe('1\\) x');
    expect(escapeMarkdownCell('> x')).toBe('\\> x');
    expect(escapeMarkdownCell('\n    # x')).toBe('\\# x');
    // Only at the start: inside a line these are ordinary characters.
    expect(escapeMarkdownCell('x # 1. - y')).toBe('x # 1. - y');
  });

  it('puts a backslash before every special character, and removes nothing but leading blanks', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = escapeMarkdownCell(s);
        expect(out).not.toMatch(/[\r\n\u2028\u2029]/);
        // Every special character is preceded by an odd run of backslashes: it is escaped.
        expect(out).not.toMatch(/(^|[^\\])(\\\\)*[|`[\]<>*_~&]/);
        // Nothing opens a block, nor indents a code block, at the start.
        expect(out).not.toMatch(/^(?:[ \t]|[#+=-]|\d+[.)])/);
        expect(out.replace(/\\(.)/gs, '$1')).toBe(s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/^[ \t]+/, ''));
        // Nothing links by itself.
        expect(out).not.toMatch(/(^|[^\\]):\/\/|www\.|(^|[^\\])@/i);
      }),
    );
  });
});

import { replaceUnsafeCharacters } from '../internal/replaceUnsafeCharacters.js';

const SPECIAL = /[\\|`[\]<>*_~&]/g;
// What GitHub-flavoured Markdown turns into a link or a mention by itself: a URL ("https://"), a
// "www." domain, an e-mail address or an @name. A backslash before ":" of "://", the "." of "www."
// and "@" keeps each as text; a renderer shows none of the backslashes.
const AUTOLINK = /:(?=\/\/)|(?<=www)\.|@/gi;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
// At the start of a line, or of a list item's text, these open a block: an ATX heading (#), a
// list item (- + or "1." "1)"), a setext underline (= -) or, indented, a code block. Blanks there
// show nowhere in Markdown; a backslash makes the marker a plain character.
const LEADING_BLANKS = /^[ \t]+/;
const LEADING_MARKER = /^(?:[#+=-]|\d+(?=[.)]))/;

/**
 * Escapes untrusted text for a Markdown table cell or running Markdown text: the characters that
 * make tables, code, links, images, HTML, emphasis or entities (`\ | \` [ ] < > * _ ~ &`) get a
 * backslash, and line breaks become spaces, so a source name or quote shows as written and cannot
 * end a cell, a row or the table. What GitHub-flavoured Markdown would link by itself (a bare URL,
 * a `www.` domain, an e-mail address, an @mention) is escaped too, and control characters and bidi
 * overrides become U+FFFD (`replaceUnsafeCharacters`). Text that may start a line is safe too:
 * leading blanks go, and a leading heading, list, quote or setext marker (`#`, `-`, `+`, `=`, `1.`,
 * `1)`, `>`) is escaped, so a place named "# x" stays text rather than becoming a heading.
 *
 * @example
 * ```ts
 * escapeMarkdownCell('a|b [x](y) <b>\nnext')
 * //=> 'a\\|b \\[x\\](y) \\<b\\> next'
 * escapeMarkdownCell('# Kotkai')
 * //=> '\\# Kotkai'
 * escapeMarkdownCell('1. Kotkai')
 * //=> '1\\. Kotkai'
 * escapeMarkdownCell('see https://evil.example, www.evil.example or me@evil.example')
 * //=> 'see https\\://evil.example, www\\.evil.example or me\\@evil.example'
 * ```
 */
export function escapeMarkdownCell(text: string): string {
  return replaceUnsafeCharacters(text.replace(LINE_BREAK, ' '))
    .replace(SPECIAL, '\\$&')
    .replace(AUTOLINK, '\\$&')
    .replace(LEADING_BLANKS, '')
    .replace(LEADING_MARKER, (marker) => (/\d/.test(marker) ? `${marker}\\` : `\\${marker}`));
}

import { LONE_SURROGATE } from './findLoneSurrogate.js';

// Characters that a report must not pass on from data: control characters but tab and line breaks
// (NUL, BEL, ESC and the terminal sequences it starts, DEL, the C1 controls), the bidi embeddings,
// overrides and isolates that reorder what a reader sees (U+202A–U+202E, U+2066–U+2069), the
// non-characters U+FFFE and U+FFFF, and lone surrogates.
const UNSAFE = new RegExp(
  // eslint-disable-next-line no-control-regex
  `[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u202a-\\u202e\\u2066-\\u2069\\ufffe\\uffff]|${LONE_SURROGATE.source}`,
  'g',
);

/**
 * Replaces each character a report must not pass on from data with U+FFFD, so that the
 * replacement shows where something was: control characters other than tab and line breaks (so
 * that `--format text` cannot send a terminal escape), bidi embeddings, overrides and isolates (so
 * that text cannot display in an order other than it reads), U+FFFE, U+FFFF and lone surrogates
 * (which neither XML nor UTF-8 can carry). Everything else, right-to-left text and emoji
 * included, is kept.
 *
 * @example
 * ```ts
 * replaceUnsafeCharacters('\u001b[31mred\u001b[0m \u202eevil 😀 شهداء')
 * //=> '\ufffd[31mred\ufffd[0m \ufffdevil 😀 شهداء'
 * ```
 */
export function replaceUnsafeCharacters(text: string): string {
  return text.replace(UNSAFE, '\ufffd');
}

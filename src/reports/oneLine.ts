import { replaceUnsafeCharacters } from '../internal/replaceUnsafeCharacters.js';

/**
 * Collapses every run of whitespace, line breaks included, into one space and trims the ends: names,
 * labels and terms come from data, and a line break in one must not break a line, a label or a
 * snippet of a report. Control characters and bidi overrides become U+FFFD
 * (`replaceUnsafeCharacters`), so a line cannot carry a terminal escape or display reordered.
 *
 * @example
 * ```ts
 * oneLine('  The\nTTP \t spokesman ')
 * //=> 'The TTP spokesman'
 * oneLine('\u001b[2JThe army')
 * //=> '\ufffd[2JThe army'
 * ```
 */
export function oneLine(text: string): string {
  return replaceUnsafeCharacters(text.replace(/\s+/g, ' ').trim());
}

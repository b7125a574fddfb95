/**
 * Collapses every run of whitespace, line breaks included, into one space and trims the ends: names,
 * labels and terms come from data, and a line break in one must not break a line, a label or a
 * snippet of a report.
 *
 * @example
 * ```ts
 * oneLine('  The\nTTP \t spokesman ')
 * //=> 'The TTP spokesman'
 * ```
 */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text with its first character in upper case, for sentences and headings that open with a
 * name or a measure from the data.
 *
 * @example
 * ```ts
 * capitalize('soldiers killed')
 * //=> 'Soldiers killed'
 * ```
 */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

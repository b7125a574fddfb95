/**
 * A copy of `text` that shares no memory with the string it came from. V8 makes a slice of a long
 * string point into the whole string, so a short slice kept in a cache keeps the whole text alive;
 * the copy keeps only its own characters. Linear in the length of `text`: for short keys.
 *
 * @example
 * ```ts
 * const article = `no ${'x'.repeat(100)} soldiers`;
 * detachText(article.slice(-8))
 * //=> 'soldiers'
 * ```
 */
export function detachText(text: string): string {
  // Joining single characters builds a new string; a slice, a concatenation or toLowerCase may not.
  return text.split('').join('');
}

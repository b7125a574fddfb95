/**
 * Normalises a word for lookup and for custom ids: lower case, trimmed, inner whitespace and
 * hyphens collapsed to single hyphens, quotes and surrounding punctuation dropped.
 *
 * @example
 * ```ts
 * termId('  Security  Forces ')
 * //=> 'security-forces'
 * ```
 */
export function termId(word: string): string {
  return word
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d"'`]/g, '')
    .replace(/[\s_\-\u2010-\u2015]+/g, '-')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

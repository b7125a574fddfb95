/**
 * A Map key for a tuple of strings that no choice of strings can make ambiguous: each part is
 * prefixed with its length, so ids containing separators cannot collide.
 *
 * @example
 * ```ts
 * tupleKey('a:b', 'c') === tupleKey('a', 'b:c')
 * //=> false
 * ```
 */
export function tupleKey(...parts: readonly (string | undefined)[]): string {
  let key = '';
  for (const part of parts) key += part === undefined ? '-;' : `${part.length}:${part};`;
  return key;
}

// Parts free of these characters can be joined with a separator; others need length prefixes.
const RESERVED = /[\u0000\u0001]/;

/**
 * A Map key for a tuple of strings that no choice of strings can make ambiguous. Parts are joined
 * with a NUL separator (undefined written as \u0001), which is cheap; when a part itself contains
 * NUL or \u0001, every part is length-prefixed instead, behind a marker no joined key starts with.
 *
 * @example
 * ```ts
 * tupleKey('a:b', 'c') === tupleKey('a', 'b:c')
 * //=> false
 * tupleKey('a', undefined) === tupleKey('a', '')
 * //=> false
 * ```
 */
export function tupleKey(...parts: readonly (string | undefined)[]): string {
  let key = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part !== undefined && RESERVED.test(part)) return prefixedKey(parts);
    key += i === 0 ? (part ?? '\u0001') : `\u0000${part ?? '\u0001'}`;
  }
  return key;
}

// A joined key starting with \u0001 continues with NUL (an undefined first part), never with \u0001.
function prefixedKey(parts: readonly (string | undefined)[]): string {
  let key = '\u0001\u0001';
  for (const part of parts) key += part === undefined ? '-;' : `${part.length}:${part};`;
  return key;
}

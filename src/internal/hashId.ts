/**
 * FNV-1a over an id's UTF-16 code units, as a 32-bit integer (the form an `Int32Array` stores,
 * even for the empty id): the hash the id tables of validation share.
 *
 * @example
 * ```ts
 * [hashId(''), hashId('a') === hashId('a'), hashId('a') === hashId('b')]
 * //=> [-2128831035, true, false]
 * ```
 */
export function hashId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return hash | 0;
}

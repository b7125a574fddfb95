/**
 * A high surrogate not followed by a low one, or a low one not preceded by a high one. A search,
 * not a match of the whole text: a pattern such as /^(?:[^\ud800-\udfff]|…)*$/ overflows the
 * regular-expression stack on a few megabytes of emoji.
 *
 * @example
 * ```ts
 * LONE_SURROGATE.test('😀 e\ud800')
 * //=> true
 * ```
 */
export const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * The index of the first lone surrogate in `text` (half of a UTF-16 pair without its other half,
 * which no UTF-8 encoder can write), or -1 when the text is well-formed Unicode. Linear in the
 * length of the text.
 *
 * @example
 * ```ts
 * [findLoneSurrogate('South Waziristan 😀'), findLoneSurrogate('e\ud800'), findLoneSurrogate('\ude00\ud83d')]
 * //=> [-1, 1, 0]
 * ```
 */
export function findLoneSurrogate(text: string): number {
  const found = LONE_SURROGATE.exec(text);
  return found === null ? -1 : found.index;
}

const QUOTES = /[\u2018\u2019\u201c\u201d"'`]/g;
const SPACES = /[\s_\-\u2010-\u2015]+/g;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isLetterOrDigit(codePoint: number): boolean {
  if (codePoint < 0x80) return (codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x30 && codePoint <= 0x39) || (codePoint >= 0x41 && codePoint <= 0x5a);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(codePoint));
}

const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;
const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;

/**
 * Normalises a word for lookup and for custom ids: lower case, trimmed, inner whitespace and
 * hyphens collapsed to single hyphens, quotes and surrounding punctuation dropped.
 *
 * Linear in the length of `word`: words come from untrusted documents (`parseClaimSet`).
 *
 * @example
 * ```ts
 * termId('  Security  Forces ')
 * //=> 'security-forces'
 * ```
 */
export function termId(word: string): string {
  const joined = word.toLowerCase().replace(QUOTES, '').replace(SPACES, '-');
  // Trimmed by walking in from each end, one code point at a time: the regular expression
  // /[^\p{L}\p{N}]+$/ restarts at every character of an inner run of punctuation, which is
  // quadratic in the run's length.
  let start = 0;
  let end = joined.length;
  while (start < end) {
    const codePoint = joined.codePointAt(start) as number;
    if (isLetterOrDigit(codePoint)) break;
    start += codePoint > 0xffff ? 2 : 1;
  }
  while (end > start) {
    let at = end - 1;
    if (at > start && isLowSurrogate(joined.charCodeAt(at)) && isHighSurrogate(joined.charCodeAt(at - 1))) at--;
    if (isLetterOrDigit(joined.codePointAt(at) as number)) break;
    end = at;
  }
  return joined.slice(start, end);
}

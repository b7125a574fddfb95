// Characters that can end a <script> element or start markup (<, >), start an entity in XHTML
// (&), or end a line in older JavaScript parsers (U+2028, U+2029). JSON.stringify leaves them all
// as they are; as \u escapes they mean the same to every JSON parser.
const UNSAFE = /[<>&\u2028\u2029]/g;

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Writes a value as JSON that is safe to put inside `<script type="application/ld+json">` in an
 * HTML page: like `JSON.stringify`, with `<`, `>`, `&`, U+2028 and U+2029 written as `\u` escapes,
 * so that a source name such as `</script><script>…` from the data cannot close the element and
 * run as script. Parsing the result gives the same value as parsing `JSON.stringify(value)`.
 *
 * @throws {Error} when `value` has no JSON form (`undefined`, a function, a symbol).
 * @example
 * ```ts
 * serializeJsonLd({ '@type': 'Organization', name: '</script><script>alert(1)</script>' })
 * //=> '{"@type":"Organization","name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}'
 * const review = { '@context': 'https://schema.org', '@type': 'ClaimReview', claimReviewed: 'A & B' };
 * `<script type="application/ld+json">${serializeJsonLd(review)}</script>`
 * //=> '<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","claimReviewed":"A \\u0026 B"}</script>'
 * ```
 */
export function serializeJsonLd(value: unknown): string {
  const json: string | undefined = JSON.stringify(value);
  if (json === undefined) throw new Error(`serializeJsonLd: value must have a JSON form, got ${typeof value}`);
  return json.replace(UNSAFE, escape);
}

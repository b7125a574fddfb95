// Characters XML 1.0 forbids even as references: a name with a control character would make the
// whole SVG unreadable rather than one label odd.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES = new Map([
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ["'", '&#39;'],
]);

/**
 * Escapes text for XML or HTML, in element content and in quoted attribute values alike:
 * `& < > " '` become references, and characters XML cannot carry at all (control characters,
 * lone surrogates) become U+FFFD, so untrusted names cannot inject markup or break the document.
 *
 * @example
 * ```ts
 * escapeXml('<script>alert("1")</script>')
 * //=> '&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt;'
 * ```
 */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '\ufffd').replace(/[&<>"']/g, (c) => ENTITIES.get(c) ?? c);
}

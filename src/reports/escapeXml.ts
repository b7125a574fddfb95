import { replaceUnsafeCharacters } from '../internal/replaceUnsafeCharacters.js';

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
 * lone surrogates) or a reader should not be shown (bidi overrides) become U+FFFD, so untrusted
 * names cannot inject markup, break the document or reorder its text. A name with a control
 * character would otherwise make the whole SVG unreadable rather than one label odd.
 *
 * @example
 * ```ts
 * escapeXml('<script>alert("1")</script>')
 * //=> '&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt;'
 * ```
 */
export function escapeXml(text: string): string {
  return replaceUnsafeCharacters(text).replace(/[&<>"']/g, (c) => ENTITIES.get(c) ?? c);
}

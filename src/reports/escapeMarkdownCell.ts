/**
 * Escapes untrusted text for a Markdown table cell or running Markdown text: the characters that
 * make tables, code, links, images, HTML, emphasis or entities (`\ | \` [ ] < > * _ ~ &`) get a
 * backslash, and line breaks become spaces, so a source name or quote shows as written and cannot
 * end a cell, a row or the table.
 *
 * @example
 * ```ts
 * escapeMarkdownCell('a|b [x](y) <b>\nnext')
 * //=> 'a\\|b \\[x\\](y) \\<b\\> next'
 * ```
 */
export function escapeMarkdownCell(text: string): string {
  return text.replace(/[\\|`[\]<>*_~&]/g, '\\$&').replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');
}

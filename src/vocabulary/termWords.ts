/**
 * Writes a canonical term id the way it reads in a sentence: `security-forces` → "security forces".
 *
 * @example
 * ```ts
 * termWords('security-forces')
 * //=> 'security forces'
 * ```
 */
export function termWords(id: string): string {
  return id.replace(/-/g, ' ');
}

/**
 * A stable id from a phrase: lower case, accents and full stops dropped ("U.N." → "un"), every
 * other run of non-letters and non-digits one hyphen.
 *
 * @example
 * ```ts
 * slug('the U.N. refugee agency')
 * //=> 'the-un-refugee-agency'
 * slug('Turki al-Maliki')
 * //=> 'turki-al-maliki'
 * ```
 */
export function slug(phrase: string): string {
  return phrase
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'\u2019]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The English possessive of a name: "The army" → "The army's", "Reports" → "Reports'".
 *
 * @example
 * ```ts
 * possessive('The TTP')
 * //=> "The TTP's"
 * possessive('Local residents')
 * //=> "Local residents'"
 * ```
 */
export function possessive(name: string): string {
  return /s$/i.test(name) && !/ss$/i.test(name) ? `${name}'` : `${name}'s`;
}

/**
 * Whether one path starts with another, element by element: `['pakistan']` is a prefix of
 * `['pakistan', 'south waziristan']`, and every path is a prefix of itself.
 *
 * @example
 * ```ts
 * isPrefix(['pakistan'], ['pakistan', 'south waziristan'])
 * //=> true
 * isPrefix(['pakistan', 'peshawar'], ['pakistan', 'south waziristan'])
 * //=> false
 * ```
 */
export function isPrefix(shorter: readonly string[], longer: readonly string[]): boolean {
  if (shorter.length > longer.length) return false;
  for (let k = 0; k < shorter.length; k++) if (shorter[k] !== longer[k]) return false;
  return true;
}

/**
 * The singular of a lower-case English plural noun, or of a phrase ending in one, by the few rules
 * the plurals of this domain follow: "policemen" → "policeman", "casualties" → "casualty", "witnesses" → "witness",
 * "children" → "child", "soldiers" → "soldier". Anything that does not read as a plural comes back
 * unchanged: words of three letters or fewer ("gas"), and words ending in "ss" or "us" ("press",
 * "status"). A crude stem, not a dictionary: it meets singular and plural halfway for lookups, and
 * can be wrong outside the domain ("series" → "sery").
 *
 * @example
 * ```ts
 * ['policemen', 'casualties', 'schoolchildren', 'security forces', 'status', 'witnesses', 'people'].map(singular)
 * //=> ['policeman', 'casualty', 'schoolchild', 'security force', 'status', 'witness', 'people']
 * ```
 */
export function singular(word: string): string {
  if (word.endsWith('men')) return `${word.slice(0, -3)}man`;
  if (word.endsWith('children')) return word.slice(0, -3);
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  // "witnesses" → "witness": a singular in "ss" takes "es".
  if (word.endsWith('sses')) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && word.length > 3) return word.slice(0, -1);
  return word;
}

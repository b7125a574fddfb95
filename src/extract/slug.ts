// Articles name the same few parties over and over; ids are remembered, up to a bound that keeps
// adversarial text (millions of distinct phrases) from growing the cache.
const CACHE_LIMIT = 10_000;
const cache = new Map<string, string>();

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
  const known = cache.get(phrase);
  if (known !== undefined) return known;
  const id = phrase
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'\u2019]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  if (cache.size < CACHE_LIMIT) cache.set(phrase, id);
  return id;
}

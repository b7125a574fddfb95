// The characters that structure a group id: `/` between parts, `@` before the side, `?` for
// several sides, and `%` for the escapes themselves.
const SEPARATORS = /[%/@?]/g;

/**
 * One part of a group id (an event, outcome, subject or side id) with only the characters that
 * structure the id percent-encoded, so that ids stay readable (`d01#e1`, not `d01%23e1`) and still
 * split into their parts without ambiguity: `decodeURIComponent` undoes it.
 *
 * @example
 * ```ts
 * groupIdPart('d01.txt#e1')
 * //=> 'd01.txt#e1'
 * groupIdPart('north/south@50%')
 * //=> 'north%2Fsouth%4050%25'
 * ```
 */
export function groupIdPart(part: string): string {
  return part.replace(SEPARATORS, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

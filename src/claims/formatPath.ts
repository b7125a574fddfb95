/** Where in a document a problem is: object keys and array indexes from the top. */
export type IssuePath = readonly (string | number)[];

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes an issue path the way a person reads it: `claims[3].figure`.
 *
 * @example
 * ```ts
 * formatPath(['claims', 3, 'figure'])
 * //=> 'claims[3].figure'
 * formatPath(['events', 0, 'place', 'odd key'])
 * //=> 'events[0].place["odd key"]'
 * ```
 */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? '(document)' : out;
}

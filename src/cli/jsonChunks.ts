// Containers this deep are written whole with JSON.stringify: a claim or a figure is small, while
// the lists above them (groups, claims, sources) can hold millions of entries.
const WHOLE_DEPTH = 4;

// What JSON.stringify leaves out of an object and writes as null in an array.
const skipped = (value: unknown): boolean => value === undefined || typeof value === 'function' || typeof value === 'symbol';

/**
 * The text of `JSON.stringify(value, null, 2)`, piece by piece: the same characters, but never
 * one string for the whole, so that an analysis past V8's string limit (about 512 M characters)
 * can still be written. Values with a `toJSON` method are written as that method's result.
 *
 * @example
 * ```ts
 * [...jsonChunks({ groups: [{ id: 'g' }], findings: [] })].join('') === JSON.stringify({ groups: [{ id: 'g' }], findings: [] }, null, 2)
 * //=> true
 * ```
 */
export function* jsonChunks(value: unknown, indent = '', depth = 0): Generator<string> {
  const data = value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(): unknown }).toJSON() : value;
  if (data === null || typeof data !== 'object' || depth >= WHOLE_DEPTH) {
    // Strings never hold a raw line break in JSON, so re-indenting the lines is safe.
    const text = JSON.stringify(data, null, 2) ?? 'null';
    yield indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  const list = Array.isArray(data);
  const entries: [string, unknown][] = list ? data.map((item, i) => [String(i), skipped(item) ? null : item]) : Object.entries(data).filter(([, v]) => !skipped(v));
  if (entries.length === 0) {
    yield list ? '[]' : '{}';
    return;
  }
  yield list ? '[' : '{';
  let first = true;
  for (const [key, item] of entries) {
    yield `${first ? '' : ','}\n${inner}${list ? '' : `${JSON.stringify(key)}: `}`;
    first = false;
    yield* jsonChunks(item, inner, depth + 1);
  }
  yield `\n${indent}${list ? ']' : '}'}`;
}

/**
 * A JSON document as a command writes it: {@link jsonChunks} of the value, then a line break.
 *
 * @example
 * ```ts
 * [...jsonDocument({ claims: [] })].join('')
 * //=> '{\n  "claims": []\n}\n'
 * ```
 */
export function* jsonDocument(value: unknown): Generator<string> {
  yield* jsonChunks(value);
  yield '\n';
}

import { IsoDateSchema } from '../claims/schemas.js';
import { extractClaims } from '../extract/extractClaims.js';

/** Defaults for the records of `extract --jsonl` that do not give their own. */
export interface RecordDefaults {
  readonly publishedAt?: string | undefined;
  readonly outlet?: string | undefined;
}

/** One record's output line (without its line break), and why it failed when it did. */
export type RecordResult = { readonly line: string; readonly error?: undefined } | { readonly line: string; readonly id: string | null; readonly error: string };

const FIELDS = ['id', 'text', 'publishedAt', 'outlet', 'url'];

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : typeof value === 'object' ? 'an object' : String(value);

// The record's problem, or undefined when it is a record: an object with a text id and text, and
// the optional fields of the right kinds.
function problemOf(record: Record<string, unknown>): string | undefined {
  const unknown = Object.keys(record).filter((key) => !FIELDS.includes(key));
  if (unknown.length > 0) return `unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => JSON.stringify(k)).join(', ')}; a record has ${FIELDS.join(', ')}`;
  const { id, text, publishedAt, outlet, url } = record;
  if (typeof id !== 'string' || id === '') return `id must be text that names the report, got ${describe(id)}`;
  if (typeof text !== 'string') return `text must be the report's text, got ${describe(text)}`;
  if (publishedAt !== undefined && (typeof publishedAt !== 'string' || !IsoDateSchema.safeParse(publishedAt).success)) {
    return `publishedAt must be an ISO 8601 date such as 2009-10-18, got ${describe(publishedAt)}`;
  }
  if (outlet !== undefined && (typeof outlet !== 'string' || outlet.trim() === '')) return `outlet must name the outlet, got ${describe(outlet)}`;
  if (url !== undefined && typeof url !== 'string') return `url must be text, got ${describe(url)}`;
  return undefined;
}

/**
 * One line of `extract --jsonl`: a report `{ id, text, publishedAt?, outlet?, url? }` in, its draft
 * claims out as `{ id, url?, set }`, the set's ids prefixed by the report's id (`r1#c1`) so that
 * reports never share an id. A line that is not such a record gives `{ id, error }` (id null when
 * there is none to read) and the reason, so that every input line has its output line. The result
 * depends on the line alone: no state passes from one line to the next.
 *
 * @example
 * ```ts
 * const ok = extractRecord('{"id":"r1","text":"Five soldiers were killed, the military said."}', {});
 * JSON.parse(ok.line).set.claims.map((c) => [c.id, c.figure.low])
 * //=> [['r1#c1', 5]]
 * extractRecord('{"id":"r2","txt":"…"}', {})
 * //=> { line: '{"id":"r2","error":"unknown field \\"txt\\"; a record has id, text, publishedAt, outlet, url"}',
 * //     id: 'r2', error: 'unknown field "txt"; a record has id, text, publishedAt, outlet, url' }
 * ```
 */
export function extractRecord(source: string, defaults: RecordDefaults): RecordResult {
  let record: unknown;
  try {
    record = JSON.parse(source);
  } catch (error) {
    const why = `not JSON: ${(error as Error).message}`;
    return { line: JSON.stringify({ id: null, error: why }), id: null, error: why };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    const why = `expected a record {"id": …, "text": …}, got ${describe(record)}`;
    return { line: JSON.stringify({ id: null, error: why }), id: null, error: why };
  }
  const fields = record as Record<string, unknown>;
  const problem = problemOf(fields);
  if (problem !== undefined) {
    const id = typeof fields.id === 'string' ? fields.id : null;
    return { line: JSON.stringify({ id, error: problem }), id, error: problem };
  }
  const { id, text, url } = fields as { id: string; text: string; url?: string };
  const publishedAt = (fields.publishedAt as string | undefined) ?? defaults.publishedAt;
  const outlet = (fields.outlet as string | undefined) ?? defaults.outlet;
  const set = extractClaims(text, {
    document: id,
    ...(publishedAt === undefined ? {} : { publishedAt }),
    ...(outlet === undefined ? {} : { outlet }),
  });
  return { line: JSON.stringify(url === undefined ? { id, set } : { id, url, set }) };
}

/** A batch of lines done: the output lines, joined with a line break after each, and the failures. */
export interface BatchResult {
  readonly out: string;
  /** The failed lines: their index in the batch, the record's id when it has one, and why. */
  readonly failures: { readonly at: number; readonly id: string | null; readonly error: string }[];
  readonly records: number;
}

/**
 * Runs {@link extractRecord} on each non-blank line of a batch: the unit of work a worker thread
 * takes. Blank lines are skipped (a file's last line break, or a blank line between records).
 *
 * @example
 * ```ts
 * const { out, failures, records } = extractBatch(['{"id":"a","text":"Nothing here."}', '', 'oops'], {});
 * [out, failures, records]
 * //=> ['{"id":"a","set":{"sources":[],"events":[],"claims":[]}}\n{"id":null,"error":"not JSON: Unexpected token \'o\', \\"oops\\" is not valid JSON"}\n',
 * //    [{ at: 2, id: null, error: 'not JSON: Unexpected token \'o\', "oops" is not valid JSON' }], 2]
 * ```
 */
export function extractBatch(lines: readonly string[], defaults: RecordDefaults): BatchResult {
  let out = '';
  let records = 0;
  const failures: { at: number; id: string | null; error: string }[] = [];
  lines.forEach((line, at) => {
    if (line.trim() === '') return;
    records++;
    const result = extractRecord(line, defaults);
    out += `${result.line}\n`;
    if (result.error !== undefined) failures.push({ at, id: result.id, error: result.error });
  });
  return { out, failures, records };
}

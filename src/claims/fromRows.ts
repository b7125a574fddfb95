import { ClaimSetError, type ClaimSetIssue } from './ClaimSetError.js';
import { claimRowColumns, type ClaimRowType } from './claimRowColumns.js';
import type { Claim, ClaimSet, Event, Source } from './schemas.js';

type Row = Readonly<Record<string, unknown>>;

const COLUMN_TYPES = new Map<string, ClaimRowType>(claimRowColumns.map((c) => [c.name, c.type]));
// A relay: an object with a text id, and text (or null) or true/false (or null) for the rest.
const isRelay = (v: unknown): boolean => {
  if (typeof v !== 'object' || v === null || typeof (v as Row).id !== 'string') return false;
  const { name, kind, side, anonymous } = v as Row;
  return [name, kind, side].every((f) => f === null || f === undefined || typeof f === 'string') && (anonymous === null || anonymous === undefined || typeof anonymous === 'boolean');
};

const describe = (value: unknown): string =>
  Array.isArray(value) ? 'a list' : typeof value === 'string' ? `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}` : typeof value === 'object' ? 'an object' : String(value);

// What a column's value must be, in words, or undefined when it is that (null is always allowed).
function wrongType(type: ClaimRowType, value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  switch (type) {
    case 'VARCHAR':
      return typeof value === 'string' ? undefined : 'text';
    case 'DOUBLE':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'a finite number';
    case 'INTEGER':
      return Number.isSafeInteger(value) ? undefined : 'a whole number';
    case 'BOOLEAN':
      return typeof value === 'boolean' ? undefined : 'true or false';
    case 'VARCHAR[]':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? undefined : 'a list of text';
    default:
      return Array.isArray(value) && value.every(isRelay) ? undefined : 'a list of sources, each with a text id';
  }
}

// A list column may come as JSON text, as CSV holds lists.
const listOf = (value: unknown): unknown => (typeof value === 'string' && value.startsWith('[') ? safeJson(value) : value);
function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function checkRow(row: unknown, i: number, issues: ClaimSetIssue[]): Row | undefined {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    issues.push({ path: ['rows', i], message: `expected a row (an object of columns), got ${describe(row)}` });
    return undefined;
  }
  const out: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(row)) {
    const type = COLUMN_TYPES.get(name);
    if (type === undefined) {
      issues.push({ path: ['rows', i, name], message: 'is not a column of the claim table (see claimRowColumns)' });
      continue;
    }
    const value = type.endsWith('[]') ? listOf(raw) : raw;
    const want = wrongType(type, value);
    if (want !== undefined) issues.push({ path: ['rows', i, name], message: `expected ${want}, got ${describe(value)}` });
    else if (value !== null && value !== undefined) out[name] = value;
  }
  return out;
}

const text = (row: Row, column: string): string | undefined => row[column] as string | undefined;

/**
 * Reads the rows of the claim table back into a set — the inverse of {@link toRows}: sources and
 * events are gathered from the rows that name them (the first row that describes a source or event
 * gives its fields), claims keep the rows' order, and `partition` is not read (it follows from the
 * events). Rows may come from JSON lines, Parquet or SQL; a list column may also be JSON text, as a
 * CSV cell holds it. Missing columns are null.
 *
 * Only the columns' types are checked here: a bad row throws a {@link ClaimSetError} naming every
 * problem as `rows[i].column`, and nothing else. Validate the result with `parseClaimSet` (or
 * `analyze`, which does), whose paths name claims in the order of the claim rows.
 *
 * @throws {ClaimSetError} when a row is not an object, names a column the table does not have, or
 *   holds a value of the wrong type.
 * @example
 * ```ts
 * const set = {
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }],
 *   events: [{ id: 'raid', place: ['Pakistan', 'Kotkai'], period: { start: '2009-10-17', end: '2009-10-18' } }],
 *   claims: [{ id: 'a', claimant: 'army', event: 'raid', measure: { outcome: 'killed', subject: 'soldiers', term: 'troops' }, figure: { low: 7, high: null, stated: 7, hedge: 'at-least', text: 'at least seven' } }],
 * };
 * fromRows(toRows(set))
 * //=> set
 * let message = '';
 * try { fromRows([{ claim_id: 'a', low: 'five' }]); } catch (error) { message = error.message; }
 * message
 * //=> 'rows[0].low: expected a finite number, got the text "five"'
 * ```
 */
export function fromRows(rows: readonly unknown[]): ClaimSet {
  const issues: ClaimSetIssue[] = [];
  const checked = rows.map((row, i) => checkRow(row, i, issues));
  if (issues.length > 0) throw new ClaimSetError(issues);
  const sources = new Map<string, Source>();
  const events = new Map<string, Event>();
  const claims: Claim[] = [];
  const addSource = (id: string | undefined, name: unknown, kind: unknown, side: unknown, anonymous: unknown): void => {
    if (id === undefined || typeof name !== 'string' || sources.has(id)) return;
    sources.set(id, {
      id,
      name,
      ...(typeof kind === 'string' ? { kind: kind as Source['kind'] & string } : {}),
      ...(typeof side === 'string' ? { side } : {}),
      ...(typeof anonymous === 'boolean' ? { anonymous } : {}),
    });
  };
  for (const row of checked as Row[]) {
    addSource(text(row, 'claimant_id'), row.claimant_name, row.claimant_kind, row.claimant_side, row.claimant_anonymous);
    const relays = (row.relays ?? []) as Row[];
    for (const relay of relays) addSource(relay.id as string, relay.name, relay.kind, relay.side, relay.anonymous);
    const eventId = text(row, 'event_id');
    if (eventId !== undefined && !events.has(eventId)) {
      const start = text(row, 'event_start');
      const end = text(row, 'event_end');
      events.set(eventId, {
        id: eventId,
        ...(row.event_label === undefined ? {} : { label: row.event_label as string }),
        ...(row.event_place === undefined ? {} : { place: row.event_place as string[] }),
        ...(start === undefined && end === undefined ? {} : { period: { start: start as string, end: end as string } }),
        ...(row.event_part_of === undefined ? {} : { partOf: row.event_part_of as string }),
        ...(row.event_same_as === undefined ? {} : { sameAs: row.event_same_as as string }),
      });
    }
    if (row.claim_id === undefined) continue;
    const evidence = {
      ...(row.document === undefined ? {} : { document: row.document as string }),
      ...(row.quote === undefined ? {} : { quote: row.quote as string }),
      ...(row.quote_start === undefined ? {} : { start: row.quote_start as number }),
      ...(row.quote_end === undefined ? {} : { end: row.quote_end as number }),
    };
    claims.push({
      id: row.claim_id as string,
      claimant: row.claimant_id as string,
      ...(row.relays === undefined ? {} : { via: relays.map((r) => r.id as string) }),
      event: eventId as string,
      measure: {
        outcome: row.outcome as string,
        subject: row.subject as string,
        ...(row.measure_side === undefined ? {} : { side: row.measure_side as string }),
        ...(row.subject_term === undefined ? {} : { term: row.subject_term as string }),
        ...(row.outcome_term === undefined ? {} : { outcomeTerm: row.outcome_term as string }),
      },
      figure: {
        low: row.low as number,
        high: (row.high ?? null) as number | null,
        stated: (row.stated ?? null) as number | null,
        hedge: row.hedge as Claim['figure']['hedge'],
        ...(row.figure_text === undefined ? {} : { text: row.figure_text as string }),
      },
      ...(row.stance === undefined ? {} : { stance: row.stance as Claim['stance'] & string }),
      ...(row.stated_at === undefined ? {} : { statedAt: row.stated_at as string }),
      ...(Object.keys(evidence).length === 0 ? {} : { evidence }),
    });
  }
  return { sources: [...sources.values()], events: [...events.values()], claims };
}

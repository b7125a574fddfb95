/**
 * The type of a column of the claim table, as SQL names it: text, a float, a whole number, true or
 * false, a list of text, or the list of relays.
 *
 * @example
 * ```ts
 * const type: ClaimRowType = 'VARCHAR[]';
 * claimRowColumns.filter((c) => c.type === type).map((c) => c.name)
 * //=> ['event_place']
 * ```
 */
export type ClaimRowType =
  | 'VARCHAR'
  | 'DOUBLE'
  | 'INTEGER'
  | 'BOOLEAN'
  | 'VARCHAR[]'
  | 'STRUCT(id VARCHAR, name VARCHAR, kind VARCHAR, side VARCHAR, anonymous BOOLEAN)[]';

const RELAYS_TYPE: ClaimRowType = 'STRUCT(id VARCHAR, name VARCHAR, kind VARCHAR, side VARCHAR, anonymous BOOLEAN)[]';

/**
 * One column of the claim table: its name, its SQL type, and what it holds.
 *
 * @example
 * ```ts
 * const column: ClaimRowColumn = claimRowColumns[0];
 * [column.name, column.type]
 * //=> ['partition', 'VARCHAR']
 * ```
 */
export interface ClaimRowColumn {
  readonly name: keyof ClaimRow;
  readonly type: ClaimRowType;
  readonly description: string;
}

/**
 * A relay in a claim row: the source that carried the claim, whole, so that a row needs no other
 * table.
 *
 * @example
 * ```ts
 * const relay: ClaimRowSource = { id: 'cnn', name: 'CNN', kind: 'media', side: null, anonymous: null };
 * relay.name
 * //=> 'CNN'
 * ```
 */
export interface ClaimRowSource {
  readonly id: string;
  /** Null for a relay the set does not have (a set that skipped validation). */
  readonly name: string | null;
  readonly kind: string | null;
  readonly side: string | null;
  readonly anonymous: boolean | null;
}

/**
 * A claim as one flat row of the claim table (`toRows`, `fromRows`; the columns in
 * `claimRowColumns` and docs/rows.md). Every column is present; null means the field is absent. A
 * row with a null `claim_id` carries an event (or, with a null `event_id` too, a source) that no
 * claim names, so that nothing of a set is lost.
 *
 * @example
 * ```ts
 * const [row]: ClaimRow[] = toRows({
 *   sources: [{ id: 'army', name: 'The army', side: 'state' }],
 *   events: [{ id: 'raid', place: ['Pakistan'] }],
 *   claims: [{ id: 'a', claimant: 'army', event: 'raid', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 5, high: 5, stated: 5, hedge: 'exact' } }],
 * });
 * [row.partition, row.claim_id, row.claimant_side, row.event_place, row.low, row.hedge]
 * //=> ['raid', 'a', 'state', ['Pakistan'], 5, 'exact']
 * ```
 */
export interface ClaimRow {
  readonly partition: string | null;
  readonly claim_id: string | null;
  readonly claimant_id: string | null;
  readonly claimant_name: string | null;
  readonly claimant_kind: string | null;
  readonly claimant_side: string | null;
  readonly claimant_anonymous: boolean | null;
  readonly relays: ClaimRowSource[] | null;
  readonly event_id: string | null;
  readonly event_label: string | null;
  readonly event_place: string[] | null;
  readonly event_start: string | null;
  readonly event_end: string | null;
  readonly event_part_of: string | null;
  readonly event_same_as: string | null;
  readonly outcome: string | null;
  readonly outcome_term: string | null;
  readonly subject: string | null;
  readonly subject_term: string | null;
  readonly measure_side: string | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly stated: number | null;
  readonly hedge: string | null;
  readonly figure_text: string | null;
  readonly stance: string | null;
  readonly stated_at: string | null;
  readonly document: string | null;
  readonly quote: string | null;
  readonly quote_start: number | null;
  readonly quote_end: number | null;
}

/**
 * The columns of the claim table, in order, with their SQL types: what `toRows` writes and
 * `fromRows` reads, and what a DuckDB, Parquet or CSV table of claims holds (docs/rows.md).
 *
 * @example
 * ```ts
 * claimRowColumns.map((c) => c.name).slice(0, 4)
 * //=> ['partition', 'claim_id', 'claimant_id', 'claimant_name']
 * ```
 */
export const claimRowColumns: readonly ClaimRowColumn[] = [
  { name: 'partition', type: 'VARCHAR', description: "the partition key of the claim's event (partitionKeys); null on a row that carries only a source" },
  { name: 'claim_id', type: 'VARCHAR', description: 'the claim; null on a row that carries an event or source no claim names' },
  { name: 'claimant_id', type: 'VARCHAR', description: 'the source that asserts the figure' },
  { name: 'claimant_name', type: 'VARCHAR', description: "the source's name" },
  { name: 'claimant_kind', type: 'VARCHAR', description: "the source's kind (military, media, …)" },
  { name: 'claimant_side', type: 'VARCHAR', description: 'the party the source belongs to' },
  { name: 'claimant_anonymous', type: 'BOOLEAN', description: 'whether the source is unnamed' },
  { name: 'relays', type: RELAYS_TYPE, description: 'the sources that carried the claim (via), nearest first, each whole' },
  { name: 'event_id', type: 'VARCHAR', description: 'the event the claim is about' },
  { name: 'event_label', type: 'VARCHAR', description: "the event's label" },
  { name: 'event_place', type: 'VARCHAR[]', description: "the event's place path, broad to narrow" },
  { name: 'event_start', type: 'VARCHAR', description: "the start of the event's period (ISO 8601)" },
  { name: 'event_end', type: 'VARCHAR', description: "the end of the event's period, inclusive" },
  { name: 'event_part_of', type: 'VARCHAR', description: 'the larger event this one is part of' },
  { name: 'event_same_as', type: 'VARCHAR', description: 'the event this one was merged into (resolveEvents)' },
  { name: 'outcome', type: 'VARCHAR', description: 'what happened to those counted (canonical id)' },
  { name: 'outcome_term', type: 'VARCHAR', description: 'the word the source used for the outcome' },
  { name: 'subject', type: 'VARCHAR', description: 'who was counted (canonical id)' },
  { name: 'subject_term', type: 'VARCHAR', description: 'the word the source used for the subject' },
  { name: 'measure_side', type: 'VARCHAR', description: 'whose people were counted' },
  { name: 'low', type: 'DOUBLE', description: 'the least value of the figure' },
  { name: 'high', type: 'DOUBLE', description: 'the greatest value; null for no upper bound' },
  { name: 'stated', type: 'DOUBLE', description: 'the number as said; null for a range or a vague word' },
  { name: 'hedge', type: 'VARCHAR', description: 'exact, at-least, more-than, at-most, fewer-than, about, nearly, range or vague' },
  { name: 'figure_text', type: 'VARCHAR', description: "the figure's original wording" },
  { name: 'stance', type: 'VARCHAR', description: 'asserts or denies' },
  { name: 'stated_at', type: 'VARCHAR', description: 'when the claim was made (ISO 8601)' },
  { name: 'document', type: 'VARCHAR', description: 'the document the claim came from' },
  { name: 'quote', type: 'VARCHAR', description: 'the quoted words' },
  { name: 'quote_start', type: 'INTEGER', description: "the quote's first character in the document" },
  { name: 'quote_end', type: 'INTEGER', description: "the character after the quote's last" },
];

import type { ClaimRow, ClaimRowSource } from './claimRowColumns.js';
import { lookupById } from '../internal/lookupById.js';
import { partitionKeys } from './partitionKeys.js';
import type { ClaimSet, Event, Source } from './schemas.js';

const NO_SOURCE = { claimant_id: null, claimant_name: null, claimant_kind: null, claimant_side: null, claimant_anonymous: null } as const;
const NO_EVENT = { event_id: null, event_label: null, event_place: null, event_start: null, event_end: null, event_part_of: null, event_same_as: null } as const;
const NO_CLAIM = {
  claim_id: null,
  relays: null,
  outcome: null,
  outcome_term: null,
  subject: null,
  subject_term: null,
  measure_side: null,
  low: null,
  high: null,
  stated: null,
  hedge: null,
  figure_text: null,
  stance: null,
  stated_at: null,
  document: null,
  quote: null,
  quote_start: null,
  quote_end: null,
} as const;

const relayOf = (source: Source): ClaimRowSource => ({
  id: source.id,
  name: source.name,
  kind: source.kind ?? null,
  side: source.side ?? null,
  anonymous: source.anonymous ?? null,
});

function sourceColumns(source: Source) {
  return {
    claimant_id: source.id,
    claimant_name: source.name,
    claimant_kind: source.kind ?? null,
    claimant_side: source.side ?? null,
    claimant_anonymous: source.anonymous ?? null,
  };
}

function eventColumns(event: Event) {
  return {
    event_id: event.id,
    event_label: event.label ?? null,
    event_place: event.place === undefined ? null : [...event.place],
    event_start: event.period?.start ?? null,
    event_end: event.period?.end ?? null,
    event_part_of: event.partOf ?? null,
    event_same_as: event.sameAs ?? null,
  };
}

/**
 * Flattens a set into the rows of the claim table (`claimRowColumns`, docs/rows.md): one row per
 * claim, in the set's order, with its claimant, relays and event written out whole and its
 * partition key, so that a row needs no other table and `GROUP BY partition` gathers what must be
 * analysed together. Then one row per event that no claim names (`claim_id` null) and one per
 * source that no claim names (`event_id` null too), so that `fromRows` gives the set back.
 *
 * The set should be valid (`parseClaimSet`'s output): a claimant or relay that does not resolve
 * is written with a null name, and `fromRows` leaves it out, so that validation still fails there;
 * an event that does not resolve comes back as an event with nothing but its id.
 *
 * @example
 * ```ts
 * const rows = toRows({
 *   sources: [{ id: 'ttp', name: 'The TTP', side: 'ttp' }, { id: 'cnn', name: 'CNN', kind: 'media' }],
 *   events: [{ id: 'day' }, { id: 'clash', partOf: 'day' }],
 *   claims: [{ id: 't', claimant: 'ttp', via: ['cnn'], event: 'clash', measure: { outcome: 'killed', subject: 'soldiers' }, figure: { low: 68, high: 68, stated: 68, hedge: 'exact' } }],
 * });
 * rows.map((r) => [r.partition, r.claim_id, r.event_id, r.relays?.map((s) => s.name) ?? null])
 * //=> [['clash', 't', 'clash', ['CNN']], ['clash', null, 'day', null]]
 * ```
 */
export function toRows(set: ClaimSet): ClaimRow[] {
  const keys = partitionKeys(set.events);
  const source = lookupById(set.sources);
  const event = lookupById(set.events);
  const namedSources = new Set<string>();
  const namedEvents = new Set<string>();
  const rows: ClaimRow[] = [];
  for (const claim of set.claims) {
    const claimant = source(claim.claimant);
    const about = event(claim.event);
    namedSources.add(claim.claimant);
    namedEvents.add(claim.event);
    for (const relay of claim.via ?? []) namedSources.add(relay);
    rows.push({
      partition: keys.get(claim.event) ?? claim.event,
      claim_id: claim.id,
      ...(claimant === undefined ? { ...NO_SOURCE, claimant_id: claim.claimant } : sourceColumns(claimant)),
      relays: claim.via === undefined ? null : claim.via.map((id) => { const relay = source(id); return relay === undefined ? { id, name: null, kind: null, side: null, anonymous: null } : relayOf(relay); }),
      ...eventColumns(about ?? { id: claim.event }),
      outcome: claim.measure.outcome,
      outcome_term: claim.measure.outcomeTerm ?? null,
      subject: claim.measure.subject,
      subject_term: claim.measure.term ?? null,
      measure_side: claim.measure.side ?? null,
      low: claim.figure.low,
      high: claim.figure.high,
      stated: claim.figure.stated,
      hedge: claim.figure.hedge,
      figure_text: claim.figure.text ?? null,
      stance: claim.stance ?? null,
      stated_at: claim.statedAt ?? null,
      document: claim.evidence?.document ?? null,
      quote: claim.evidence?.quote ?? null,
      quote_start: claim.evidence?.start ?? null,
      quote_end: claim.evidence?.end ?? null,
    });
  }
  for (const e of set.events) {
    if (!namedEvents.has(e.id)) rows.push({ partition: keys.get(e.id) ?? e.id, ...NO_SOURCE, ...eventColumns(e), ...NO_CLAIM });
  }
  for (const s of set.sources) {
    if (!namedSources.has(s.id)) rows.push({ partition: null, ...sourceColumns(s), ...NO_EVENT, ...NO_CLAIM });
  }
  return rows;
}

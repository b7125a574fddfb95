// What the page holds: the reports a person pasted or loaded, each with its events and the rows of
// the claims table, and one book of sources shared by all reports (the same id is the same party,
// as mergeClaimSets has it, so a side set once holds in every report). No DOM here: the unit tests
// drive it in Node.
import { extractClaims, formatFigure, mergeClaimSets, parseFigure, type Claim, type ClaimSet, type Event, type Figure, type Source } from 'counterclaim';
import { formatCount } from '../../src/figures/formatCount.js';
import { termId } from '../../src/vocabulary/termId.js';

/** A claim as the table holds it: the figure apart, since a person may type words that are none. */
export type DraftClaim = Omit<Claim, 'figure'>;

/** One row of the claims table. */
export interface Row {
  claim: DraftClaim;
  /** The figure as the person last wrote it. */
  figureText: string;
  /** `parseFigure(figureText)`, or null when the words hold no figure (the row is then left out). */
  figure: Figure | null;
  /** Marked wrong: kept in the table, struck through, left out of the analysis and the export. */
  wrong: boolean;
}

/** A report: pasted text drafted by extractClaims, or a ClaimSet loaded from a file or a seed. */
export interface Report {
  readonly id: string;
  readonly origin: 'text' | 'set';
  title: string;
  text: string;
  outlet: string;
  publishedAt: string;
  events: Event[];
  rows: Row[];
  /** A row was changed by hand: new text or a new outlet no longer redrafts without asking. */
  edited: boolean;
  added: number;
}

/** The page's state. */
export interface State {
  reports: Report[];
  readonly sources: Map<string, Source>;
  made: number;
}

/** An empty page. */
export function createState(): State {
  return { reports: [], sources: new Map(), made: 0 };
}

/** A new, empty report to paste text into, appended to the state. */
export function addTextReport(state: State): Report {
  state.made += 1;
  const report: Report = {
    id: `report-${state.made}`,
    origin: 'text',
    title: `Report ${state.made}`,
    text: '',
    outlet: '',
    publishedAt: '',
    events: [],
    rows: [],
    edited: false,
    added: 0,
  };
  state.reports.push(report);
  return report;
}

function rowOf(claim: Claim): Row {
  const { figure, ...draft } = claim;
  return { claim: draft, figureText: figure.text ?? formatFigure(figure), figure, wrong: false };
}

// The first source wins, as in mergeClaimSets: a side the person set survives a redraft.
function addSources(state: State, sources: readonly Source[]): void {
  for (const source of sources) if (!state.sources.has(source.id)) state.sources.set(source.id, source);
}

/** Drafts the report's claims from its text, replacing its rows and events. */
export function draftReport(state: State, report: Report): void {
  const set = extractClaims(report.text, {
    document: report.id,
    ...(report.outlet.trim() === '' ? {} : { outlet: report.outlet.trim() }),
    ...(report.publishedAt === '' ? {} : { publishedAt: report.publishedAt }),
  });
  addSources(state, set.sources);
  report.events = set.events;
  report.rows = set.claims.map(rowOf);
  report.edited = false;
}

/**
 * Adds a loaded ClaimSet as a report. Event and claim ids already used by another report are
 * prefixed with the new report's id (references follow), since two reports cannot share one.
 */
export function addSetReport(state: State, set: ClaimSet, title: string): Report {
  state.made += 1;
  const id = `report-${state.made}`;
  const taken = new Set(state.reports.flatMap((r) => [...r.events.map((e) => `e ${e.id}`), ...r.rows.map((row) => `c ${row.claim.id}`)]));
  const clash = set.events.some((e) => taken.has(`e ${e.id}`)) || set.claims.some((c) => taken.has(`c ${c.id}`));
  const rename = (old: string): string => (clash ? `${id}/${old}` : old);
  const events = set.events.map((e) => ({
    ...e,
    id: rename(e.id),
    ...(e.partOf === undefined ? {} : { partOf: rename(e.partOf) }),
    ...(e.sameAs === undefined ? {} : { sameAs: rename(e.sameAs) }),
  }));
  addSources(state, set.sources);
  const report: Report = {
    id,
    origin: 'set',
    title,
    text: '',
    outlet: '',
    publishedAt: '',
    events,
    rows: set.claims.map((c) => rowOf({ ...c, id: rename(c.id), event: rename(c.event) })),
    edited: false,
    added: 0,
  };
  state.reports.push(report);
  return report;
}

/** The id of the source named `name` (case and outer spaces aside), made when there is none. */
export function sourceIdForName(state: State, name: string): string {
  const wanted = name.trim();
  const key = wanted.toLowerCase();
  for (const source of state.sources.values()) if (source.name.trim().toLowerCase() === key) return source.id;
  const base = termId(wanted) || 'source';
  let id = base;
  for (let n = 2; state.sources.has(id); n++) id = `${base}-${n}`;
  state.sources.set(id, { id, name: wanted });
  return id;
}

/** A source's name for the table: its id when the book has no such source. */
export function sourceName(state: State, id: string): string {
  return state.sources.get(id)?.name ?? id;
}

/** Relays as the table writes them: names, nearest first, separated by semicolons. */
export const RELAY_SEPARATOR = '; ';

/** Reads the relays a person typed into source ids, making sources for new names. */
export function relayIds(state: State, text: string): string[] {
  return text
    .split(';')
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .map((name) => sourceIdForName(state, name));
}

/**
 * A side as an id, the form sources and measures share ("Pakistan state" → "pakistan-state"), so
 * that a typed side matches the drafted ones; undefined for none.
 */
export function sideId(text: string): string | undefined {
  const id = termId(text);
  return id === '' ? undefined : id;
}

/** Sets the side of a source, for every claim it makes; an empty side removes it. */
export function setSourceSide(state: State, id: string, side: string): void {
  const source = state.sources.get(id);
  if (source === undefined) return;
  const { side: _old, ...rest } = source;
  const next = sideId(side);
  state.sources.set(id, next === undefined ? rest : { ...rest, side: next });
}

/** Re-reads a row's figure from the words the person wrote. */
export function setFigureText(row: Row, text: string): void {
  row.figureText = text;
  row.figure = parseFigure(text);
}

/** Why a row cannot be analysed, in a few words; undefined when it can. */
export function rowProblem(row: Row): string | undefined {
  if (row.claim.claimant === '') return 'Who claims it?';
  if (row.claim.measure.outcome === '' || row.claim.measure.subject === '') return 'What was counted?';
  if (row.figure === null) return row.figureText.trim() === '' ? 'No figure' : 'Not a figure';
  return undefined;
}

/** A new row, in the report's first event (an event is made when it has none). */
export function addRow(report: Report): Row {
  report.added += 1;
  let event = report.events[0];
  if (event === undefined) {
    event = { id: `${report.id}#added-event`, label: 'Added by hand' };
    report.events.push(event);
  }
  const row: Row = {
    claim: { id: `${report.id}#added-${report.added}`, claimant: '', event: event.id, measure: { outcome: 'killed', subject: 'people' } },
    figureText: '',
    figure: null,
    wrong: false,
  };
  report.rows.push(row);
  report.edited = true;
  return row;
}

/** An interval in a few characters: "5", "8 or more", "20,000–99,999". */
export function formatInterval(figure: Pick<Figure, 'low' | 'high'>): string {
  if (figure.high === null) return `${formatCount(figure.low)} or more`;
  return figure.low === figure.high ? formatCount(figure.low) : `${formatCount(figure.low)}–${formatCount(figure.high)}`;
}

/** A report as a ClaimSet: the rows that are neither wrong nor incomplete, and the sources they name. */
export function reportSet(state: State, report: Report): ClaimSet {
  const claims: Claim[] = [];
  for (const row of report.rows) {
    if (row.wrong || row.figure === null || rowProblem(row) !== undefined) continue;
    claims.push({ ...row.claim, figure: row.figure });
  }
  const named = new Set(claims.flatMap((c) => [c.claimant, ...(c.via ?? [])]));
  const sources = [...named].map((id) => state.sources.get(id) ?? { id, name: id });
  return { sources, events: report.events, claims };
}

/** Every report's reviewed claims in one set, and whether events must be merged across reports. */
export function reviewedSet(state: State): { set: ClaimSet; resolveEvents: boolean } {
  const sets = state.reports.map((r) => reportSet(state, r)).filter((s) => s.claims.length > 0);
  return { set: mergeClaimSets(sets), resolveEvents: sets.length > 1 };
}

import { parseFigure } from '../figures/parseFigure.js';
import type { Figure } from '../figures/schemas.js';
import { toEpochMs } from '../internal/toEpochMs.js';
import type { Vocabulary } from '../vocabulary/types.js';
import { normaliseMeasure } from './claimSetInputSchema.js';
import { IsoDateSchema, SourceKindSchema, type Claim, type ClaimSet, type Event, type Evidence, type Measure, type Period, type Source } from './schemas.js';
import { HedgeSchema } from '../figures/schemas.js';
import type { Writable } from '../internal/Writable.js';

// Thrown inside to give up on the fast path: the input is not the common valid case, and the zod
// schema reads it instead, for its result or its errors.
const NOT_SIMPLE: unique symbol = Symbol('not simple');
const giveUp = (): never => {
  throw NOT_SIMPLE;
};

const KINDS: ReadonlySet<unknown> = new Set(SourceKindSchema.options);
const HEDGES: ReadonlySet<unknown> = new Set(HedgeSchema.options);
const STANCES: ReadonlySet<unknown> = new Set(['asserts', 'denies']);
// Counts past 2^53 − 1 and text with surrogates are left to the schema: they are rare, and the
// schema's rules for them are the ones that count.
const SURROGATE = /[\ud800-\udfff]/;

// The fields of an object in the schema's order, and each field's position.
interface Shape {
  readonly keys: readonly string[];
  readonly at: ReadonlyMap<string, number>;
}
const order = (...keys: string[]): Shape => ({ keys, at: new Map(keys.map((key, i) => [key, i])) });

// Whether the object `fields` last read has its keys in the schema's order: such an object, once
// its values are checked and left as they are, is already what the schema would return, and is
// returned as it is rather than copied (most of the schema's cost is the garbage of its copies).
let ordered = true;

// A plain object (as JSON.parse makes) whose keys are all allowed; anything else gives up.
function fields(value: unknown, shape: Shape): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype) giveUp();
  const record = value as Record<string, unknown>;
  const { keys } = shape;
  let next = 0;
  let inOrder = true;
  for (const key in record) {
    // Keys mostly come in the schema's order: the fields after the last one found are compared
    // first (keys are interned, so each comparison is of two pointers), and the Map is asked only
    // for a key out of order or unknown.
    let at = next;
    while (at < keys.length && keys[at] !== key) at++;
    if (at === keys.length) {
      at = shape.at.get(key) ?? giveUp();
      inOrder = false;
    }
    if (record[key] === undefined) giveUp();
    next = at + 1;
  }
  ordered = inOrder;
  return record;
}

// Every index is read, holes included (a hole is undefined, which no field accepts).
function list<T>(value: unknown, read: (item: unknown) => T): T[] {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) giveUp();
  const items = value as unknown[];
  // Sized at once, not grown by push: most lists (outlets, places) hold one or two items.
  const out = new Array<T>(items.length);
  for (let i = 0; i < items.length; i++) out[i] = read(items[i]);
  return out;
}

// A list of text whose items all read as themselves (`read` returns its input or gives up), and
// that holds nothing but its items (the schema's copy would leave any other property behind): it
// is returned as it is, checked in place; only a list with other keys is copied.
function textList(value: unknown, read: (item: unknown) => string): string[] {
  if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) giveUp();
  const given = value as unknown[];
  for (let i = 0; i < given.length; i++) read(given[i]);
  // Own keys, counted by Object.keys: a for…in over a list is several times slower, and any key it
  // would add (an inherited one) the copy inherits too.
  return Object.keys(given).length === given.length ? (given as string[]) : list(given, read);
}
const text = (value: unknown): string => (typeof value === 'string' && !SURROGATE.test(value) ? value : giveUp());
const id = (value: unknown): string => (typeof value === 'string' && value !== '' && !SURROGATE.test(value) ? value : giveUp());
const count = (value: unknown): number => (typeof value === 'number' && value >= 0 && value <= Number.MAX_SAFE_INTEGER ? value : giveUp());
const optional = <T>(value: unknown, read: (value: unknown) => T): T | undefined => (value === undefined ? undefined : read(value));

// Dates repeat across claims: each distinct text is checked by the schema once. The memo is
// bounded, so that a document of distinct dates cannot grow it without end.
const dateMemo = new Map<string, boolean>();
// The claims of an event are mostly dated alike: the date last found valid is compared first.
let lastDate: string | undefined;
function date(value: unknown): string {
  if (lastDate !== undefined && value === lastDate) return lastDate;
  const iso = text(value);
  let valid = dateMemo.get(iso);
  if (valid === undefined) {
    if (dateMemo.size >= 4096) dateMemo.clear();
    valid = IsoDateSchema.safeParse(iso).success;
    dateMemo.set(iso, valid);
  }
  if (!valid) giveUp();
  lastDate = iso;
  return iso;
}

const SOURCE = order('id', 'name', 'kind', 'side', 'anonymous');
function source(value: unknown): Source {
  const s = fields(value, SOURCE);
  const keep = ordered;
  const kind = s.kind === undefined ? undefined : KINDS.has(s.kind) ? (s.kind as Source['kind']) : giveUp();
  const anonymous = s.anonymous === undefined ? undefined : typeof s.anonymous === 'boolean' ? s.anonymous : giveUp();
  const side = optional(s.side, id);
  id(s.id);
  id(s.name);
  if (keep) return s as unknown as Source;
  // Fields set one by one in the schema's order, not spread: no object is made only to be copied.
  const out: Writable<Source> = { id: id(s.id), name: id(s.name) };
  if (kind !== undefined) out.kind = kind;
  if (side !== undefined) out.side = side;
  if (anonymous !== undefined) out.anonymous = anonymous;
  return out;
}

const PERIOD = order('start', 'end');
function period(value: unknown): Period {
  const p = fields(value, PERIOD);
  const keep = ordered;
  const start = date(p.start);
  const end = date(p.end);
  if (!(toEpochMs(start, 'start') <= toEpochMs(end, 'end'))) giveUp();
  return keep ? (p as unknown as Period) : { start, end };
}

const EVENT = order('id', 'label', 'place', 'period', 'partOf', 'sameAs');
function event(value: unknown): Event {
  const e = fields(value, EVENT);
  const keep = ordered;
  const label = optional(e.label, text);
  const place = optional(e.place, (p) => textList(p, id));
  const when = optional(e.period, period);
  const partOf = optional(e.partOf, id);
  const sameAs = optional(e.sameAs, id);
  const eventId = id(e.id);
  if (keep && place === e.place && when === e.period) return e as unknown as Event;
  const out: Writable<Event> = { id: eventId };
  if (label !== undefined) out.label = label;
  if (place !== undefined) out.place = place;
  if (when !== undefined) out.period = when;
  if (partOf !== undefined) out.partOf = partOf;
  if (sameAs !== undefined) out.sameAs = sameAs;
  return out;
}

// Whether an outcome and a subject are both the vocabulary's own ids, each word looked up once per
// document: measures repeat the same few words.
type Canonical = (outcome: string, subject: string) => boolean;
function canonicalWords(vocabulary: Vocabulary): Canonical {
  const outcomes = new Map<string, boolean>();
  const subjects = new Map<string, boolean>();
  const known = (memo: Map<string, boolean>, word: string, idOf: (word: string) => string): boolean => {
    let is = memo.get(word);
    if (is === undefined) {
      is = idOf(word) === word;
      memo.set(word, is);
    }
    return is;
  };
  const outcomeId = (word: string): string => vocabulary.outcome(word).id;
  const subjectId = (word: string): string => vocabulary.subject(word).id;
  return (outcome, subject) => known(outcomes, outcome, outcomeId) && known(subjects, subject, subjectId);
}

const MEASURE = order('outcome', 'subject', 'side', 'term', 'outcomeTerm');
function measure(value: unknown, vocabulary: Vocabulary, canonical: Canonical): Measure {
  const m = fields(value, MEASURE);
  const keep = ordered;
  const side = optional(m.side, id);
  const term = optional(m.term, text);
  const outcomeTerm = optional(m.outcomeTerm, text);
  const outcome = id(m.outcome);
  const subject = id(m.subject);
  // Already canonical, no word said apart: what normaliseMeasure would return field for field,
  // known without building it.
  if (keep && term === undefined && outcomeTerm === undefined && canonical(outcome, subject)) return m as unknown as Measure;
  const input: Writable<Measure> = { outcome, subject };
  if (side !== undefined) input.side = side;
  if (term !== undefined) input.term = term;
  if (outcomeTerm !== undefined) input.outcomeTerm = outcomeTerm;
  const normalised = normaliseMeasure(input, vocabulary);
  if (normalised.empty.length > 0) giveUp();
  const n = normalised.measure;
  // Already canonical: the normalised measure says the same, field for field.
  const same = n.outcome === m.outcome && n.subject === m.subject && n.side === m.side && n.term === m.term && n.outcomeTerm === m.outcomeTerm;
  return keep && same ? (m as unknown as Measure) : n;
}

const FIGURE = order('low', 'high', 'stated', 'hedge', 'text');
function figure(value: unknown): Figure {
  if (typeof value === 'string') return parseFigure(text(value)) ?? giveUp();
  if (typeof value === 'number') {
    const n = count(value);
    return { low: n, high: n, stated: n, hedge: 'exact' };
  }
  const f = fields(value, FIGURE);
  const keep = ordered;
  const low = count(f.low);
  const high = f.high === null ? null : count(f.high);
  const stated = f.stated === null ? null : count(f.stated);
  const hedge = HEDGES.has(f.hedge) ? (f.hedge as Figure['hedge']) : giveUp();
  const words = optional(f.text, text);
  if (high !== null && low > high) giveUp();
  if (keep) return f as unknown as Figure;
  return words === undefined ? { low, high, stated, hedge } : { low, high, stated, hedge, text: words };
}

const EVIDENCE = order('document', 'quote', 'start', 'end');
const offset = (value: unknown): number => (Number.isInteger(value) ? count(value) : giveUp());
function evidence(value: unknown): Evidence {
  const e = fields(value, EVIDENCE);
  const keep = ordered;
  const document = optional(e.document, text);
  const quote = optional(e.quote, text);
  const start = optional(e.start, offset);
  const end = optional(e.end, offset);
  if (start !== undefined && end !== undefined && start > end) giveUp();
  if (keep) return e as Evidence;
  const out: Writable<Evidence> = {};
  if (document !== undefined) out.document = document;
  if (quote !== undefined) out.quote = quote;
  if (start !== undefined) out.start = start;
  if (end !== undefined) out.end = end;
  return out;
}

const CLAIM = order('id', 'claimant', 'via', 'event', 'measure', 'figure', 'stance', 'statedAt', 'evidence');
function claim(value: unknown, vocabulary: Vocabulary, canonical: Canonical): Claim {
  const c = fields(value, CLAIM);
  const keep = ordered;
  const via = optional(c.via, (v) => textList(v, id));
  const stance = c.stance === undefined ? undefined : STANCES.has(c.stance) ? (c.stance as Claim['stance']) : giveUp();
  const statedAt = optional(c.statedAt, date);
  const from = optional(c.evidence, evidence);
  const claimId = id(c.id);
  const claimant = id(c.claimant);
  const about = id(c.event);
  const what = measure(c.measure, vocabulary, canonical);
  const how = figure(c.figure);
  if (keep && via === c.via && what === c.measure && how === c.figure && from === c.evidence) return c as unknown as Claim;
  const out = { id: claimId, claimant } as Writable<Claim>;
  if (via !== undefined) out.via = via;
  out.event = about;
  out.measure = what;
  out.figure = how;
  if (stance !== undefined) out.stance = stance;
  if (statedAt !== undefined) out.statedAt = statedAt;
  if (from !== undefined) out.evidence = from;
  return out;
}

const SET = order('sources', 'events', 'claims');

/**
 * The fast path of `parseClaimSet`: reads a document by hand when it is the common valid case —
 * plain JSON data, every field of the right shape — and returns exactly what the zod schema would
 * (the same values, keys in the same order). Where a part of the input is already canonical (its
 * keys in the schema's order, nothing to normalise) that part itself is returned, not a copy; the
 * document's three lists are always new. For anything else it returns undefined, and the
 * schema reads the document instead, for its result or its errors. So the messages are the
 * schema's, and a property test holds the two to the same answer on any input. References are
 * checked apart (`checkReferences`), on either path.
 *
 * @example
 * ```ts
 * const vocabulary = createVocabulary();
 * readValidClaimSet({ sources: [], events: [{ id: 'e' }], claims: [{ id: 'c', claimant: 'x', event: 'e', measure: { outcome: 'dead', subject: 'troops' }, figure: 'nearly 300' }] }, vocabulary)?.claims[0]
 * //=> { id: 'c', claimant: 'x', event: 'e', measure: { outcome: 'killed', subject: 'soldiers', term: 'troops', outcomeTerm: 'dead' },
 * //     figure: { low: 270, high: 299, stated: 300, hedge: 'nearly', text: 'nearly 300' } }
 * readValidClaimSet({ sources: [], events: [], claims: [{ id: '' }] }, vocabulary)
 * //=> undefined
 * ```
 */
export function readValidClaimSet(json: unknown, vocabulary: Vocabulary): ClaimSet | undefined {
  try {
    const set = fields(json, SET);
    const canonical = canonicalWords(vocabulary);
    return {
      sources: list(set.sources, source),
      events: list(set.events, event),
      claims: list(set.claims, (c) => claim(c, vocabulary, canonical)),
    };
  } catch {
    // NOT_SIMPLE, or a getter or proxy that throws: the schema's path reads it and says why.
    return undefined;
  }
}

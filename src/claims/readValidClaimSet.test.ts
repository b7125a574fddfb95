// The fast path of parseClaimSet and the zod schema give the same answer on any input: where the
// fast path reads a document, the schema accepts it and returns the same values with keys in the
// same order; where the schema refuses one, the fast path gives way (and the schema's messages are
// reported).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimSetArbitrary } from '../../tests/fixtures/claimSetArbitrary.js';
import { corpusArbitrary } from '../../tests/fixtures/corpusArbitrary.js';
import { createVocabulary } from '../vocabulary/createVocabulary.js';
import { claimSetInputSchema } from './claimSetInputSchema.js';
import { readValidClaimSet } from './readValidClaimSet.js';

const vocabulary = createVocabulary();
const schema = claimSetInputSchema(vocabulary);

// The agreement, for one input: returns whether the fast path read it.
function agree(input: unknown): boolean {
  const fast = readValidClaimSet(input, vocabulary);
  const slow = schema.safeParse(input);
  if (fast === undefined) return false;
  expect(slow.success).toBe(true);
  // The same values, and the same text when written out (keys in the same order).
  expect(fast).toStrictEqual(slow.data);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data));
  return true;
}

type Json = Record<string | number, unknown>;

// Every spot in a document: objects' fields and lists' items, with the path to each.
function spots(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return [];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return keys.flatMap((key) => [[...path, key], ...spots((value as Json)[key], [...path, key])]);
}

// Odd values for a spot: wrong types, edge numbers, text with lone surrogates, empty text.
const oddValue = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, 2 ** 53 + 2, -0, '', ' ', '\ud800', 'a\udc00b', '😀', '2009-02-30', '2009-10-18T25:00:00Z', '1989-12-31', '2031-01-01', [], {}),
  fc.string(),
  fc.integer(),
  fc.double(),
);

describe('readValidClaimSet (the fast path of parseClaimSet)', () => {
  it('reads valid documents as the schema does, canonical or in the input form, and takes most of them', () => {
    let taken = 0;
    let total = 0;
    fc.assert(
      fc.property(fc.oneof(claimSetArbitrary(), claimSetArbitrary({ inputForm: true }), corpusArbitrary()), (input) => {
        total++;
        if (agree(JSON.parse(JSON.stringify(input)))) taken++;
      }),
      { numRuns: 400 },
    );
    // Text with surrogates goes to the schema; the rest is read by hand.
    expect(taken / total).toBeGreaterThan(0.5);
  }, 60_000);

  it('gives way on every document the schema refuses, and agrees on every one it reads', () => {
    fc.assert(
      fc.property(claimSetArbitrary(), fc.nat(), fc.oneof(oddValue, fc.constant('delete'), fc.constant('unknown key')), (set, pick, change) => {
        const doc = JSON.parse(JSON.stringify(set)) as Json;
        const all = spots(doc);
        const path = all[pick % Math.max(1, all.length)];
        if (path !== undefined) {
          let parent = doc;
          for (const key of path.slice(0, -1)) parent = parent[key] as Json;
          const key = path[path.length - 1] as string | number;
          if (change === 'delete') delete parent[key];
          else if (change === 'unknown key') (typeof parent[key] === 'object' && parent[key] !== null ? (parent[key] as Json) : parent).zz = 1;
          else parent[key] = change;
        }
        agree(doc);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('returns canonical parts as they are and new lists, and copies what it normalises', () => {
    const input = JSON.parse(
      '{"sources":[{"id":"s","name":"S"}],"events":[{"id":"e","place":["P"]}],"claims":[' +
        '{"id":"a","claimant":"s","via":["s"],"event":"e","measure":{"outcome":"killed","subject":"soldiers"},"figure":{"low":5,"high":5,"stated":5,"hedge":"exact"}},' +
        '{"claimant":"s","id":"b","event":"e","measure":{"outcome":"dead","subject":"soldiers"},"figure":5}]}',
    ) as { sources: object[]; events: object[]; claims: { figure: unknown }[] };
    const out = readValidClaimSet(input, vocabulary);
    expect(out?.claims).not.toBe(input.claims);
    expect(out?.sources).not.toBe(input.sources);
    expect(out?.claims[0]).toBe(input.claims[0]);
    expect(out?.events[0]).toBe(input.events[0]);
    // Keys out of the schema's order, an alias, a bare count: a new claim, as the schema makes it.
    expect(out?.claims[1]).not.toBe(input.claims[1]);
    expect(Object.keys(out?.claims[1] ?? {})).toEqual(['id', 'claimant', 'event', 'measure', 'figure']);
    agree(input);
  });

  it('gives way on each rule that relates fields: reversed periods and offsets, low above high, words without letters', () => {
    const breaks: ((doc: Json) => boolean)[] = [
      (doc) => {
        const event = (doc.events as Json[])[0];
        if (event === undefined) return false;
        event.period = { start: '2009-10-18T06:00:00Z', end: '2009-10-17' };
        return true;
      },
      (doc) => {
        const claim = (doc.claims as Json[])[0];
        if (claim === undefined) return false;
        claim.evidence = { start: 9, end: 3 };
        return true;
      },
      (doc) => {
        const claim = (doc.claims as Json[])[0];
        if (claim === undefined) return false;
        claim.figure = { low: 9, high: 3, stated: null, hedge: 'range' };
        return true;
      },
      (doc) => {
        const claim = (doc.claims as Json[])[0];
        if (claim === undefined) return false;
        claim.measure = { outcome: '--', subject: 'soldiers' };
        return true;
      },
    ];
    fc.assert(
      fc.property(claimSetArbitrary(), fc.nat(breaks.length - 1), (set, k) => {
        const doc = JSON.parse(JSON.stringify(set)) as Json;
        if (!(breaks[k] as (doc: Json) => boolean)(doc)) return;
        expect(schema.safeParse(doc).success).toBe(false);
        expect(readValidClaimSet(doc, vocabulary)).toBeUndefined();
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('gives way on what JSON never holds (holes, undefined fields, other prototypes) and on rare values; reads getters and proxies as the schema does', () => {
    const claim = { id: 'c', claimant: 's', event: 'e', measure: { outcome: 'killed', subject: 'soldiers' }, figure: 5 };
    const base = { sources: [{ id: 's', name: 'S' }], events: [{ id: 'e' }], claims: [claim] };
    expect(agree(base)).toBe(true);
    for (const odd of [
      { ...base, claims: [, claim] },
      { ...base, claims: [{ ...claim, via: undefined }] },
      { ...base, sources: [Object.create({ id: 's', name: 'S' })] },
      { ...base, claims: [{ ...claim, figure: { low: 2 ** 53, high: null, stated: null, hedge: 'at-least' } }] },
      { ...base, claims: [{ ...claim, figure: 'at least \ud800 7' }] },
    ]) {
      expect(readValidClaimSet(odd, vocabulary)).toBeUndefined();
      agree(odd);
    }
    expect(agree({ ...base, claims: [Object.defineProperty({ ...claim }, 'id', { get: () => 'c', enumerable: true })] })).toBe(true);
    expect(agree({ ...base, events: new Proxy([{ id: 'e' }], {}) })).toBe(true);
  });
});

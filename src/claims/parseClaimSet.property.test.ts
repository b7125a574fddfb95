import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFigure } from '../figures/parseFigure.js';
import { createVocabulary } from '../vocabulary/createVocabulary.js';
import { claimSetArbitrary } from '../../tests/fixtures/claimSetArbitrary.js';
import type { ClaimSetIssue } from './ClaimSetError.js';
import { formatPath } from './formatPath.js';
import { parseClaimSet } from './parseClaimSet.js';
import type { ClaimSet } from './schemas.js';

type Path = (string | number)[];
type Json = Record<string | number, unknown>;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const isPrefix = (prefix: Path, path: Path): boolean =>
  prefix.length <= path.length && prefix.every((key, i) => key === path[i]);

function issuesOf(input: unknown): ClaimSetIssue[] {
  const result = parseClaimSet(input);
  return result.success ? [] : result.error.issues;
}

// Every spot in a document with the value there: objects' fields and lists' items, depth first.
function spots(value: unknown, path: Path = []): [Path, unknown][] {
  const children: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, i) => [i, item])
    : isRecord(value)
      ? Object.entries(value)
      : [];
  return children.flatMap(([key, child]) => [[[...path, key], child] as [Path, unknown], ...spots(child, [...path, key])]);
}

function parentOf(doc: unknown, path: Path): Json {
  let parent = doc as Json;
  for (const key of path.slice(0, -1)) parent = parent[key] as Json;
  return parent;
}

// Fields whose absence is an error, by the kind of object that holds them (from the contract).
const REQUIRED: [Path, string[]][] = [
  [['sources', 0], ['id', 'name']],
  [['events', 0], ['id']],
  [['events', 0, 'period'], ['start', 'end']],
  [['claims', 0], ['id', 'claimant', 'event', 'measure', 'figure']],
  [['claims', 0, 'measure'], ['outcome', 'subject']],
  [['claims', 0, 'figure'], ['low', 'high', 'stated', 'hedge']],
];
const shapeOf = (path: Path): string => path.map((key) => (typeof key === 'number' ? 0 : key)).join('/');
const requiredAt = (path: Path): string[] => REQUIRED.find(([shape]) => shapeOf(shape) === shapeOf(path))?.[1] ?? [];

interface Mutation {
  readonly what: string;
  /** Where the document was changed: a problem must be reported here or above. */
  readonly at: Path;
  readonly apply: (doc: Json) => void;
}

// The mutations that make a valid document invalid, each at a spot of the document.
function mutationsOf(set: ClaimSet): Mutation[] {
  const doc = set as unknown as Json;
  const out: Mutation[] = [];
  for (const [path, value] of spots(doc)) {
    const key = path[path.length - 1] as string | number;
    // A value of a type no field accepts where it is: true is only valid for `anonymous`.
    const wrong = typeof value === 'boolean' ? 'yes' : true;
    out.push({ what: `${formatPath(path)} := ${JSON.stringify(wrong)}`, at: path, apply: (d) => void (parentOf(d, path)[key] = wrong) });
    if (isRecord(value)) {
      out.push({ what: `unknown field in ${formatPath(path)}`, at: [...path, 'zz-unknown'], apply: (d) => void ((parentOf(d, [...path, 'x'])['zz-unknown'] = 1)) });
      for (const field of requiredAt(path)) {
        out.push({ what: `drop ${formatPath([...path, field])}`, at: [...path, field], apply: (d) => void delete parentOf(d, [...path, field])[field] });
      }
    }
  }
  set.claims.forEach((claim, i) => {
    out.push({ what: `claims[${i}].claimant unresolved`, at: ['claims', i, 'claimant'], apply: (d) => void ((parentOf(d, ['claims', i, 'x']).claimant = `${claim.claimant}-missing`)) });
    out.push({ what: `claims[${i}].event unresolved`, at: ['claims', i, 'event'], apply: (d) => void ((parentOf(d, ['claims', i, 'x']).event = `${claim.event}-missing`)) });
    claim.via?.forEach((relay, j) => {
      out.push({ what: `claims[${i}].via[${j}] unresolved`, at: ['claims', i, 'via', j], apply: (d) => void ((parentOf(d, ['claims', i, 'via', j]) as unknown as string[])[j] = `${relay}-missing`) });
    });
    out.push({
      what: `claims[${i}].figure low above high`,
      at: ['claims', i, 'figure'],
      apply: (d) => void ((parentOf(d, ['claims', i, 'x']).figure = { low: 9, high: 3, stated: null, hedge: 'range' })),
    });
  });
  set.events.forEach((event, i) => {
    out.push({ what: `events[${i}].partOf unresolved`, at: ['events', i, 'partOf'], apply: (d) => void ((parentOf(d, ['events', i, 'x']).partOf = `${event.id}-missing`)) });
    out.push({ what: `events[${i}].partOf itself`, at: ['events', i, 'partOf'], apply: (d) => void ((parentOf(d, ['events', i, 'x']).partOf = event.id)) });
    out.push({
      what: `events[${i}].period reversed`,
      at: ['events', i, 'period'],
      apply: (d) => void ((parentOf(d, ['events', i, 'x']).period = { start: '2009-10-19', end: '2009-10-18' })),
    });
  });
  for (const section of ['sources', 'events', 'claims'] as const) {
    const items = set[section];
    items.forEach((_, j) => {
      if (j === 0) return;
      const first = items[0]?.id as string;
      out.push({ what: `${section}[${j}].id duplicates ${section}[0]`, at: [section, j, 'id'], apply: (d) => void ((parentOf(d, [section, j, 'x']).id = first)) });
    });
  }
  for (const section of ['sources', 'events', 'claims']) {
    out.push({ what: `drop ${section}`, at: [section], apply: (d) => void delete d[section] });
  }
  return out;
}

// A valid document and one of its mutations, chosen by fast-check so that it can shrink both.
const mutated = claimSetArbitrary().chain((set) =>
  fc.constantFrom(...mutationsOf(set)).map((mutation) => {
    const doc = structuredClone(set) as unknown as Json;
    mutation.apply(doc);
    return { set, mutation, doc };
  }),
);

// The same document with the keys of every object in another order.
function shuffleKeys(value: unknown, seed: number): unknown {
  if (Array.isArray(value)) return value.map((item, i) => shuffleKeys(item, seed + i));
  if (!isRecord(value)) return value;
  const entries = Object.entries(value);
  const rotated = [...entries.slice(seed % Math.max(1, entries.length)), ...entries.slice(0, seed % Math.max(1, entries.length))].reverse();
  return Object.fromEntries(rotated.map(([key, child]) => [key, shuffleKeys(child, seed + 1)]));
}

describe('parseClaimSet properties', () => {
  it('never throws on any value, and a failure always carries issues with a path and a message', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true, withBoxedValues: true, withMap: true, withSet: true, withSparseArray: true }), fc.jsonValue({ maxDepth: 4 })), (input) => {
        const result = parseClaimSet(input);
        if (result.success) return;
        expect(result.error.issues.length).toBeGreaterThan(0);
        for (const issue of result.error.issues) {
          expect(Array.isArray(issue.path)).toBe(true);
          expect(issue.message.length).toBeGreaterThan(0);
        }
        expect(result.error.message.split('\n')).toHaveLength(result.error.issues.length);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on values shaped like a document', () => {
    const section = fc.array(fc.oneof(fc.dictionary(fc.constantFrom('id', 'name', 'partOf', 'claimant', 'event', 'via', 'figure', 'measure', '__proto__'), fc.jsonValue({ maxDepth: 2 })), fc.jsonValue({ maxDepth: 2 })), { maxLength: 4 });
    fc.assert(
      fc.property(fc.record({ sources: section, events: section, claims: section }, { requiredKeys: [] }), (input) => {
        expect(() => parseClaimSet(input)).not.toThrow();
      }),
    );
  });

  it('parses every generated valid document to a deep-equal copy', () => {
    fc.assert(
      fc.property(claimSetArbitrary(), (set) => {
        const result = parseClaimSet(set);
        if (!result.success) throw new Error(result.error.message);
        expect(result.data).toStrictEqual(set);
      }),
      { numRuns: 200 },
    );
  });

  it('parses a valid document after a JSON round trip to the same data', () => {
    fc.assert(
      fc.property(claimSetArbitrary(), (set) => {
        const result = parseClaimSet(JSON.parse(JSON.stringify(set)));
        expect(result.success && result.data).toStrictEqual(set);
      }),
      { numRuns: 100 },
    );
  });

  it('reports every mutation of a valid document with a path at or above the mutated spot', () => {
    fc.assert(
      fc.property(mutated, ({ mutation, doc }) => {
        const issues = issuesOf(doc);
        expect(issues.length, mutation.what).toBeGreaterThan(0);
        expect(
          issues.some((issue) => isPrefix(issue.path, mutation.at)),
          `${mutation.what}: ${issues.map((i) => `${formatPath(i.path)}: ${i.message}`).join('; ')}`,
        ).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on a mutated document', () => {
    fc.assert(
      fc.property(mutated, ({ doc }) => {
        expect(() => parseClaimSet(doc)).not.toThrow();
      }),
      { numRuns: 150 },
    );
  });

  it('lists issues in document order: sections as in the contract, then items by index', () => {
    const SECTIONS = ['sources', 'events', 'claims'];
    const twice = claimSetArbitrary().chain((set) =>
      fc.tuple(fc.constantFrom(...mutationsOf(set)), fc.constantFrom(...mutationsOf(set))).map(([a, b]) => {
        const doc = structuredClone(set) as unknown as Json;
        a.apply(doc);
        // The second mutation may meet a spot the first removed: then it is not applied.
        try {
          b.apply(doc);
        } catch {
          // nothing to mutate there any more
        }
        return doc;
      }),
    );
    fc.assert(
      fc.property(twice, (doc) => {
        const order = issuesOf(doc).map((issue) => [SECTIONS.indexOf(String(issue.path[0])), typeof issue.path[1] === 'number' ? issue.path[1] : -1]);
        const sorted = [...order].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0));
        expect(order).toEqual(sorted);
      }),
      { numRuns: 200 },
    );
  });

  it('gives the same issues in the same order whatever the order of keys in the objects', () => {
    fc.assert(
      fc.property(mutated, fc.nat(7), ({ doc }, seed) => {
        expect(issuesOf(shuffleKeys(doc, seed))).toEqual(issuesOf(doc));
      }),
      { numRuns: 200 },
    );
  });

  it('still reports a problem in one claim when another claim has a problem too', () => {
    // Problems local to a claim (not its id) do not hide one another: all are reported.
    const local = (mutation: Mutation) => mutation.at[0] === 'claims' && mutation.at.length > 2 && mutation.at[2] !== 'id';
    const pair = claimSetArbitrary()
      .filter((set) => set.claims.length >= 2)
      .chain((set) => {
        const byClaim = (i: number) => mutationsOf(set).filter((m) => local(m) && m.at[1] === i);
        return fc.tuple(fc.constantFrom(...byClaim(0)), fc.constantFrom(...byClaim(1))).map(([a, b]) => ({ set, a, b }));
      });
    fc.assert(
      fc.property(pair, ({ set, a, b }) => {
        const apply = (...mutations: Mutation[]) => {
          const doc = structuredClone(set) as unknown as Json;
          for (const mutation of mutations) mutation.apply(doc);
          return issuesOf(doc);
        };
        const both = apply(a, b);
        for (const issue of [...apply(a), ...apply(b)]) expect(both).toContainEqual(issue);
      }),
      { numRuns: 150 },
    );
  });

  it('normalises idempotently: parsing its own output gives the output back, and no word said is lost', () => {
    const vocabulary = createVocabulary();
    fc.assert(
      fc.property(claimSetArbitrary({ inputForm: true }), (input) => {
        const once = parseClaimSet(input);
        if (!once.success) throw new Error(once.error.message);
        const twice = parseClaimSet(once.data);
        expect(twice.success && twice.data).toStrictEqual(once.data);
        // Nothing said is lost: an outcome or subject that was normalised keeps its word.
        once.data.claims.forEach((claim, i) => {
          const said = input.claims[i]?.measure as { outcome: string; subject: string };
          expect(claim.measure.outcome).toBe(vocabulary.outcome(said.outcome).id);
          expect(claim.measure.subject).toBe(vocabulary.subject(said.subject).id);
          expect(claim.measure.outcomeTerm ?? claim.measure.outcome).toBe(said.outcome);
          expect(claim.measure.term ?? claim.measure.subject).toBe(said.subject);
          const figure = input.claims[i]?.figure;
          if (typeof figure === 'number') expect(claim.figure).toStrictEqual({ low: figure, high: figure, stated: figure, hedge: 'exact' });
          if (typeof figure === 'string') expect(claim.figure).toStrictEqual(parseFigure(figure));
        });
      }),
      { numRuns: 200 },
    );
  });
});

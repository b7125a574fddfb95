import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { analyzePartitions } from './analyzePartitions.js';
import type { Analysis } from './types.js';
import { compareFindings } from '../checks/checkBuckets.js';
import { ClaimSetError } from '../claims/ClaimSetError.js';
import { parseClaimSet } from '../claims/parseClaimSet.js';
import { partitionKeys } from '../claims/partitionKeys.js';
import { resolveEvents } from '../claims/resolveEvents.js';
import type { ClaimSet } from '../claims/schemas.js';
import type { ClaimSetInput } from '../claims/types.js';
import { splitClaimSet } from '../claims/splitClaimSet.js';
import { compareCodeUnits } from '../internal/compareCodeUnits.js';
import { corpusArbitrary } from '../../tests/fixtures/corpusArbitrary.js';

const parsed = (input: ClaimSetInput): ClaimSet => {
  const result = parseClaimSet(input);
  if (!result.success) throw result.error;
  return result.data;
};

// Every claim id a list of groups holds: current, superseded, and absorbed copies.
const claimIds = (groups: Analysis['groups']): string[] =>
  groups.flatMap((g) => [...g.claims, ...g.superseded].flatMap((c) => [c.id, ...(c.copies ?? [])])).sort(compareCodeUnits);

function expectSameAnalysis(whole: Analysis, set: ClaimSet): void {
  const parts = [...analyzePartitions(splitClaimSet(set))];
  // The last item holds the word findings and nothing else; the others one partition each, in key order.
  const last = parts.pop();
  expect(last?.partition).toBeNull();
  expect(last?.groups).toEqual([]);
  const keys = parts.map((p) => p.partition as string);
  expect(keys).toEqual([...new Set(partitionKeys(set.events).values())].sort(compareCodeUnits));
  // The groups: the whole's, each partition's in the whole's order.
  const byId = (a: { id: string }, b: { id: string }) => compareCodeUnits(a.id, b.id);
  expect(parts.flatMap((p) => p.groups).sort(byId)).toEqual([...whole.groups].sort(byId));
  for (const part of parts) {
    const mine = new Set(part.groups.map((g) => g.id));
    expect(part.groups).toEqual(whole.groups.filter((g) => mine.has(g.id)));
  }
  // The findings: the whole's, every one.
  expect([...parts.flatMap((p) => p.findings), ...(last?.findings ?? [])].sort(compareFindings)).toEqual(whole.findings);
  // Nothing lost: every claim of the set is in exactly one partition's groups.
  expect(claimIds(parts.flatMap((p) => p.groups))).toEqual(set.claims.map((c) => c.id).sort(compareCodeUnits));
}

describe('analyzePartitions', () => {
  it('gives the analysis of the whole corpus, partition by partition (groups, scores, findings)', () => {
    fc.assert(
      fc.property(corpusArbitrary(), (input) => {
        const set = parsed(input);
        expectSameAnalysis(analyze(input), set);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('after resolveEvents on the whole corpus, gives the analysis with events resolved (merges included)', () => {
    fc.assert(
      fc.property(corpusArbitrary(), (input) => {
        const whole = analyze(input, { resolveEvents: true });
        const resolved = resolveEvents(parsed(input));
        // The merges: each event's sameAs is the one analyze made.
        expect(resolved.events).toEqual(whole.set.events);
        expectSameAnalysis(whole, resolved);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('generates corpora where partitions, merges and word findings do occur', () => {
    const samples = fc.sample(corpusArbitrary(), { numRuns: 200, seed: 7 }).map(parsed);
    expect(samples.some((set) => splitClaimSet(set).length > 2)).toBe(true);
    expect(samples.some((set) => set.events.some((e) => e.sameAs !== undefined) && set.events.some((e) => e.partOf !== undefined))).toBe(true);
    expect(samples.some((set) => resolveEvents(set).events.filter((e) => e.sameAs !== undefined).length > set.events.filter((e) => e.sameAs !== undefined).length)).toBe(true);
    const kinds = new Set(samples.flatMap((set) => analyze(set).findings.map((f) => f.kind)));
    expect([...kinds].sort()).toEqual(['denied', 'loaded-term', 'narrower-exceeds-broader', 'parts-exceed-total', 'self-contradiction', 'unknown-term']);
  }, 60_000);

  it('throws the error of analyze for a partition that does not validate, naming the path in it', () => {
    const bad = { sources: [], events: [{ id: 'e' }], claims: [{ id: 'c', claimant: 'nobody', event: 'e', measure: { outcome: 'killed', subject: 'soldiers' }, figure: 5 }] };
    expect(() => [...analyzePartitions([bad])]).toThrow(new ClaimSetError([{ path: ['claims', 0, 'claimant'], message: 'no source "nobody"' }]));
  });
});

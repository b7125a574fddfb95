import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLANTED_SOURCES, plantedClaimSet, type Planted } from '../../tests/eval/plantedClaimSet.js';
import type { Claim, ClaimSet } from '../claims/schemas.js';
import type { Figure } from '../figures/schemas.js';
import { shuffled } from '../../tests/fixtures/shuffled.js';
import { competingSetArbitrary } from '../../tests/fixtures/competingSetArbitrary.js';
import { groupClaims } from '../groups/groupClaims.js';
import type { ClaimGroup } from '../groups/types.js';
import { estimate } from './estimate.js';
import type { Estimate, EstimateMethod } from './types.js';
import { figurePoint } from '../scores/figurePoint.js';
import { groupEntries } from '../scores/groupEntries.js';

const exact = (n: number): Figure => ({ low: n, high: n, stated: n, hedge: 'exact' });
const atLeast = (n: number): Figure => ({ low: n, high: null, stated: n, hedge: 'at-least' });

const SOURCES = [
  { id: 'army', name: 'The army', side: 'pakistan-state' },
  { id: 'ttp', name: 'The TTP', side: 'ttp' },
  { id: 'cnn', name: 'CNN' },
  { id: '__proto__', name: 'A source called __proto__', side: 'ttp' },
];

function claim(id: string, claimant: string, subject: string, side: string | undefined, figure: Figure, extra: Partial<Claim> = {}): Claim {
  return { id, claimant, event: 'day', measure: { outcome: 'killed', subject, ...(side === undefined ? {} : { side }) }, figure, ...extra };
}

function run(claims: Claim[], method?: EstimateMethod): { result: Estimate; groups: ClaimGroup[] } {
  const set: ClaimSet = { sources: SOURCES, events: [{ id: 'day' }, { id: 'raid' }], claims };
  const groups = groupClaims(set);
  return { result: estimate(groups, set, method === undefined ? {} : { method }), groups };
}

const source = (result: Estimate, id: string) => result.sources.find((s) => s.source === id);

// Bias is exp(mean of log-ratios): equal to the ratio up to rounding in the last digits.
function expectBias(bias: { own: number | null; other: number | null } | undefined, own: number | null, other: number | null): void {
  for (const [got, want] of [[bias?.own, own], [bias?.other, other]] as const) {
    if (want === null) expect(got).toBeNull();
    else expect(got).toBeCloseTo(want, 12);
  }
}

describe('estimate on the seeds\' disputes', () => {
  it('seed 000: army 5 vs TTP 68 soldiers killed — weighted consensus between them, each side leaning its own way', () => {
    const { result } = run([
      claim('a', 'army', 'soldiers', 'pakistan-state', exact(5)),
      claim('t', 'ttp', 'soldiers', 'pakistan-state', exact(68)),
    ]);
    // Two sources alike in everything the model knows: the consensus is their geometric mean on
    // counts + 1, √(6 · 69) − 1 = 19.3, with the claims' hull as its range.
    expect(result.groups).toEqual([{ group: 'day/killed/soldiers@pakistan-state', consensus: { low: 5, high: 68, stated: 19, hedge: 'range' }, method: 'weighted' }]);
    expectBias(source(result, 'army')?.bias, 6 / 20, null);
    expectBias(source(result, 'ttp')?.bias, null, 69 / 20);
    expect(source(result, 'army')?.reliability).toBeCloseTo(source(result, 'ttp')?.reliability ?? Number.NaN, 10);
  });

  it('seed 002: "at least seven" vs 9 is compatible — auto takes the intersection, exactly 9', () => {
    const claims = [claim('a', 'army', 'soldiers', 'pakistan-state', atLeast(7)), claim('t', 'ttp', 'soldiers', 'pakistan-state', exact(9))];
    expect(run(claims).result.groups[0]).toMatchObject({ consensus: exact(9), method: 'intersection' });
    expect(run(claims, 'conservative').result.groups[0]).toMatchObject({ consensus: exact(7), method: 'conservative' });
    expect(run(claims, 'median').result.groups[0]).toMatchObject({ consensus: exact(8), method: 'median' });
    // Read as censored, "at least 7" agrees with 9 and does not drag the estimate below it.
    expect(run(claims, 'weighted').result.groups[0]?.consensus.stated).toBeGreaterThanOrEqual(9);
  });

  it('seed 002: a denial counts as zero — "all escaped" against "at least five" militants', () => {
    const claims = [claim('a', 'army', 'militants', 'ttp', atLeast(5)), claim('t', 'ttp', 'militants', 'ttp', exact(3), { stance: 'denies' })];
    expect(run(claims, 'conservative').result.groups[0]?.consensus).toEqual(exact(0));
    expect(run(claims, 'intersection').result.groups[0]?.consensus).toEqual({ low: 0, high: 5, stated: null, hedge: 'range' });
    const { result } = run(claims);
    expect(result.groups[0]?.method).toBe('weighted');
    // The TTP's own-side figure is 0, below any consensus: its own bias is below 1.
    expect(source(result, 'ttp')?.bias.own).toBeLessThan(1);
  });
});

describe('estimate', () => {
  it('reads a mixed group as scoreGroup does: 5 soldiers + 2 police stand as one entry of 7', () => {
    const { result } = run(
      [
        claim('s', 'army', 'soldiers', 'pakistan-state', exact(5)),
        claim('p', 'army', 'police', 'pakistan-state', exact(2)),
        claim('t', 'ttp', 'security-forces', 'pakistan-state', exact(68)),
      ],
      'conservative',
    );
    expect(result.groups[0]?.consensus).toEqual(exact(7));
    expect(source(result, 'army')?.claims).toBe(1);
    expect(source(result, 'army')?.bias.own).toBe(1);
  });

  it('supports only a lower bound when no claim has an upper one, whatever the method asked', () => {
    const { result } = run([claim('a', 'army', 'soldiers', 'pakistan-state', atLeast(7)), claim('c', 'cnn', 'soldiers', 'pakistan-state', atLeast(12))], 'weighted');
    expect(result.groups[0]).toMatchObject({ consensus: { low: 12, high: null, stated: 12, hedge: 'at-least' }, method: 'intersection' });
    // Such a group says nothing about who is reliable.
    expect(result.sources.map((s) => s.reliability)).toEqual([1, 1]);
  });

  it('splits bias into own side\'s losses and other sides\' losses, and a neutral source has only other', () => {
    const claims: Claim[] = [
      claim('a1', 'army', 'soldiers', 'pakistan-state', exact(10)),
      claim('t1', 'ttp', 'soldiers', 'pakistan-state', exact(40)),
      claim('c1', 'cnn', 'soldiers', 'pakistan-state', exact(20)),
      { ...claim('a2', 'army', 'militants', 'ttp', exact(80)), event: 'raid' },
      { ...claim('t2', 'ttp', 'militants', 'ttp', exact(5)), event: 'raid' },
      { ...claim('c2', 'cnn', 'militants', 'ttp', exact(20)), event: 'raid' },
    ];
    const { result } = run(claims, 'median');
    expect(result.groups.map((g) => g.consensus.stated)).toEqual([20, 20]);
    expectBias(source(result, 'army')?.bias, 11 / 21, 81 / 21);
    expectBias(source(result, 'ttp')?.bias, 6 / 21, 41 / 21);
    expectBias(source(result, 'cnn')?.bias, null, 1);
  });

  it('leaves turnouts and groups without a side out of bias', () => {
    const crowd = (id: string, claimant: string, n: number): Claim => ({ ...claim(id, claimant, 'protesters', 'ttp', exact(n)), measure: { outcome: 'attended', subject: 'protesters', side: 'ttp' } });
    const { result } = run([crowd('t', 'ttp', 100_000), crowd('a', 'army', 20_000), claim('c', 'cnn', 'civilians', undefined, exact(4)), claim('d', 'army', 'civilians', undefined, exact(9))]);
    for (const s of result.sources) expect(s.bias).toEqual({ own: null, other: null });
    expect(source(result, 'army')?.claims).toBe(2);
  });

  it('treats ids like __proto__ as ordinary ids', () => {
    const { result } = run([claim('p', '__proto__', 'soldiers', 'pakistan-state', exact(9)), claim('a', 'army', 'soldiers', 'pakistan-state', exact(9))]);
    expect(result.sources.map((s) => s.source)).toEqual(['__proto__', 'army']);
    expect(source(result, '__proto__')).toMatchObject({ claims: 1, bias: { own: null, other: 1 } });
  });

  it('rejects bad options and empty groups with errors that name estimate', () => {
    const set: ClaimSet = { sources: SOURCES, events: [{ id: 'day' }], claims: [claim('a', 'army', 'soldiers', undefined, exact(1))] };
    const groups = groupClaims(set);
    expect(() => estimate(groups, set, { method: 'mean' as EstimateMethod })).toThrow(/^estimate: options.method must be one of auto, intersection/);
    expect(() => estimate(groups, set, { tolerance: -1 })).toThrow(/^estimate: options.tolerance/);
    expect(() => estimate(groups, set, { maxIterations: 0 })).toThrow(/^estimate: options.maxIterations/);
    expect(() => estimate(groups, set, { maxIterations: 1.5 })).toThrow(/^estimate: options.maxIterations/);
    const empty = { ...(groups[0] as ClaimGroup), claims: [] };
    expect(() => estimate([empty], set)).toThrow(/^estimate: group day\/killed\/soldiers has no current claims/);
  });

  it('returns nothing for no groups', () => {
    expect(estimate([], { sources: [], events: [], claims: [] })).toEqual({ groups: [], sources: [] });
  });
});

// Planted truth: the consensus and the biases estimate() recovers, against the ones the generator
// planted. Errors are on the log scale, |ln(estimate + 1) − ln(truth + 1)|, about a relative error.
function logErrors(planted: Planted, method: EstimateMethod = 'auto', set: ClaimSet = planted.set): number[] {
  const groups = groupClaims(set);
  const { groups: estimates } = estimate(groups, set, { method });
  return estimates
    .map((g, i) => Math.abs(Math.log1p(figurePoint(g.consensus)) - Math.log1p(planted.truth.get((groups[i] as ClaimGroup).event) as number)))
    .sort((a, b) => a - b);
}
const quantile = (sorted: readonly number[], q: number) => sorted[Math.floor(q * (sorted.length - 1))] as number;
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

// The same claims with every hedge read as a point, as the literature's methods read them.
function asPoints(set: ClaimSet): ClaimSet {
  return { ...set, claims: set.claims.map((c) => ({ ...c, figure: exact(figurePoint(c.figure)) })) };
}

describe('estimate on planted truth', () => {
  // 200 groups; two parties (own ×0.5 and ×0.4, other ×2 and ×3, noise 0.1), five unbiased monitors
  // (noise 0.05–0.15) on half the groups each, and per group three one-claim sources, 60 % of them
  // hedged honestly (at least, more than, ranges, about).
  it.each([1, 2, 3])('seed %i: recovers the counts — half the groups within 6 %, nine in ten within 20 %', (seed) => {
    const errors = logErrors(plantedClaimSet({ seed }));
    expect(quantile(errors, 0.5)).toBeLessThan(0.06);
    expect(quantile(errors, 0.9)).toBeLessThan(0.2);
  });

  it.each([1, 2, 3])('seed %i: recovers each party\'s planted bias within 10 %, and the monitors\' within 5 % of 1', (seed) => {
    const planted = plantedClaimSet({ seed });
    const { sources } = estimate(groupClaims(planted.set), planted.set);
    for (const p of planted.sources) {
      const got = sources.find((s) => s.source === p.id);
      if (p.side !== undefined) {
        expect(Math.abs(Math.log((got?.bias.own ?? 0) / p.own))).toBeLessThan(Math.log(1.1));
        expect(Math.abs(Math.log((got?.bias.other ?? 0) / p.other))).toBeLessThan(Math.log(1.1));
      } else {
        expect(got?.bias.own).toBeNull();
        expect(Math.abs(Math.log(got?.bias.other ?? 0))).toBeLessThan(Math.log(1.05));
      }
    }
  });

  it('rates the long tail of one-claim sources near the prior: never above (ν₀ + 1)/ν₀ = 1.2', () => {
    const planted = plantedClaimSet({ seed: 1 });
    const { sources } = estimate(groupClaims(planted.set), planted.set);
    const tail = sources.filter((s) => s.source.startsWith('tail-'));
    expect(tail).toHaveLength(600);
    for (const s of tail) {
      expect(s.claims).toBe(1);
      expect(s.reliability).toBeGreaterThan(0.1);
      expect(s.reliability).toBeLessThanOrEqual(1.2);
    }
    // The parties' biased figures cost them: every monitor is rated above both.
    const rating = (id: string) => sources.find((s) => s.source === id)?.reliability ?? Number.NaN;
    const worstMonitor = Math.min(...PLANTED_SOURCES.filter((p) => p.side === undefined).map((p) => rating(p.id)));
    expect(worstMonitor).toBeGreaterThan(Math.max(rating('army'), rating('rebels')));
  });

  it.each([1, 2, 3])('seed %i: reading hedges as intervals halves the error of reading them as points', (seed) => {
    // A hedge-heavy cast: the two parties, one monitor, and four one-claim sources per group, all hedged.
    const planted = plantedClaimSet({ seed, groups: 150, sources: PLANTED_SOURCES.slice(0, 3), tailPerGroup: 4, hedged: 1 });
    const intervals = mean(logErrors(planted));
    expect(intervals).toBeLessThan(0.06);
    expect(intervals).toBeLessThan(0.6 * mean(logErrors(planted, 'auto', asPoints(planted.set))));
    expect(intervals).toBeLessThan(0.6 * mean(logErrors(planted, 'median')));
  });
});


const METHODS: EstimateMethod[] = ['auto', 'intersection', 'conservative', 'median', 'weighted'];

describe('estimate laws', () => {
  it('gives each group a consensus with low <= high, inside the hull of its claims, stated inside [low, high]', () => {
    fc.assert(
      fc.property(competingSetArbitrary(), fc.constantFrom(...METHODS), (set, method) => {
        const groups = groupClaims(set);
        const result = estimate(groups, set, { method });
        expect(result.groups.map((g) => g.group)).toEqual(groups.map((g) => g.id));
        result.groups.forEach(({ consensus }, i) => {
          const entries = groupEntries(groups[i] as ClaimGroup);
          const high = consensus.high ?? Number.POSITIVE_INFINITY;
          expect(consensus.low).toBeLessThanOrEqual(high);
          expect(consensus.low).toBeGreaterThanOrEqual(Math.min(...entries.map((e) => e.low)));
          expect(high).toBeLessThanOrEqual(Math.max(...entries.map((e) => e.high)));
          if (consensus.stated !== null) {
            expect(consensus.stated).toBeGreaterThanOrEqual(consensus.low);
            expect(consensus.stated).toBeLessThanOrEqual(high);
          }
        });
      }),
    );
  });

  it('rates every claimant once, by id, with a finite positive reliability and a finite positive bias or null', () => {
    fc.assert(
      fc.property(competingSetArbitrary(), fc.constantFrom(...METHODS), (set, method) => {
        const groups = groupClaims(set);
        const { sources } = estimate(groups, set, { method });
        const claimants = [...new Set(groups.flatMap((g) => g.claims.map((c) => c.claimant)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(sources.map((s) => s.source)).toEqual(claimants);
        expect(sources.reduce((n, s) => n + s.claims, 0)).toBe(groups.reduce((n, g) => n + groupEntries(g).length, 0));
        for (const s of sources) {
          expect(Number.isFinite(s.reliability) && s.reliability > 0).toBe(true);
          for (const b of [s.bias.own, s.bias.other]) if (b !== null) expect(Number.isFinite(b) && b > 0).toBe(true);
        }
      }),
    );
  });

  it('does not depend on the order of groups or of the claims within them, and is deterministic', () => {
    fc.assert(
      fc.property(competingSetArbitrary(), fc.nat(), (set, seed) => {
        const groups = groupClaims(set);
        const first = estimate(groups, set);
        expect(estimate(groups, set)).toEqual(first);
        const reordered = shuffled(groups, seed).map((g, k) => ({ ...g, claims: shuffled(g.claims, seed + k + 1) }));
        const again = estimate(reordered, set);
        expect(again.sources).toEqual(first.sources);
        const byGroup = new Map(first.groups.map((g) => [g.group, g]));
        for (const g of again.groups) expect(g).toEqual(byGroup.get(g.group));
      }),
    );
  });
});

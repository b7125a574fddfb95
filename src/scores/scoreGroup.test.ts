import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim, ClaimSet } from '../claims/schemas.js';
import type { Figure } from '../figures/schemas.js';
import { competingSetArbitrary } from '../../tests/fixtures/competingSetArbitrary.js';
import { groupClaims } from '../groups/groupClaims.js';
import { compareFigures } from './compareFigures.js';
import { scoreGroup } from './scoreGroup.js';

const exact = (n: number): Figure => ({ low: n, high: n, stated: n, hedge: 'exact' });
const atLeast = (n: number): Figure => ({ low: n, high: null, stated: n, hedge: 'at-least' });

const SOURCES = [
  { id: 'army', name: 'The army', side: 'pakistan-state' },
  { id: 'ttp', name: 'The TTP', side: 'ttp' },
  { id: 'cnn', name: 'CNN' },
  { id: 'organisers', name: 'Organisers', side: 'opposition' },
  { id: 'police', name: 'Police', side: 'government' },
];

function claim(id: string, claimant: string, subject: string, side: string | undefined, figure: Figure, extra: Partial<Claim> = {}): Claim {
  return {
    id,
    claimant,
    event: 'day',
    measure: { outcome: 'killed', subject, ...(side === undefined ? {} : { side }) },
    figure,
    ...extra,
  };
}

function scoreOne(claims: Claim[]) {
  const set: ClaimSet = { sources: SOURCES, events: [{ id: 'day' }], claims };
  const groups = groupClaims(set);
  expect(groups).toHaveLength(1);
  return scoreGroup(groups[0] as (typeof groups)[number], set);
}

describe('scoreGroup on the seeds', () => {
  it('seed 000: army 5 soldiers vs TTP 68 security forces is 11.5 times apart and self-serving', () => {
    const score = scoreOne([
      claim('army-soldiers', 'army', 'soldiers', 'pakistan-state', exact(5)),
      claim('ttp-security-forces', 'ttp', 'security-forces', 'pakistan-state', exact(68), { via: ['cnn'] }),
    ]);
    expect(score).toMatchObject({ compatible: false, factor: 11.5, pair: ['army', 'ttp'], pattern: 'self-serving', denied: false });
    expect(score.score).toBeCloseTo(0.913, 3);
  });

  it('seed 002: army "at least seven" vs TTP 9 soldiers is compatible, stated 1.25 apart', () => {
    const score = scoreOne([
      claim('a', 'army', 'soldiers', 'pakistan-state', atLeast(7)),
      claim('t', 'ttp', 'soldiers', 'pakistan-state', exact(9)),
    ]);
    expect(score).toMatchObject({ compatible: true, factor: 1, score: 0, statedFactor: 1.25, pair: ['army', 'ttp'] });
  });

  it('seed 002: army "at least five" militants vs TTP "all escaped" (0) is 6 times apart, self-serving for the TTP', () => {
    const score = scoreOne([
      claim('a', 'army', 'militants', 'ttp', atLeast(5)),
      claim('t', 'ttp', 'militants', 'ttp', exact(0)),
    ]);
    expect(score).toMatchObject({ factor: 6, pair: ['ttp', 'army'], pattern: 'self-serving' });
  });
});

describe('scoreGroup', () => {
  it('sums a claimant\'s narrower claims in a mixed group: 5 soldiers + 2 police stand as 7 against 68', () => {
    const score = scoreOne([
      claim('s', 'army', 'soldiers', 'pakistan-state', exact(5)),
      claim('p', 'army', 'police', 'pakistan-state', exact(2)),
      claim('t', 'ttp', 'security-forces', 'pakistan-state', exact(68)),
    ]);
    expect(score.factor).toBe(69 / 8);
    expect(score.statedFactor).toBe(69 / 8);
  });

  it('represents a claimant by its claim on the broader term when it has one', () => {
    const score = scoreOne([
      claim('s', 'army', 'soldiers', 'pakistan-state', exact(5)),
      claim('b', 'army', 'security-forces', 'pakistan-state', exact(30)),
      claim('t', 'ttp', 'security-forces', 'pakistan-state', exact(68)),
    ]);
    expect(score.factor).toBe(69 / 31);
  });

  it('marks a reversed pattern: a side reports more of its own losses than its enemy does', () => {
    const score = scoreOne([claim('a', 'army', 'soldiers', 'pakistan-state', exact(50)), claim('t', 'ttp', 'soldiers', 'pakistan-state', exact(9))]);
    expect(score.pattern).toBe('reversed');
  });

  it('marks a mixed pattern when the sides\' figures interleave', () => {
    const score = scoreOne([
      claim('a', 'army', 'soldiers', 'pakistan-state', exact(5)),
      claim('a2', 'army', 'soldiers', 'pakistan-state', exact(50)),
      claim('t', 'ttp', 'soldiers', 'pakistan-state', exact(9)),
    ]);
    expect(score.pattern).toBe('mixed');
  });

  it('has no pattern without claimants of both the counted side and another side', () => {
    expect(scoreOne([claim('a', 'army', 'soldiers', 'pakistan-state', exact(5)), claim('c', 'cnn', 'soldiers', 'pakistan-state', exact(9))]).pattern).toBeNull();
    expect(scoreOne([claim('a', 'army', 'civilians', undefined, exact(5)), claim('t', 'ttp', 'civilians', undefined, exact(9))]).pattern).toBeNull();
  });

  it('reads turnout the other way: organisers favour themselves with a higher count', () => {
    const crowd = (id: string, claimant: string, n: number): Claim => ({
      id,
      claimant,
      event: 'day',
      measure: { outcome: 'attended', subject: 'protesters', side: 'opposition' },
      figure: exact(n),
    });
    expect(scoreOne([crowd('o', 'organisers', 100_000), crowd('p', 'police', 20_000)]).pattern).toBe('self-serving');
    expect(scoreOne([crowd('o', 'organisers', 10_000), crowd('p', 'police', 20_000)]).pattern).toBe('reversed');
  });

  it('flags a denial that stands against an assertion, and counts the denial as zero', () => {
    const score = scoreOne([
      claim('d', 'army', 'soldiers', undefined, exact(28), { stance: 'denies' }),
      claim('r', 'cnn', 'soldiers', undefined, atLeast(28)),
    ]);
    expect(score.denied).toBe(true);
    expect(score.factor).toBe(29);
  });

  it('does not flag a denial against an assertion of zero', () => {
    const score = scoreOne([claim('d', 'army', 'soldiers', undefined, exact(0), { stance: 'denies' }), claim('r', 'cnn', 'soldiers', undefined, exact(0))]);
    expect(score.denied).toBe(false);
  });

  it('gives a one-claimant group no pair and factor 1', () => {
    expect(scoreOne([claim('a', 'army', 'soldiers', 'pakistan-state', exact(5))])).toEqual({
      compatible: true,
      factor: 1,
      score: 0,
      statedFactor: 1,
      statedScore: 0,
      pair: null,
      pattern: null,
      denied: false,
    });
  });

  it('ignores superseded revisions', () => {
    const score = scoreOne([
      claim('old', 'army', 'soldiers', 'pakistan-state', exact(1), { statedAt: '2009-10-17' }),
      claim('new', 'army', 'soldiers', 'pakistan-state', exact(9), { statedAt: '2009-10-18' }),
      claim('t', 'ttp', 'soldiers', 'pakistan-state', exact(9)),
    ]);
    expect(score.compatible).toBe(true);
  });
});

describe('scoreGroup laws', () => {
  it('keeps score and statedScore in [0, 1) and factor >= 1', () => {
    fc.assert(
      fc.property(competingSetArbitrary(), (set) => {
        for (const group of groupClaims(set)) {
          const s = scoreGroup(group, set);
          expect(s.factor).toBeGreaterThanOrEqual(1);
          expect(s.score).toBeGreaterThanOrEqual(0);
          expect(s.score).toBeLessThan(1);
          expect(s.statedScore).toBeGreaterThanOrEqual(0);
          expect(s.statedScore).toBeLessThan(1);
          expect(s.compatible).toBe(s.factor === 1);
        }
      }),
    );
  });

  it('has factor equal to the largest pairwise factor of compareFigures in unmixed groups', () => {
    fc.assert(
      fc.property(competingSetArbitrary(), (set) => {
        for (const group of groupClaims(set)) {
          if (group.mixedSubjects) continue;
          const figures = group.claims.map((c) => (c.stance === 'denies' ? exact(0) : c.figure));
          let largest = 1;
          for (const a of figures) for (const b of figures) largest = Math.max(largest, compareFigures(a, b).factor);
          expect(scoreGroup(group, set).factor).toBe(largest);
        }
      }),
    );
  });

  it('names a pair of the group\'s claimants whose figures set the factor', () => {
    fc.assert(
      fc.property(competingSetArbitrary(), (set) => {
        for (const group of groupClaims(set)) {
          const s = scoreGroup(group, set);
          if (group.claimants.length < 2) {
            expect(s.pair).toBeNull();
            continue;
          }
          expect(s.pair).not.toBeNull();
          for (const who of s.pair ?? []) expect(group.claimants).toContain(who);
          if (group.mixedSubjects || s.compatible) continue;
          const [low, high] = s.pair as [string, string];
          const figures = (who: string) => group.claims.filter((c) => c.claimant === who).map((c) => (c.stance === 'denies' ? exact(0) : c.figure));
          let best = 1;
          for (const a of figures(low)) for (const b of figures(high)) best = Math.max(best, compareFigures(a, b).factor);
          expect(best).toBe(s.factor);
        }
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim, ClaimSet } from '../claims/schemas.js';
import type { Figure } from '../figures/schemas.js';
import { createVocabulary } from '../vocabulary/createVocabulary.js';
import { competingSetArbitrary } from '../../tests/fixtures/competingSetArbitrary.js';
import { shuffled } from '../../tests/fixtures/shuffled.js';
import { groupClaims } from './groupClaims.js';

const exact = (n: number): Figure => ({ low: n, high: n, stated: n, hedge: 'exact' });

function claim(id: string, claimant: string, subject: string, figure: Figure, extra: Partial<Claim> = {}): Claim {
  return { id, claimant, event: 'day', measure: { outcome: 'killed', subject, side: 'state' }, figure, ...extra };
}

function setOf(claims: Claim[]): ClaimSet {
  return {
    sources: [
      { id: 'army', name: 'The army', side: 'state' },
      { id: 'ttp', name: 'The TTP', side: 'ttp' },
      { id: 'cnn', name: 'CNN' },
      { id: 'dawn', name: 'Dawn' },
    ],
    events: [{ id: 'day' }, { id: 'night' }],
    claims,
  };
}

const ids = (claims: readonly { id: string }[]): string[] => claims.map((c) => c.id);

// Every input claim id, as the groups account for them: current, superseded, or absorbed copies.
function accounted(groups: ReturnType<typeof groupClaims>): string[] {
  const out: string[] = [];
  for (const group of groups) {
    for (const c of [...group.claims, ...group.superseded]) out.push(c.id, ...(c.copies ?? []));
  }
  return out;
}


describe('groupClaims: which subjects compete', () => {
  it('puts soldiers with security forces in one mixed group headed by the broader term', () => {
    const groups = groupClaims(setOf([claim('a', 'army', 'soldiers', exact(5)), claim('t', 'ttp', 'security-forces', exact(68))]));
    expect(groups).toHaveLength(1);
    expect(groups[0]?.measure).toEqual({ outcome: 'killed', subject: 'security-forces', side: 'state' });
    expect(groups[0]?.mixedSubjects).toBe(true);
    expect(groups[0]?.claimants).toEqual(['army', 'ttp']);
    expect(groups[0]?.id).toBe('day/killed/security-forces@state');
  });

  it('keeps soldiers and police apart without a claim on security forces: siblings meet only through it', () => {
    const groups = groupClaims(setOf([claim('a', 'army', 'soldiers', exact(5)), claim('t', 'ttp', 'police', exact(6))]));
    expect(groups.map((g) => g.measure.subject)).toEqual(['police', 'soldiers']);
    expect(groups.every((g) => !g.mixedSubjects)).toBe(true);
  });

  it('joins both siblings to security forces when some claim names it', () => {
    const groups = groupClaims(
      setOf([claim('a', 'army', 'soldiers', exact(5)), claim('p', 'army', 'police', exact(2)), claim('t', 'ttp', 'security-forces', exact(68))]),
    );
    expect(groups).toHaveLength(1);
    expect(ids(groups[0]?.claims ?? [])).toEqual(['p', 'a', 't']);
  });

  it('lets people compete only with people: a total is not a rival to a count of civilians', () => {
    const groups = groupClaims(setOf([claim('a', 'army', 'people', exact(13)), claim('t', 'ttp', 'civilians', exact(20))]));
    expect(groups.map((g) => [g.measure.subject, g.mixedSubjects])).toEqual([
      ['civilians', false],
      ['people', false],
    ]);
  });

  it('counts a crowd as one quantity: for a turnout, people and protesters compete', () => {
    const crowd = (id: string, claimant: string, subject: string, n: number): Claim => ({ id, claimant, event: 'day', measure: { outcome: 'attended', subject }, figure: exact(n) });
    const groups = groupClaims(setOf([crowd('c1', 'army', 'people', 350000), crowd('c2', 'ttp', 'protesters', 2000000)]));
    expect(groups.map((g) => [g.measure.subject, g.mixedSubjects, ids(g.claims)])).toEqual([['people', true, ['c1', 'c2']]]);
    // Killed people and killed protesters stay apart: only a crowd is one quantity.
    const deaths = groupClaims(setOf([claim('k1', 'army', 'people', exact(5)), { ...claim('k2', 'ttp', 'protesters', exact(9)), measure: { outcome: 'killed', subject: 'protesters' } }]));
    expect(deaths).toHaveLength(2);
  });

  it('does not join a narrower term to its broader term in another event, outcome or side', () => {
    const groups = groupClaims(
      setOf([
        claim('a', 'army', 'soldiers', exact(5)),
        claim('t', 'ttp', 'security-forces', exact(68), { event: 'night' }),
        claim('i', 'ttp', 'security-forces', exact(9), { measure: { outcome: 'injured', subject: 'security-forces', side: 'state' } }),
        claim('o', 'ttp', 'security-forces', exact(9), { measure: { outcome: 'killed', subject: 'security-forces', side: 'ttp' } }),
      ]),
    );
    expect(groups).toHaveLength(4);
    expect(groups.every((g) => g.claims.length === 1 && !g.mixedSubjects)).toBe(true);
  });

  it('follows a custom vocabulary tree, one level at a time', () => {
    const vocabulary = createVocabulary({
      subjects: [
        { id: 'medics', broader: 'civilians' },
        { id: 'paramedics', broader: 'medics' },
      ],
    });
    const set = setOf([claim('m', 'army', 'medics', exact(3)), claim('p', 'ttp', 'paramedics', exact(4)), claim('c', 'ttp', 'civilians', exact(9))]);
    const groups = groupClaims(set, { vocabulary });
    // civilians heads a group with medics; paramedics' broader term is not a group head, so it stays alone.
    expect(groups.map((g) => [g.measure.subject, ids(g.claims)])).toEqual([
      ['civilians', ['m', 'c']],
      ['paramedics', ['p']],
    ]);
  });
});

describe('groupClaims: sides', () => {
  const unsided = (id: string, claimant: string, subject: string, n: number, event = 'day'): Claim => ({
    id,
    claimant,
    event,
    measure: { outcome: 'killed', subject },
    figure: exact(n),
  });

  it('lets an unsided claim join the group where exactly one side is present', () => {
    const groups = groupClaims(setOf([claim('a', 'army', 'soldiers', exact(5)), unsided('u', 'cnn', 'soldiers', 7)]));
    expect(groups).toHaveLength(1);
    expect(groups[0]?.measure.side).toBe('state');
    expect(ids(groups[0]?.claims ?? [])).toEqual(['a', 'u']);
  });

  it('lets an unsided claim on the broader term join the side of the narrower claims it heads', () => {
    const groups = groupClaims(setOf([claim('a', 'army', 'soldiers', exact(5)), unsided('t', 'ttp', 'security-forces', 68)]));
    expect(groups).toHaveLength(1);
    expect(groups[0]?.mixedSubjects).toBe(true);
    expect(groups[0]?.measure.side).toBe('state');
  });

  it('gives an unsided claim a group of its own when several sides are present', () => {
    const set = setOf([
      claim('a', 'army', 'militants', exact(60)),
      claim('t', 'ttp', 'militants', exact(1), { measure: { outcome: 'killed', subject: 'militants', side: 'ttp' } }),
      unsided('u', 'cnn', 'militants', 30),
    ]);
    const groups = groupClaims(set);
    expect(groups.map((g) => [g.id, ids(g.claims)])).toEqual([
      ['day/killed/militants@?', ['u']],
      ['day/killed/militants@state', ['a']],
      ['day/killed/militants@ttp', ['t']],
    ]);
    expect(groups[0]?.measure.side).toBeUndefined();
  });

  it('keeps claims with no side anywhere together in an unsided group', () => {
    const groups = groupClaims(setOf([unsided('u', 'cnn', 'civilians', 4), unsided('v', 'dawn', 'civilians', 6)]));
    expect(groups.map((g) => [g.id, ids(g.claims)])).toEqual([['day/killed/civilians', ['u', 'v']]]);
  });
});

describe('groupClaims: revisions and syndication', () => {
  it('keeps the latest figure of a claimant current and moves earlier ones to superseded', () => {
    const groups = groupClaims(
      setOf([
        claim('first', 'army', 'soldiers', exact(7), { statedAt: '2009-10-17' }),
        claim('later', 'army', 'soldiers', exact(13), { statedAt: '2009-10-18T09:00:00Z' }),
        claim('ttp', 'ttp', 'soldiers', exact(20), { statedAt: '2009-10-17' }),
      ]),
    );
    expect(ids(groups[0]?.claims ?? [])).toEqual(['later', 'ttp']);
    expect(ids(groups[0]?.superseded ?? [])).toEqual(['first']);
  });

  it('keeps undated or same-dated conflicting figures all current', () => {
    const groups = groupClaims(
      setOf([
        claim('x', 'army', 'soldiers', exact(7)),
        claim('y', 'army', 'soldiers', exact(9)),
        claim('z', 'army', 'soldiers', exact(11), { statedAt: '2009-10-17' }),
        claim('w', 'army', 'soldiers', exact(12), { statedAt: '2009-10-17' }),
      ]),
    );
    expect(ids(groups[0]?.claims ?? [])).toEqual(['w', 'x', 'y', 'z']);
    expect(groups[0]?.superseded).toEqual([]);
  });

  it('folds the same assertion carried by several outlets into the earliest claim, every outlet in via', () => {
    const groups = groupClaims(
      setOf([
        claim('b-dawn', 'ttp', 'security-forces', { ...exact(68), text: 'sixty-eight' }, { via: ['dawn'], statedAt: '2009-10-19' }),
        claim('c-cnn', 'ttp', 'security-forces', { ...exact(68), text: '68' }, { via: ['cnn'], statedAt: '2009-10-18' }),
        claim('a-cnn-again', 'ttp', 'security-forces', exact(68), { via: ['cnn'] }),
      ]),
    );
    const [kept] = groups[0]?.claims ?? [];
    expect(groups[0]?.claims).toHaveLength(1);
    expect(kept?.id).toBe('c-cnn');
    expect(kept?.via).toEqual(['cnn', 'dawn']);
    expect(kept?.copies).toEqual(['a-cnn-again', 'b-dawn']);
  });

  it('keeps a restated figure current when it is the latest statement, though an earlier copy is the claim kept', () => {
    // 5 on the 17th, 7 on the 18th, 5 again on the 19th: the army's latest word is 5. Folding the
    // copies first used to date the 5 by its first statement and keep 7 current.
    const groups = groupClaims(
      setOf([
        claim('a1', 'army', 'soldiers', exact(5), { via: ['cnn'], statedAt: '2009-10-17' }),
        claim('a2', 'army', 'soldiers', exact(7), { statedAt: '2009-10-18' }),
        claim('a3', 'army', 'soldiers', exact(5), { via: ['dawn'], statedAt: '2009-10-19' }),
      ]),
    );
    expect(groups[0]?.claims.map((c) => [c.id, c.via, c.copies])).toEqual([['a1', ['cnn', 'dawn'], ['a3']]]);
    expect(ids(groups[0]?.superseded ?? [])).toEqual(['a2']);
  });

  it('revises a sided figure by a later unsided one of the same claimant when they share a group', () => {
    const unsided = { outcome: 'killed', subject: 'soldiers' };
    const groups = groupClaims(
      setOf([
        claim('sided', 'army', 'soldiers', exact(5), { statedAt: '2009-10-17' }),
        claim('unsided', 'army', 'soldiers', exact(7), { measure: unsided, statedAt: '2009-10-18' }),
        claim('ttp', 'ttp', 'soldiers', exact(20)),
      ]),
    );
    expect(groups.map((g) => [g.id, ids(g.claims), ids(g.superseded)])).toEqual([['day/killed/soldiers@state', ['unsided', 'ttp'], ['sided']]]);
    // With several sides present the unsided figure is a group of its own: nothing to revise.
    const apart = groupClaims(
      setOf([
        claim('sided', 'army', 'soldiers', exact(5), { statedAt: '2009-10-17' }),
        claim('unsided', 'army', 'soldiers', exact(7), { measure: unsided, statedAt: '2009-10-18' }),
        claim('ttp', 'ttp', 'soldiers', exact(20), { measure: { ...unsided, side: 'ttp' } }),
      ]),
    );
    expect(apart.map((g) => [g.id, ids(g.claims), ids(g.superseded)])).toEqual([
      ['day/killed/soldiers@?', ['unsided'], []],
      ['day/killed/soldiers@state', ['sided'], []],
      ['day/killed/soldiers@ttp', ['ttp'], []],
    ]);
  });

  it('breaks ties between copies by the smallest id in code-unit order', () => {
    const groups = groupClaims(setOf([claim('b', 'ttp', 'soldiers', exact(9)), claim('B', 'ttp', 'soldiers', exact(9))]));
    expect(groups[0]?.claims.map((c) => [c.id, c.copies])).toEqual([['B', ['b']]]);
  });

  it('does not fold a denial into an assertion, nor different figures', () => {
    const groups = groupClaims(
      setOf([
        claim('d', 'army', 'soldiers', exact(0), { stance: 'denies' }),
        claim('z', 'army', 'soldiers', exact(0)),
        claim('r', 'army', 'soldiers', { low: 0, high: 0, stated: null, hedge: 'range' }),
      ]),
    );
    expect(ids(groups[0]?.claims ?? [])).toEqual(['d', 'r', 'z']);
  });

  it('groups claims of an event merged by sameAs with those of its survivor', () => {
    const set: ClaimSet = {
      ...setOf([claim('a', 'army', 'soldiers', exact(5)), claim('t', 'ttp', 'soldiers', exact(9), { event: 'night' })]),
      events: [{ id: 'day' }, { id: 'night', sameAs: 'day' }],
    };
    const groups = groupClaims(set);
    expect(groups.map((g) => [g.event, ids(g.claims)])).toEqual([['day', ['a', 't']]]);
  });
});

describe('groupClaims: ids', () => {
  // Extracted sets name events after their document ('d01.txt#e1'): an id must read as it is.
  it('keeps ids readable: only the characters that structure the id are escaped', () => {
    const set: ClaimSet = {
      sources: [{ id: 'army', name: 'The army' }],
      events: [{ id: 'd01.txt#e1' }, { id: 'north/south' }],
      claims: [
        { id: 'a', claimant: 'army', event: 'd01.txt#e1', measure: { outcome: 'killed', subject: 'soldiers', side: 'state' }, figure: exact(5) },
        { id: 'b', claimant: 'army', event: 'north/south', measure: { outcome: 'killed', subject: 'soldiers', side: 'a@b' }, figure: exact(5) },
      ],
    };
    expect(groupClaims(set).map((g) => g.id)).toEqual(['d01.txt#e1/killed/soldiers@state', 'north%2Fsouth/killed/soldiers@a%40b']);
  });

  it('gives distinct groups distinct ids that split back into their event, outcome, subject and side', () => {
    const part = fc.string({ unit: fc.constantFrom('a', '#', '/', '@', '?', '%', ' ', 'é'), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(part, part, part, fc.option(part, { nil: undefined })), { minLength: 1, maxLength: 8, selector: (t) => t.join('\u0000') }), (measures) => {
        const set: ClaimSet = {
          sources: [{ id: 's', name: 'S' }],
          events: [...new Set(measures.map(([event]) => event))].map((id) => ({ id })),
          claims: measures.map(([event, outcome, subject, side], i) => ({
            id: `c${i}`,
            claimant: 's',
            event,
            measure: side === undefined ? { outcome, subject } : { outcome, subject, side },
            figure: exact(i),
          })),
        };
        // A custom vocabulary of no terms, so every outcome and subject is its own, unrelated one.
        const groups = groupClaims(set, { vocabulary: createVocabulary({ mode: 'replace' }) });
        expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
        for (const group of groups) {
          const [path, side] = group.id.split('@');
          expect(path?.split('/').map(decodeURIComponent)).toEqual([group.event, group.measure.outcome, group.measure.subject]);
          expect(side === undefined || side === '?' ? undefined : decodeURIComponent(side)).toBe(group.measure.side);
        }
      }),
    );
  });
});

describe('groupClaims: laws', () => {
  it('accounts for every input claim exactly once', () => {
    fc.assert(
      fc.property(competingSetArbitrary(), (set) => {
        expect(accounted(groupClaims(set)).sort()).toEqual(set.claims.map((c) => c.id).sort());
      }),
    );
  });

  it('gives the same groups, kept claims and order for the set in any order', () => {
    fc.assert(
      fc.property(competingSetArbitrary(), fc.integer({ min: 1, max: 1_000_000 }), (set, seed) => {
        const reordered: ClaimSet = { ...set, claims: shuffled(set.claims, seed), sources: shuffled(set.sources, seed + 1) };
        expect(groupClaims(reordered)).toEqual(groupClaims(set));
      }),
    );
  });

  it('puts only competing claims together: same event, outcome, side or unset, and equal or directly related subjects', () => {
    const vocabulary = createVocabulary();
    fc.assert(
      fc.property(competingSetArbitrary(), (set) => {
        for (const group of groupClaims(set)) {
          for (const c of group.claims) {
            expect(c.event).toBe(group.event);
            expect(c.measure.outcome).toBe(group.measure.outcome);
            if (c.measure.side !== undefined) expect(c.measure.side).toBe(group.measure.side);
            const s = c.measure.subject;
            expect(s === group.measure.subject || vocabulary.broader(s) === group.measure.subject).toBe(true);
          }
          expect(group.mixedSubjects).toBe(group.claims.some((c) => c.measure.subject !== group.measure.subject));
          expect(group.claimants).toEqual([...new Set(group.claims.map((c) => c.claimant))].sort());
        }
      }),
    );
  });
});

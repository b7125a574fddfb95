import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimSet } from '../claims/schemas.js';
import type { Figure } from '../figures/schemas.js';
import { groupClaims } from '../groups/groupClaims.js';
import { groupEntries } from '../scores/groupEntries.js';
import { furthestEntry } from './furthestEntry.js';

const n = (k: number): Figure => ({ low: k, high: k, stated: k, hedge: 'exact' });
const killed = (subject: string) => ({ outcome: 'killed', subject, side: 'state' });
const sources = ['army', 'ttp', 'hrw'].map((id) => ({ id, name: id }));

describe('furthestEntry', () => {
  it("stands a mixed group's narrower claims as their claimant's sum", () => {
    const set: ClaimSet = {
      sources,
      events: [{ id: 'day' }],
      claims: [
        { id: 's', claimant: 'army', event: 'day', measure: killed('soldiers'), figure: n(5) },
        { id: 'p', claimant: 'army', event: 'day', measure: killed('police'), figure: n(2) },
        { id: 't', claimant: 'ttp', event: 'day', measure: killed('security-forces'), figure: n(68) },
      ],
    };
    const [group] = groupClaims(set);
    const furthest = furthestEntry(group!);
    const byId = new Map(group!.claims.map((c) => [c.id, furthest(c)]));
    expect(byId.get('p')).toEqual({ entry: { claimant: 'ttp', low: 68, high: 68, point: 68 }, factor: 69 / 8 });
    expect(byId.get('s')?.factor).toBe(69 / 8);
    expect(byId.get('t')).toEqual({ entry: { claimant: 'army', low: 7, high: 7, point: 7 }, factor: 69 / 8 });
  });

  it('gives nothing for a claimant alone in its group, and factor 1 among compatible figures', () => {
    const one: ClaimSet = { sources, events: [{ id: 'day' }], claims: [{ id: 'a', claimant: 'army', event: 'day', measure: killed('soldiers'), figure: n(5) }] };
    const [alone] = groupClaims(one);
    expect(furthestEntry(alone!)(alone!.claims[0]!)).toBeUndefined();
    const two: ClaimSet = {
      ...one,
      claims: [...one.claims, { id: 't', claimant: 'ttp', event: 'day', measure: killed('soldiers'), figure: { low: 3, high: null, stated: 3, hedge: 'at-least' } }],
    };
    const [group] = groupClaims(two);
    expect(furthestEntry(group!)(group!.claims[0]!)?.factor).toBe(1);
  });

  it('property: the factor is the largest against any entry of another claimant, in plain and mixed groups', () => {
    const figure = fc
      .tuple(fc.nat({ max: 200 }), fc.option(fc.nat({ max: 200 })), fc.boolean())
      .map(([low, extra, denies]) => ({ figure: { low, high: extra === null ? null : low + extra, stated: null, hedge: 'range' } as Figure, denies }));
    const claim = fc.tuple(fc.constantFrom('army', 'ttp', 'hrw'), fc.constantFrom('soldiers', 'police', 'security-forces'), figure);
    fc.assert(
      fc.property(fc.array(claim, { minLength: 1, maxLength: 9 }), (list) => {
        const set: ClaimSet = {
          sources,
          events: [{ id: 'day' }],
          claims: list.map(([claimant, subject, { figure: f, denies }], i) => ({
            id: `c${i}`,
            claimant,
            event: 'day',
            measure: killed(subject),
            figure: f,
            ...(denies ? { stance: 'denies' as const } : {}),
          })),
        };
        for (const group of groupClaims(set)) {
          const entries = groupEntries(group);
          const furthest = furthestEntry(group);
          for (const c of group.claims) {
            const onSubject = !group.mixedSubjects || c.measure.subject === group.measure.subject;
            const f = c.stance === 'denies' ? n(0) : c.figure;
            const self = onSubject ? { low: f.low, high: f.high ?? Number.POSITIVE_INFINITY } : entries.find((e) => e.claimant === c.claimant)!;
            const others = entries.filter((e) => e.claimant !== c.claimant);
            const factors = others.map((e) => {
              const L = Math.max(self.low, e.low);
              const H = Math.min(self.high, e.high);
              return L <= H ? 1 : (L + 1) / (H + 1);
            });
            const got = furthest(c);
            if (others.length === 0) expect(got).toBeUndefined();
            else {
              expect(got?.factor).toBe(Math.max(...factors));
              expect(got?.entry.claimant).not.toBe(c.claimant);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});

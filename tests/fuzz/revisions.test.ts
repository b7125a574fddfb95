import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupClaims, type Claim, type GroupedClaim } from '../../src/index.js';
import { toEpochMs } from '../../src/internal/toEpochMs.js';
import { competingSetArbitrary } from '../fixtures/competingSetArbitrary.js';
import { fuzzRuns } from './fuzzSettings.js';

describe('revisions', () => {
  it('the latest statement of a claimant is current: never inside a superseded claim, and every current claim holds it or is undated', () => {
    fc.assert(
      fc.property(competingSetArbitrary({ maxClaims: 40 }), (set) => {
        const byId = new Map(set.claims.map((c) => [c.id, c]));
        // When each statement a grouped claim stands for was made: its own and its copies'.
        const times = (claim: GroupedClaim): number[] =>
          [claim, ...(claim.copies ?? []).map((id) => byId.get(id) as Claim)].map((c) => (c.statedAt === undefined ? Number.NaN : toEpochMs(c.statedAt, 'start')));
        for (const group of groupClaims(set)) {
          const speakers = new Set([...group.claims, ...group.superseded].map((c) => `${c.claimant}\u0000${c.measure.subject}`));
          for (const speaker of speakers) {
            const mine = (claims: GroupedClaim[]) => claims.filter((c) => `${c.claimant}\u0000${c.measure.subject}` === speaker);
            const current = mine(group.claims);
            const superseded = mine(group.superseded);
            const dated = [...current, ...superseded].flatMap(times).filter((t) => !Number.isNaN(t));
            if (dated.length === 0) continue;
            const latest = Math.max(...dated);
            for (const claim of superseded) expect(times(claim)).not.toContain(latest);
            for (const claim of current) expect(times(claim).some((t) => t === latest || Number.isNaN(t)), claim.id).toBe(true);
          }
        }
      }),
      fuzzRuns(300, 20_000),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim, ClaimSet } from '../claims/schemas.js';
import { shuffled } from '../../tests/fixtures/shuffled.js';
import { getDefaultVocabulary } from '../vocabulary/getDefaultVocabulary.js';
import { compareFindings } from './checkBuckets.js';
import { createTermTally } from './createTermTally.js';

// Claims whose words the tally reports: unknown outcomes and subjects, loaded labels in any case,
// from claimants with and without a source.
const claimsArb: fc.Arbitrary<Claim[]> = fc
  .array(
    fc.record({
      claimant: fc.constantFrom('army', 'ttp', 'unlisted'),
      outcome: fc.constantFrom('killed', 'zapped'),
      subject: fc.constantFrom('militants', 'soldiers', 'zorgs'),
      term: fc.option(fc.constantFrom('terrorists', 'Terrorists', 'insurgents', 'fighters'), { nil: undefined }),
    }),
    { maxLength: 30 },
  )
  .map((rows) =>
    rows.map(({ claimant, outcome, subject, term }, i) => ({
      id: `c${i}`,
      claimant,
      event: `e${i % 3}`,
      measure: term === undefined ? { outcome, subject } : { outcome, subject, term },
      figure: { low: 1, high: 1, stated: 1, hedge: 'exact' as const },
    })),
  );

function setOf(claims: Claim[]): ClaimSet {
  return {
    sources: [
      { id: 'army', name: 'The army' },
      { id: 'ttp', name: 'The TTP' },
    ],
    events: [{ id: 'e0' }, { id: 'e1' }, { id: 'e2' }],
    claims,
  };
}

describe('createTermTally laws', () => {
  it('gives the findings of the whole set, in compareFindings order, when its claims are added in parts in any order', () => {
    fc.assert(
      fc.property(claimsArb, fc.nat(), fc.array(fc.nat({ max: 30 }), { maxLength: 4 }), (claims, seed, cuts) => {
        const set = setOf(claims);
        const whole = createTermTally(getDefaultVocabulary());
        whole.addSet(set);
        const inParts = createTermTally(getDefaultVocabulary());
        const order = shuffled(claims, seed);
        const ends = [...cuts.map((c) => Math.min(c, order.length)).sort((a, b) => a - b), order.length];
        let start = 0;
        for (const end of ends) {
          inParts.addClaims(set, order.slice(start, end));
          start = end;
        }
        expect(inParts.findings().sort(compareFindings)).toEqual(whole.findings().sort(compareFindings));
      }),
      { numRuns: 300 },
    );
  });
});

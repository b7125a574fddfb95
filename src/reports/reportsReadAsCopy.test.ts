import fc from 'fast-check';
import { describe, it } from 'vitest';
import { expectReportsReadAsCopy } from '../../tests/fixtures/reportsReadAsCopy.js';
import { competingSetArbitrary } from '../../tests/fixtures/competingSetArbitrary.js';
import { analyze } from '../analyze/analyze.js';

describe('the reports of any analysis', () => {
  // Competing claims with revisions, denials, copies, mixed subjects and several sides: every
  // report keeps its shape and its sentence case (tests/fixtures/reportsReadAsCopy.ts).
  it('property: read as copy — no machine words, capitals right, every group once in its part, tables whole', () => {
    fc.assert(
      fc.property(competingSetArbitrary({ maxClaims: 16 }), (set) => {
        expectReportsReadAsCopy(analyze(set), 'generated set');
      }),
      { numRuns: 150 },
    );
  });

  it('property: the same for lower-case names, tiny and huge amounts', () => {
    const amount = fc.constantFrom(1e-300, 0.5, 1, 5, 68, 2 ** 53 - 1);
    fc.assert(
      fc.property(competingSetArbitrary({ maxClaims: 8 }), fc.array(amount, { minLength: 8, maxLength: 8 }), (set, amounts) => {
        const lower = {
          ...set,
          sources: set.sources.map((s) => ({ ...s, name: s.name.toLowerCase() })),
          claims: set.claims.map((c, i) => (c.stance === 'denies' ? c : { ...c, figure: { low: amounts[i % 8]!, high: amounts[i % 8]!, stated: amounts[i % 8]!, hedge: 'exact' as const } })),
        };
        expectReportsReadAsCopy(analyze(lower), 'lower-case names');
      }),
      { numRuns: 100 },
    );
  });
});

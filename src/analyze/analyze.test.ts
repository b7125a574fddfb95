import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { ClaimSetError } from '../claims/ClaimSetError.js';
import { parseClaimSet } from '../claims/parseClaimSet.js';
import type { ClaimSet } from '../claims/schemas.js';
import type { ClaimSetInput } from '../claims/types.js';
import { competingSetArbitrary } from '../../tests/fixtures/competingSetArbitrary.js';

const seedLike: ClaimSetInput = {
  sources: [
    { id: 'army', name: 'The army', side: 'pakistan-state' },
    { id: 'ttp', name: 'The TTP', side: 'ttp' },
    { id: 'cnn', name: 'CNN', kind: 'media' },
  ],
  events: [
    { id: 'cnn-day', place: ['Pakistan', 'South Waziristan'], period: { start: '2009-10-17', end: '2009-10-18' } },
    { id: 'dawn-day', place: ['Pakistan', 'South Waziristan'], period: { start: '2009-10-18', end: '2009-10-18' } },
  ],
  claims: [
    { id: 'a', claimant: 'army', event: 'cnn-day', measure: { outcome: 'killed', subject: 'troops', side: 'pakistan-state' }, figure: 'five', evidence: { document: 'cnn' } },
    { id: 't', claimant: 'ttp', via: ['cnn'], event: 'dawn-day', measure: { outcome: 'killed', subject: 'security forces', side: 'pakistan-state' }, figure: '68', evidence: { document: 'dawn' } },
  ],
};

describe('analyze', () => {
  it('throws the same error as parseClaimSet for a document that does not validate', () => {
    const bad: ClaimSetInput = { sources: [], events: [], claims: [{ id: 'c', claimant: 'nobody', event: 'e', measure: { outcome: 'killed', subject: 'soldiers' }, figure: 'many' }] };
    const parsed = parseClaimSet(bad);
    expect(parsed.success).toBe(false);
    expect(() => analyze(bad)).toThrow(ClaimSetError);
    try {
      analyze(bad);
    } catch (error) {
      expect((error as ClaimSetError).issues).toEqual(parsed.success ? [] : parsed.error.issues);
    }
  });

  it('keeps events of different documents apart unless asked to resolve them', () => {
    expect(analyze(seedLike).groups.map((g) => g.id)).toEqual(['cnn-day/killed/soldiers@pakistan-state', 'dawn-day/killed/security-forces@pakistan-state']);
    const resolved = analyze(seedLike, { resolveEvents: true });
    expect(resolved.groups).toHaveLength(1);
    expect(resolved.groups[0]?.divergence).toMatchObject({ factor: 11.5, pattern: 'self-serving', pair: ['army', 'ttp'] });
  });

  // Issue 11: reports needed a second parseClaimSet, since the analysis did not carry the set.
  it('carries the set as validated and normalised, for the reports', () => {
    const { set } = analyze(seedLike);
    const parsed = parseClaimSet(seedLike);
    expect(parsed.success && set).toEqual(parsed.success && parsed.data);
    expect(set.claims[0]?.measure).toMatchObject({ subject: 'soldiers', term: 'troops' });
    expect(analyze(seedLike, { resolveEvents: true }).set.events.some((e) => e.sameAs !== undefined)).toBe(true);
  });

  it('returns the findings of checkClaims', () => {
    const { findings } = analyze({
      ...seedLike,
      claims: [...seedLike.claims, { id: 'x', claimant: 'army', event: 'cnn-day', measure: { outcome: 'killed', subject: 'terrorists', side: 'ttp' }, figure: 60 }],
    });
    expect(findings.map((f) => [f.kind, f.claims])).toEqual([['loaded-term', ['x']]]);
  });

  it('accounts for every input claim exactly once, and is independent of input order', () => {
    fc.assert(
      fc.property(competingSetArbitrary(), (set: ClaimSet) => {
        const result = analyze(set);
        const seen: string[] = [];
        for (const g of result.groups) for (const c of [...g.claims, ...g.superseded]) seen.push(c.id, ...(c.copies ?? []));
        expect(seen.sort()).toEqual(set.claims.map((c) => c.id).sort());
        const reversed = analyze({ ...set, claims: [...set.claims].reverse() });
        expect([reversed.groups, reversed.findings]).toEqual([result.groups, result.findings]);
      }),
    );
  });
});

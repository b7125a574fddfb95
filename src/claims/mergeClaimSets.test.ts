import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeClaimSets } from './mergeClaimSets.js';
import { parseClaimSet } from './parseClaimSet.js';
import type { ClaimSet } from './schemas.js';

const claimIn = (id: string, event: string) => ({
  id,
  claimant: 'army',
  event,
  measure: { outcome: 'killed', subject: 'soldiers' },
  figure: { low: 1, high: 1, stated: 1, hedge: 'exact' as const },
});

const docA: ClaimSet = { sources: [{ id: 'army', name: 'Pakistani military' }], events: [{ id: 'a#e1' }], claims: [claimIn('a#c1', 'a#e1')] };
const docB: ClaimSet = {
  sources: [{ id: 'army', name: 'Army', kind: 'military', side: 'state' }, { id: 'ttp', name: 'TTP' }],
  events: [{ id: 'b#e1' }],
  claims: [claimIn('b#c1', 'b#e1')],
};

describe('mergeClaimSets', () => {
  it('keeps a shared source once, the first set\'s fields first, and concatenates events and claims', () => {
    const merged = mergeClaimSets([docA, docB]);
    expect(merged.sources).toEqual([
      { id: 'army', name: 'Pakistani military', kind: 'military', side: 'state' },
      { id: 'ttp', name: 'TTP' },
    ]);
    expect(merged.events.map((e) => e.id)).toEqual(['a#e1', 'b#e1']);
    expect(merged.claims.map((c) => c.id)).toEqual(['a#c1', 'b#c1']);
    expect(parseClaimSet(merged).success).toBe(true);
  });

  it('refuses two sets that use the same claim or event id, rather than drop one', () => {
    expect(() => mergeClaimSets([docA, { ...docB, claims: [claimIn('a#c1', 'b#e1')] }])).toThrow(
      'mergeClaimSets: claim id "a#c1" is in sets 0 and 1',
    );
    expect(() => mergeClaimSets([docA, { ...docB, events: [{ id: 'a#e1' }] }])).toThrow('mergeClaimSets: event id "a#e1" is in sets 0 and 1');
  });

  it('treats __proto__ as an ordinary id', () => {
    const merged = mergeClaimSets([
      { sources: [{ id: '__proto__', name: 'X' }], events: [{ id: '__proto__' }], claims: [] },
      { sources: [{ id: '__proto__', name: 'Y' }], events: [], claims: [] },
    ]);
    expect(merged.sources).toEqual([{ id: '__proto__', name: 'X' }]);
  });

  it('accounts for every claim and event of the inputs', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 4 }), { maxLength: 6 }), (sizes) => {
        const sets = sizes.map((n, s): ClaimSet => ({
          sources: [{ id: 'army', name: `Army ${s}` }],
          events: [{ id: `${s}#e` }],
          claims: Array.from({ length: n }, (_, k) => claimIn(`${s}#c${k}`, `${s}#e`)),
        }));
        const merged = mergeClaimSets(sets);
        expect(merged.claims).toHaveLength(sizes.reduce((a, b) => a + b, 0));
        expect(merged.events).toHaveLength(sizes.length);
        expect(merged.sources).toHaveLength(sizes.length > 0 ? 1 : 0);
      }),
    );
  });
});

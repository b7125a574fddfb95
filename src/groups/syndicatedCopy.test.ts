import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../claims/schemas.js';
import { syndicatedCopy } from './syndicatedCopy.js';

const FIELDS = ['id', 'claimant', 'via', 'event', 'measure', 'figure', 'stance', 'statedAt', 'evidence'];

// Objects with a claim's fields or others, in the contract's order or not, a symbol key or not.
const claimLike = fc
  .record({
    keys: fc.oneof(fc.subarray(FIELDS), fc.shuffledSubarray([...FIELDS, 'copies', 'other', '0'])),
    required: fc.boolean(),
    values: fc.array(fc.oneof(fc.string(), fc.constant(undefined), fc.array(fc.string(), { maxLength: 2 })), { minLength: 12, maxLength: 12 }),
    symbol: fc.boolean(),
  })
  .map(({ keys, required, values, symbol }) => {
    const chosen = required ? FIELDS.filter((f) => keys.includes(f) || ['id', 'claimant', 'event', 'measure', 'figure'].includes(f)) : keys;
    const claim: Record<string | symbol, unknown> = {};
    chosen.forEach((key, i) => {
      claim[key] = values[i];
    });
    if (symbol) claim[Symbol('s')] = 1;
    return claim as unknown as Claim;
  });

describe('syndicatedCopy', () => {
  it('makes what the spread makes: the same own keys in the same order, the same values', () => {
    fc.assert(
      fc.property(claimLike, fc.array(fc.string(), { maxLength: 3 }), fc.array(fc.string(), { maxLength: 3 }), (kept, via, copies) => {
        const copy = syndicatedCopy(kept, via, copies);
        const spread = via.length > 0 ? { ...kept, via, copies } : { ...kept, copies };
        expect(Reflect.ownKeys(copy)).toEqual(Reflect.ownKeys(spread));
        for (const key of Reflect.ownKeys(spread)) expect(Object.is(Reflect.get(copy, key), Reflect.get(spread, key))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
